// Payment cards and phone numbers are not identifiers (../shared/CONTRACTS.md §1): never reported without a
// label naming the identifier, and [] when the label names a card or phone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeIdentifier } from '../../../lib/ids';
import regencies from '../../../lib/ids/data/id-regencies.json';
import { find, isLuhnValid, luhnCheckDigit, pad2, schemes } from './helpers';

// Networks' published test numbers (Stripe, PayPal and network documentation).
const TEST_CARDS = [
  '5555 5555 5555 4444',
  '5105 1051 0510 5100',
  '2223 0031 2200 3222',
  '4111 1111 1111 1111',
  '4012 8888 8888 1881',
  '3782 822463 10005',
  '3530 1113 3330 0000',
  '6011 1111 1111 1117',
  '6200 0000 0000 0005',
  '3056 9309 0259 04',
];

/** A district Kemendagri has coded in one of `provinces`: regency code (4 digits) and district number. */
const codedDistrict = (provinces: number[]) =>
  fc
    .constantFrom(
      ...Object.entries(regencies.regencies).filter(([code]) => provinces.includes(Number(code.slice(0, 2)))),
    )
    .chain(([regency, highest]) => fc.integer({ min: 1, max: highest }).map((district) => regency + pad2(district)));

/** A NIK that passes every NIK rule, in a coded district, and, through its last digit, the Luhn check: a number
 * in a card range. */
const nikShapedCard = (provinces: number[]) =>
  fc
    .record({
      region: codedDistrict(provinces),
      day: fc.integer({ min: 1, max: 28 }),
      female: fc.boolean(),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.integer({ min: 0, max: 99 }),
      serial: fc.integer({ min: 1, max: 999 }),
    })
    .map((r) => {
      const body =
        r.region + pad2(r.day + (r.female ? 40 : 0)) + pad2(r.month) + pad2(r.year) + String(r.serial).padStart(3, '0');
      return body + luhnCheckDigit(body);
    });

describe('payment cards', () => {
  it.each(TEST_CARDS)('%s is nothing without a label', (card) => {
    expect(isLuhnValid(card.replace(/ /g, ''))).toBe(true);
    expect(recognizeIdentifier(card)).toEqual([]);
    expect(recognizeIdentifier(card, { label: 'Nomor Kartu Kredit' })).toEqual([]);
    expect(recognizeIdentifier(card, { label: 'Card number' })).toEqual([]);
  });

  it('Mastercard-range numbers passing the NIK rules (Bali, NTB, NTT) are not NIKs without a NIK label', () => {
    fc.assert(
      fc.property(nikShapedCard([51, 52, 53]), (card) => {
        expect(find(card, 'id.nik', 'NIK')?.valid).toBe(true); // it does pass the NIK rules
        expect(recognizeIdentifier(card)).toEqual([]);
        expect(recognizeIdentifier(card, { label: 'Nomor Kartu' })).toEqual([]);
        expect(recognizeIdentifier(card, { label: 'Nomor Kartu Kredit' })).toEqual([]);
        expect(recognizeIdentifier(card, { label: 'Card number' })).toEqual([]);
        expect(schemes(card, 'No. KTP')[0]).toBe('id.nik');
        expect(schemes(card, 'Nomor Identitas')).toEqual(['id.nik']);
      }),
      { seed: 20240817, numRuns: 300 },
    );
  });

  it('printed as a NIK (6-6-4, 2-2-2-6-4) they are NIKs; printed as a card or not at all, nothing', () => {
    fc.assert(
      fc.property(nikShapedCard([51, 52, 53]), (card) => {
        const nik = [{ kind: 'national_id', scheme: 'id.nik', valid: true }];
        expect(recognizeIdentifier(`${card.slice(0, 6)}-${card.slice(6, 12)}-${card.slice(12)}`)).toEqual(nik);
        expect(recognizeIdentifier(card.replace(/^(..)(..)(..)(......)/, '$1.$2.$3.$4.'))).toEqual(nik);
        expect(recognizeIdentifier(card.replace(/(\d{4})(?=\d)/g, '$1 '))).toEqual([]);
      }),
      { seed: 51, numRuns: 200 },
    );
  });

  it('the same numbers with a non-Luhn last digit are NIKs on their own', () => {
    fc.assert(
      fc.property(nikShapedCard([51, 52, 53, 35, 36, 62, 64, 65]), (card) => {
        const last = Number(card[15]);
        const other = card.slice(0, 15) + String(last === 9 ? 1 : last + 1);
        if (other.endsWith('0000')) return;
        expect(recognizeIdentifier(other)).toEqual([{ kind: 'national_id', scheme: 'id.nik', valid: true }]);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('Indonesian mobile numbers', () => {
  it.each(['0812-3456-78901', '081234567890', '6281234567890', '62 812 3456 7890'])(
    '%s is not a BPJS number, even under a BPJS label',
    (phone) => {
      expect(find(phone, 'id.bpjs', 'No. BPJS')).toBeUndefined();
      expect(recognizeIdentifier(phone)).toEqual([]);
    },
  );

  it('a mobile number that happens to pass another scheme is not reported without its label', () => {
    // 08-12-12 is a date and 34 a Penang birthplace code: a MyKad shape.
    expect(find('081212345678', 'my.nric', 'MyKad')?.valid).toBe(true);
    expect(recognizeIdentifier('0812-1234-5678')).toEqual([]);
    // 628… with a Thai check digit.
    const body = '628123456789';
    const thai = [...'0123456789'].map((d) => body + d).find((v) => find(v, 'th.idnr', 'Thai ID')?.valid);
    expect(thai).toBeDefined();
    expect(recognizeIdentifier(thai!)).toEqual([]);
  });

  it('a MyKad of someone born in 2008 printed as a MyKad is one, though its digits spell a mobile number', () => {
    expect(recognizeIdentifier('080305-14-1234')).toEqual([{ kind: 'national_id', scheme: 'my.nric', valid: true }]);
    expect(recognizeIdentifier('080305141234')).toEqual([]);
    expect(recognizeIdentifier('0803-0514-1234')).toEqual([]);
    expect(recognizeIdentifier('0803 051 41234')).toEqual([]);
  });

  it('a phone label refuses anything', () => {
    expect(recognizeIdentifier('0011336526592', { label: 'Nomor HP' })).toEqual([]);
  });
});
