// BPJS Kesehatan / JKN-KIS card number ("noka"): 13 digits, no published structure or checksum (ID-FORMATS.md
// §1). Label-only. Values starting 08 or 628 are Indonesian mobile numbers, never card numbers.
import type { SchemeRule } from '../scheme';
import { always, never } from '../scheme';

const THIRTEEN_DIGITS = /^\d{13}$/;

export const bpjs: SchemeRule = {
  lengths: [13, 13],
  fits: (v) => THIRTEEN_DIGITS.test(v) && !v.startsWith('08') && !v.startsWith('628'),
  isValid: always,
  standsAlone: never,
};
