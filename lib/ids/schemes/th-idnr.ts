// Thailand personal identification number: 13 digits, first digit 1–8, check = (11 − Σ d_i·(13−i) mod 11)
// mod 10 over the first 12 (python-stdnum stdnum/th/pin.py). The weight 11 on the third digit is ≡ 0, so this
// published check cannot see a change there.
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';
import { digitAt } from '../checksums';

const THIRTEEN_DIGITS = /^\d{13}$/;

/** The check digit of a Thai 13-digit number (personal ID and company taxpayer number alike). */
export function thaiCheckValid(v: string): boolean {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digitAt(v, i) * (13 - i);
  return (11 - (sum % 11)) % 10 === digitAt(v, 12);
}

export const thIdnr: SchemeRule = {
  lengths: [13, 13],
  fits: (v) => THIRTEEN_DIGITS.test(v),
  isValid: (v) => v[0] !== '0' && v[0] !== '9' && thaiCheckValid(v),
  standsAlone: always,
  shapes: ['1-4-5-2-1'],
};
