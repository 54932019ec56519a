// The data files under lib/ids/data are well formed and say what their sources say.
import { describe, expect, it } from 'vitest';
import provinces from '../../../lib/ids/data/id-provinces.json';
import regencies from '../../../lib/ids/data/id-regencies.json';
import birthplaces from '../../../lib/ids/data/my-birthplaces.json';
import cards from '../../../lib/ids/data/card-ranges.json';
import { FIELD_KINDS, IS_IDENTIFIER } from '../../../lib/kinds/field-kinds';
import { SCHEME_IDS, isSchemeId } from '../../../lib/ids/scheme';
import { SCHEME_KIND, SCHEME_RULES } from '../../../lib/ids/registry';
import { MAX_IDENTIFIER_LENGTH, MIN_IDENTIFIER_LENGTH } from '../../../lib/ids/compact';
import fc from 'fast-check';
import { identifierPhrases, labelWords } from '../../../lib/ids/label/phrases';
import { readVocabFiles } from '../../../scripts/build/vocabulary-plugin';
import type { IdentifierWords } from '../../../lib/detect/vocab-schema';

const key = (phrase: string) => labelWords(phrase).join(' ');
const files = Object.values(readVocabFiles()) as Array<{ identifiers?: IdentifierWords }>;
const sections = files.flatMap((f) => (f.identifiers ? [f.identifiers] : []));
const schemeLists = sections.flatMap((s) => Object.entries(s.schemes));
const kindLists = sections.flatMap((s) => Object.entries(s.kinds ?? {}));
const notIdentifier = sections.flatMap((s) => s.notIdentifier ?? []);

describe('identifier words (the identifiers sections of lib/detect/vocab)', () => {
  it('names only known schemes and identifier kinds, and every scheme has a strong word', () => {
    expect([...new Set(schemeLists.map(([s]) => s))].sort()).toEqual([...SCHEME_IDS].sort());
    for (const [s] of schemeLists) expect(isSchemeId(s), s).toBe(true);
    for (const s of SCHEME_IDS)
      expect(schemeLists.filter(([id]) => id === s).flatMap(([, l]) => l.strong).length, s).toBeGreaterThan(0);
    for (const [k] of kindLists) {
      expect(FIELD_KINDS).toContain(k);
      expect(IS_IDENTIFIER[k as keyof typeof IS_IDENTIFIER]).toBe(true);
    }
  });

  it('every phrase is one or more words, lower-case, and in the index', () => {
    const all = [
      ...schemeLists.flatMap(([, l]) => [...l.strong, ...l.weak]),
      ...kindLists.flatMap(([, l]) => l),
      ...notIdentifier,
    ];
    for (const phrase of all) {
      const tokens = labelWords(phrase);
      expect(tokens.length, phrase).toBeGreaterThan(0);
      for (const t of tokens) expect(t.length, phrase).toBeGreaterThan(0);
      expect(phrase, phrase).toBe(phrase.toLowerCase());
      expect(identifierPhrases().has(key(phrase)), phrase).toBe(true);
    }
  });

  it('no phrase means both an identifier and something else, or is both strong and weak', () => {
    const strong = new Set(schemeLists.flatMap(([, l]) => l.strong.map(key)));
    const weak = new Set(schemeLists.flatMap(([, l]) => l.weak.map(key)));
    const kinds = new Set(kindLists.flatMap(([, l]) => l.map(key)));
    const not = notIdentifier.map(key);
    expect(new Set(not).size).toBe(not.length);
    for (const p of not) {
      expect(strong.has(p) || weak.has(p) || kinds.has(p), p).toBe(false);
    }
    for (const p of weak) expect(strong.has(p), p).toBe(false);
    for (const p of kinds) expect(strong.has(p) || weak.has(p), p).toBe(false);
  });
});

describe('scheme registry', () => {
  it('every scheme has an identifier kind', () => {
    for (const s of SCHEME_IDS) expect(IS_IDENTIFIER[SCHEME_KIND[s]]).toBe(true);
  });

  it('declared lengths lie within the recogniser bounds, and nothing outside them fits', () => {
    for (const s of SCHEME_IDS) {
      const [min, max] = SCHEME_RULES[s].lengths;
      expect(min).toBeGreaterThanOrEqual(MIN_IDENTIFIER_LENGTH);
      expect(max).toBeLessThanOrEqual(MAX_IDENTIFIER_LENGTH);
    }
    const unit = fc.constantFrom(...'0123456789ABMPSTZ');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), (v) => {
        for (const s of SCHEME_IDS) {
          const [min, max] = SCHEME_RULES[s].lengths;
          if (SCHEME_RULES[s].fits(v)) expect(v.length >= min && v.length <= max, `${s} ${v}`).toBe(true);
        }
      }),
      { seed: 5, numRuns: 3000 },
    );
  });
});

describe('Indonesian provinces', () => {
  const codes = Object.keys(provinces.provinces);
  it('38 two-digit codes, including Kaltara (65) and the six Papua provinces (91–96)', () => {
    expect(codes).toHaveLength(38);
    for (const c of codes) expect(c).toMatch(/^[1-9][1-9]$/);
    for (const c of ['65', '91', '92', '93', '94', '95', '96', '11', '21', '31', '36', '51', '82']) {
      expect(codes).toContain(c);
    }
    for (const c of ['10', '20', '22', '37', '54', '66', '77', '83', '90', '97', '99']) expect(codes).not.toContain(c);
  });
});

describe('Indonesian regencies and their districts', () => {
  const entries = Object.entries(regencies.regencies);
  it('four-digit codes in a known province, each with its highest district number (1–99)', () => {
    // 514 regencies today; the union with earlier codings keeps the Papua codes moved in 2022 (91.xx → 93.xx…).
    expect(entries.length).toBeGreaterThanOrEqual(514);
    for (const [code, highest] of entries) {
      expect(code).toMatch(/^\d{4}$/);
      expect(Object.keys(provinces.provinces)).toContain(code.slice(0, 2));
      expect(code.slice(2)).not.toBe('00');
      expect(highest >= 1 && highest <= 99, code).toBe(true);
    }
  });

  it('holds the regencies of the public NIK vectors, and no regency the Kemendagri lists lack', () => {
    for (const code of ['3171', '3174', '2171', '6571', '9271', '9204', '9104', '1101']) {
      expect(regencies.regencies).toHaveProperty(code);
    }
    for (const code of ['3199', '3176', '1170', '5166', '9999']) expect(regencies.regencies).not.toHaveProperty(code);
    // Jakarta: the Thousand Islands regency (31.01) and five cities (31.71–31.75).
    expect(entries.filter(([c]) => c.startsWith('31')).map(([c]) => c)).toEqual([
      '3101',
      '3171',
      '3172',
      '3173',
      '3174',
      '3175',
    ]);
  });
});

describe('MyKad birthplace codes', () => {
  const codes = birthplaces.ranges.flatMap(([from, to]) =>
    Array.from({ length: to! - from! + 1 }, (_, i) => from! + i),
  );
  it('86 codes: 01–16, 21–68, 71, 72, 74–79, 82–93, 98, 99', () => {
    expect(codes).toHaveLength(86);
    for (const c of [17, 18, 19, 20, 69, 70, 73, 80, 81, 94, 95, 96, 97, 0]) expect(codes).not.toContain(c);
    for (const c of [1, 16, 21, 68, 71, 72, 74, 79, 82, 93, 98, 99]) expect(codes).toContain(c);
  });
});

describe('card ranges', () => {
  it('from and to are digit strings of one length, from ≤ to, lengths 12–19', () => {
    expect(cards.ranges.length).toBeGreaterThan(10);
    for (const r of cards.ranges) {
      expect(r.from).toMatch(/^\d+$/);
      expect(r.to.length).toBe(r.from.length);
      expect(r.from <= r.to).toBe(true);
      for (const n of r.lengths) expect(n >= 12 && n <= 19).toBe(true);
    }
  });
});
