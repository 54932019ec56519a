// Australia Individual Healthcare Identifier: 16 digits starting 800360 (800361 and 800362 are provider
// identifiers), Luhn over all 16 (HL7 AU base, au-ihinumber-intro).
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';
import { luhnValid } from '../checksums';

const SIXTEEN_DIGITS = /^\d{16}$/;

export const auIhi: SchemeRule = {
  lengths: [16, 16],
  fits: (v) => SIXTEEN_DIGITS.test(v),
  isValid: (v) => v.startsWith('800360') && luhnValid(v),
  standsAlone: always,
  shapes: ['4-4-4-4'],
};
