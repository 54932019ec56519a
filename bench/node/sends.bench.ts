// Cost of looking at one observed request body (issue 18): candidate tokens of a JSON body of session-replay shape
// and their keyed digests (WebCrypto, as in the background), per KB of body.
import { describe, expect, it } from 'vitest';
import { candidateTokens, keyedDigest, matchedKinds, normaliseSent } from '../../lib/sends';
import { recordBench } from './record';

function replayBody(kb: number): Uint8Array {
  const events: unknown[] = [];
  let i = 0;
  while (JSON.stringify(events).length < kb * 1024)
    events.push({ t: i++, type: 'input', sel: `#field-${i % 40}`, text: `ketikan ${i} nilai ${(i * 7919) % 100000}` });
  events.push({ type: 'input', sel: '#nik', text: '3171 0157 0845 0001' });
  return new TextEncoder().encode(JSON.stringify(events));
}

describe('observed sends', () => {
  it('measures candidate extraction and matching per KB of body', async () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const digest = await keyedDigest(crypto.subtle, key);
    const known = new Map([[await digest(normaliseSent('3171015708450001')!), 'national_id' as const]]);
    const rows = [];
    for (const kb of [1, 16, 256]) {
      const body = { raw: [{ bytes: replayBody(kb) }] };
      const runs = kb >= 256 ? 3 : 20;
      let tokensNs = 0;
      let matchNs = 0;
      let kinds: string[] = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        const c = candidateTokens({ url: 'https://collect.example/r?s=1', body });
        const t1 = performance.now();
        kinds = await matchedKinds(c, digest, known);
        const t2 = performance.now();
        tokensNs += (t1 - t0) * 1e6;
        matchNs += (t2 - t1) * 1e6;
      }
      expect(kinds).toEqual(['national_id']);
      const size = body.raw[0]!.bytes.length / 1024;
      rows.push(
        { name: `candidate tokens, ${kb} KB JSON body`, value: tokensNs / runs / 1000 / size, unit: 'µs/KB' },
        { name: `keyed digests and match, ${kb} KB JSON body`, value: matchNs / runs / 1000 / size, unit: 'µs/KB' },
      );
    }
    recordBench('sends', rows);
  });
});
