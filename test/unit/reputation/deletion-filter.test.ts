import { describe, expect, it } from 'vitest';
import { DeletionFilter } from '../../../lib/reputation/deletion-filter';
import { seededRandom } from '../../../scripts/lib/seeded-random';

const next = seededRandom(14);
const word = (min: number, max: number) => {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789-';
  const n = min + Math.floor(next() * (max - min + 1));
  let s = '';
  for (let i = 0; i < n; i++) s += letters[Math.floor(next() * letters.length)];
  return s;
};
const without = (s: string, d: number) => (d < 0 ? s : s.slice(0, d) + s.slice(d + 1));

describe('deletion filter (the typo index prefilter)', () => {
  const words = Array.from({ length: 400 }, () => word(5, 22));
  const keys = new Set(words.flatMap((w) => [-1, ...w.split('').keys()].map((d) => without(w, d))));
  const filter = new DeletionFilter(keys.size, 23);
  for (const w of words) filter.addWithDeletions(w);

  it('never turns away a variant the index holds (no false negatives)', () => {
    // A word one letter longer than an indexed one has it among its deletions; so does the indexed word itself.
    for (const w of words) {
      const longer = w.slice(0, 3) + 'x' + w.slice(3);
      filter.prepare(longer);
      expect(filter.mayHold(3)).toBe(true);
      filter.prepare(w);
      for (let d = -1; d < w.length; d++) expect(filter.mayHold(d)).toBe(true);
    }
  });

  it('turns away almost every variant the index does not hold', () => {
    let asked = 0;
    let passed = 0;
    for (let i = 0; i < 2000; i++) {
      const w = word(4, 23);
      filter.prepare(w);
      for (let d = -1; d < w.length; d++) {
        if (keys.has(without(w, d))) continue;
        asked++;
        if (filter.mayHold(d)) passed++;
      }
    }
    expect(passed / asked).toBeLessThan(0.03);
  });

  it('hashes non-ASCII code units like any others (skeleton mode keeps unmapped letters)', () => {
    const f = new DeletionFilter(8, 8);
    f.addWithDeletions('kеmkes');
    f.prepare('kеmkeѕx');
    expect(f.mayHold(-1)).toBe(false);
    f.prepare('kеmkesx');
    expect(f.mayHold(6)).toBe(true);
  });
});
