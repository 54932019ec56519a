// Identifier spellings are made again by every scanner that decodes the vocabulary (they no longer ship), so the
// rule deciding which phrase owns a spelling two phrases share is pinned here on a vocabulary small enough to read.
import { describe, expect, it } from 'vitest';
import type { FieldKind } from '../../../lib/kinds/field-kinds';
import { identifierSpellings } from '../../../lib/detect/identifier-spellings';
import { PhraseIndex, type Phrase } from '../../../lib/detect/phrase-index';

const phrase = (text: string, kind: FieldKind | null): Phrase => {
  const tokens = text.split(' ');
  return { tokens, kind, weak: false, size: tokens.join('').length, text };
};
const indexOf = (...phrases: Phrase[]): PhraseIndex => {
  const index = new PhraseIndex();
  for (const p of phrases) index.add(p);
  return index;
};
const variants = new Map([['no', ['no', 'nomor', 'nr']]]);

describe('identifier spellings', () => {
  it('run the tokens together in every alias spelling', () => {
    const ktp = phrase('no ktp', 'national_id');
    const forms = identifierSpellings(indexOf(ktp), variants);
    expect(['noktp', 'nomorktp', 'nrktp'].map((f) => forms.get(f))).toEqual([ktp, ktp, ktp]);
    expect(forms.get('no ktp')).toBeUndefined();
    expect(forms.size).toBe(3);
  });

  it('give a shared spelling to the longer phrase (canonical letters), whichever came first', () => {
    const short = phrase('no ktp', 'national_id'); // 5 letters, spelled `nomorktp` through an alias
    const long = phrase('nomorktp', 'medical_record_number'); // 8 letters
    expect(identifierSpellings(indexOf(short, long), variants).get('nomorktp')).toBe(long);
    expect(identifierSpellings(indexOf(long, short), variants).get('nomorktp')).toBe(long);
    expect(identifierSpellings(indexOf(long, short), variants).get('noktp')).toBe(short);
  });

  it('give a shared spelling of equal length to a negative phrase, else to the first', () => {
    const positive = phrase('nomor hp', 'national_id');
    const negative = phrase('no mor hp', null);
    const other = phrase('nomorh p', 'tax_id');
    expect(identifierSpellings(indexOf(positive, negative), new Map()).get('nomorhp')).toBe(negative);
    expect(identifierSpellings(indexOf(negative, positive), new Map()).get('nomorhp')).toBe(negative);
    expect(identifierSpellings(indexOf(positive, other), new Map()).get('nomorhp')).toBe(positive);
  });

  it('are found whatever letter an alias spelling begins with, and whichever letter is looked up first', () => {
    // Spellings are made one first letter at a time, on first lookup: `xno` starts with another letter than `no`.
    const ktp = phrase('no ktp', 'national_id');
    const rm = phrase('xnoktp', null);
    const aliased = new Map([['no', ['no', 'xno']]]);
    const forms = identifierSpellings(indexOf(ktp, rm), aliased);
    expect(forms.get('noktp')).toBe(ktp);
    expect(forms.get('xnoktp')).toBe(rm);
    const other = identifierSpellings(indexOf(ktp, rm), aliased);
    expect(other.get('xnoktp')).toBe(rm);
    expect(other.get('noktp')).toBe(ktp);
    expect(identifierSpellings(indexOf(ktp), aliased).get('xnoktp')).toBe(ktp);
    expect(other.size).toBe(2);
  });

  it('leave out phrases of scripts written without spaces, and keep keys off the prototype', () => {
    const forms = identifierSpellings(indexOf(phrase('เลขบัตร', 'national_id')), new Map());
    expect(forms.size).toBe(0);
    expect(forms.get('constructor')).toBeUndefined();
  });
});
