// Thailand company taxpayer number (Memorandum of Association number, issued by the Department of Business
// Development): 13 digits that always start with 0, printed 0-XX-X-XXX-XXXXX-X, with the personal ID number's
// check digit ((11 − Σ d_i·(13−i) mod 11) mod 10). Individuals' taxpayer number is their personal ID number
// (th.idnr, which never starts with 0). Label-only: a company's number, sensitive where a label asks for it.
// Source: python-stdnum stdnum/th/moa.py and stdnum/th/tin.py (examples 0994000617721, 0993000133978).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { thaiCheckValid } from './th-idnr';

const THIRTEEN_DIGITS = /^0\d{12}$/;

export const thMoa: SchemeRule = {
  lengths: [13, 13],
  fits: (v) => THIRTEEN_DIGITS.test(v),
  isValid: thaiCheckValid,
  standsAlone: never,
  shapes: ['1-2-1-3-5-1'],
};
