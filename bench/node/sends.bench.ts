// Cost of looking at one observed request body (issue 18): candidate tokens of a JSON body of session-replay shape
// and their keyed digests (WebCrypto, as in the background), per KB of body; without the shape pre-filter (every
// candidate digested, as before it existed) and with it (lib/sends/shape.ts), for three values typed on the page.
import { describe, expect, it } from 'vitest';
import {
  candidateTokens,
  keyedDigest,
  matchedKinds,
  normaliseSent,
  shapeOf,
  type HeldDigest,
  type Shape,
} from '../../lib/sends';
import type { FieldKind } from '../../lib/kinds/field-kinds';
import { recordBench, type BenchFigure } from './record';

function replayBody(kb: number): Uint8Array {
  const events: unknown[] = [];
  let i = 0;
  while (JSON.stringify(events).length < kb * 1024)
    events.push({ t: i++, type: 'input', sel: `#field-${i % 40}`, text: `ketikan ${i} nilai ${(i * 7919) % 100000}` });
  events.push({ type: 'input', sel: '#nik', text: '3171 0157 0845 0001' });
  return new TextEncoder().encode(JSON.stringify(events));
}

const TYPED: Array<[string, FieldKind]> = [
  ['3171015708450001', 'national_id'],
  ['0011336526592', 'health_insurance_id'],
  ['Hipertensi esensial', 'diagnosis_or_condition'],
];

describe('observed sends', () => {
  it('measures candidate extraction and matching per KB of body, without and with the shape pre-filter', async () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const digest = await keyedDigest(crypto.subtle, key);
    const known = new Map<string, HeldDigest>();
    const shapes = new Set<Shape>();
    for (const [value, kind] of TYPED) {
      known.set(await digest(normaliseSent(value)!), { kind, shape: shapeOf(normaliseSent(value)!) });
      shapes.add(shapeOf(normaliseSent(value)!));
    }
    const rows: BenchFigure[] = [];
    for (const kb of [1, 16, 256]) {
      const body = { raw: [{ bytes: replayBody(kb) }] };
      const size = body.raw[0]!.bytes.length / 1024;
      for (const [label, filter] of [
        ['no pre-filter', undefined],
        ['shape pre-filter', shapes],
      ] as const) {
        const runs = kb >= 256 ? (filter ? 10 : 2) : 20;
        let tokensNs = 0;
        let matchNs = 0;
        let kinds: string[] = [];
        let count = 0;
        for (let r = 0; r < runs; r++) {
          const t0 = performance.now();
          const c = candidateTokens({ url: 'https://collect.example/r?s=1', body }, filter);
          const t1 = performance.now();
          kinds = await matchedKinds(c, digest, known);
          const t2 = performance.now();
          tokensNs += (t1 - t0) * 1e6;
          matchNs += (t2 - t1) * 1e6;
          count = c.tokens.size;
        }
        expect(kinds).toEqual(['national_id']);
        const note = `${count} candidates digested`;
        rows.push(
          {
            name: `candidate tokens, ${kb} KB JSON body, ${label}`,
            value: tokensNs / runs / 1000 / size,
            unit: 'µs/KB',
          },
          {
            name: `keyed digests and match, ${kb} KB JSON body, ${label}`,
            value: matchNs / runs / 1000 / size,
            unit: 'µs/KB',
            note,
          },
          {
            name: `whole body, ${kb} KB JSON body, ${label}`,
            value: (tokensNs + matchNs) / runs / 1000 / size,
            unit: 'µs/KB',
          },
        );
      }
    }
    recordBench('sends', rows);
  });
});
