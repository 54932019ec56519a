// The cap on a frame's digests (lib/sends/digest-message.ts holdDigest), the one rule the scanner and the
// background both keep: however many messages a frame sends, the background holds at most MAX_DIGESTS digests for
// it, and never drops one the scanner still holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdDigest, MAX_DIGESTS, type HeldDigest } from '../../../lib/sends';
import type { FieldKind } from '../../../lib/kinds/field-kinds';

const digestOf = (n: number) => n.toString(16).padStart(64, '0');
const entry = (kind: FieldKind = 'national_id'): HeldDigest => ({ kind, shape: 16 * 256 + 16 });

describe('holdDigest', () => {
  it('keeps the newest MAX_DIGESTS, the oldest going first; holding one again makes it the newest', () => {
    const held = new Map<string, HeldDigest>();
    for (let i = 0; i < MAX_DIGESTS; i++) expect(holdDigest(held, digestOf(i), entry())).toBe(true);
    expect(held.size).toBe(MAX_DIGESTS);
    // Digest 0 comes again with another kind: it is now the newest, so digest 1 is the one to go next.
    expect(holdDigest(held, digestOf(0), entry('health_insurance_id'))).toBe(true);
    expect(holdDigest(held, digestOf(MAX_DIGESTS), entry())).toBe(true);
    expect(held.size).toBe(MAX_DIGESTS);
    expect(held.has(digestOf(1))).toBe(false);
    expect(held.get(digestOf(0))).toEqual(entry('health_insurance_id'));
    expect([...held.keys()].at(-1)).toBe(digestOf(MAX_DIGESTS));
  });

  it('a digest already held for the same kind changes nothing (the scanner then sends nothing)', () => {
    const held = new Map<string, HeldDigest>([[digestOf(1), entry()]]);
    held.set(digestOf(2), entry());
    expect(holdDigest(held, digestOf(1), entry())).toBe(false);
    expect([...held.keys()]).toEqual([digestOf(1), digestOf(2)]);
  });

  it('holds no more than the cap it is given', () => {
    const held = new Map<string, HeldDigest>();
    for (let i = 0; i < 10; i++) holdDigest(held, digestOf(i), entry(), 3);
    expect([...held.keys()]).toEqual([digestOf(7), digestOf(8), digestOf(9)]);
  });
});

describe('the background’s digests of a frame', () => {
  it('a frame that keeps sending new digests cannot make the background hold more than MAX_DIGESTS', () => {
    // What a hijacked scanner could do: 1,000 messages of MAX_DIGESTS new digests each (each message passes the
    // schema, which refuses more than MAX_DIGESTS in one).
    const background = new Map<string, HeldDigest>();
    let n = 0;
    for (let m = 0; m < 1000; m++) for (let i = 0; i < MAX_DIGESTS; i++) holdDigest(background, digestOf(n++), entry());
    expect(background.size).toBe(MAX_DIGESTS);
    expect(background.has(digestOf(n - 1))).toBe(true);
    expect(background.has(digestOf(n - MAX_DIGESTS - 1))).toBe(false);
  });

  it('holds exactly what the scanner holds, whatever the scanner typed and re-typed', () => {
    const typing = fc.array(fc.tuple(fc.nat(3 * MAX_DIGESTS), fc.constantFrom<FieldKind>('national_id', 'allergy')), {
      maxLength: 400,
    });
    fc.assert(
      fc.property(typing, (typed) => {
        const scanner = new Map<string, HeldDigest>();
        const background = new Map<string, HeldDigest>();
        for (const [value, kind] of typed) {
          if (!holdDigest(scanner, digestOf(value), entry(kind))) continue;
          // The scanner sends all it holds, oldest first; the background holds each in turn.
          for (const [digest, held] of scanner) holdDigest(background, digest, held);
          expect(background.size).toBeLessThanOrEqual(MAX_DIGESTS);
          expect([...background].sort()).toEqual([...scanner].sort());
        }
      }),
      { numRuns: 200, seed: 64 },
    );
  });
});
