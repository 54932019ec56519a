// compactIdentifier, mightBeIdentifier and resolveFieldKind.
import { describe, expect, it } from 'vitest';
import {
  LABEL_SCHEME,
  compactIdentifier,
  mightBeIdentifier,
  recognizeIdentifier,
  resolveFieldKind,
} from '../../../lib/ids';
import type { IdentifierMatch } from '../../../lib/ids';

describe('compactIdentifier', () => {
  it.each([
    [' 31.71-01/1708 450001 ', '3171011708450001'],
    ['p0247-837-5538', 'P02478375538'],
    ['1EG4\u2013TE5\u2014MK73', '1EG4TE5MK73'],
    ['943\u00a0476\u202f5919', '9434765919'],
    ['12\\34\t56\n78', '12345678'],
    ['ab·cd', 'ABCD'],
    ['', ''],
    ['+62 812', '+62812'], // a plus is not a separator
    ['ſ1234567d', 'ſ1234567D'], // only ASCII letters are upper-cased
  ])('%j → %j', (value, compact) => {
    expect(compactIdentifier(value)).toBe(compact);
  });

  it('handles 100,000 characters', () => {
    expect(compactIdentifier('1 '.repeat(50_000))).toBe('1'.repeat(50_000));
  });
});

describe('mightBeIdentifier', () => {
  it.each([
    ['3171011708450001', true],
    ['3171 0117 0845 0001', true],
    ['P02478375538', true],
    ['1EG4-TE5-MK73', true],
    ['S1234567D', true],
    ['00-00-12', true],
    ['A1234567', true],
    ['12345', false], // too short
    ['1234567890123456789012345', false], // too long
    ['Budi Santoso', false], // no digits
    ['Jl. Merdeka', false],
    ['+62 812 3456 7890', false],
    ['budi@example.com', false],
    ['ABCDE1', false], // one digit
    ['１２３４５６７８', false], // full-width digits
  ])('%j → %s', (value, expected) => {
    expect(mightBeIdentifier(value)).toBe(expected);
  });

  it('is only a pre-check: an address with a house number passes it, the recogniser then finds nothing', () => {
    expect(mightBeIdentifier('Jl. Merdeka No. 10')).toBe(true);
    expect(recognizeIdentifier('Jl. Merdeka No. 10', { label: 'Alamat' })).toEqual([]);
  });

  it('when false, the recogniser finds nothing either', () => {
    for (const value of ['12345', 'Budi Santoso', '+6281234567890', 'ABCDE1']) {
      expect(recognizeIdentifier(value, { label: 'No. RM' })).toEqual([]);
    }
  });
});

describe('resolveFieldKind', () => {
  const nik: IdentifierMatch = { kind: 'national_id', scheme: 'id.nik', valid: true };
  const kkInvalid: IdentifierMatch = { kind: 'family_card', scheme: 'id.kk', valid: false };
  const nhs: IdentifierMatch = { kind: 'health_insurance_id', scheme: 'gb.nhs', valid: true };

  it('the label kind wins when it is an identifier kind, with the scheme of a match of that kind', () => {
    expect(resolveFieldKind('national_id', [nik])).toEqual({ kind: 'national_id', scheme: 'id.nik' });
    expect(resolveFieldKind('family_card', [kkInvalid, nik])).toEqual({ kind: 'family_card', scheme: 'id.kk' });
    expect(resolveFieldKind('health_insurance_id', [nik, nhs])).toEqual({
      kind: 'health_insurance_id',
      scheme: 'gb.nhs',
    });
  });

  it('prefers a valid match of the label kind', () => {
    const invalidNik: IdentifierMatch = { ...nik, scheme: 'my.nric', valid: false };
    expect(resolveFieldKind('national_id', [invalidNik, nik])).toEqual({ kind: 'national_id', scheme: 'id.nik' });
  });

  it('the label said an identifier: its kind even without a compatible match', () => {
    expect(resolveFieldKind('health_insurance_id', [])).toEqual({ kind: 'health_insurance_id', scheme: LABEL_SCHEME });
    expect(resolveFieldKind('national_id', [nhs])).toEqual({ kind: 'national_id', scheme: LABEL_SCHEME });
  });

  it('otherwise the first valid match', () => {
    expect(resolveFieldKind(null, [kkInvalid, nik])).toEqual({ kind: 'national_id', scheme: 'id.nik' });
    expect(resolveFieldKind('diagnosis_or_condition', [nhs])).toEqual({
      kind: 'health_insurance_id',
      scheme: 'gb.nhs',
    });
  });

  it('null when nothing', () => {
    expect(resolveFieldKind(null, [])).toBeNull();
    expect(resolveFieldKind(null, [kkInvalid])).toBeNull();
    expect(resolveFieldKind('date_of_birth', [])).toBeNull();
  });

  it('end to end: a KK label and a NIK value', () => {
    const matches = recognizeIdentifier('3171015708450001', { label: 'No. KK' });
    expect(resolveFieldKind('family_card', matches)).toEqual({ kind: 'family_card', scheme: 'id.kk' });
    expect(resolveFieldKind(null, matches)).toEqual({ kind: 'national_id', scheme: 'id.nik' });
  });
});
