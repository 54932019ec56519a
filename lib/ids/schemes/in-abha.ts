// India ABHA number (Ayushman Bharat Health Account): 14 digits, shown XX-XXXX-XXXX-XXXX; no published
// checksum (ABDM docs via ID-FORMATS.md §2), so label-only.
import type { SchemeRule } from '../scheme';
import { always, never } from '../scheme';

const FOURTEEN_DIGITS = /^\d{14}$/;

export const abha: SchemeRule = {
  lengths: [14, 14],
  fits: (v) => FOURTEEN_DIGITS.test(v),
  isValid: always,
  standsAlone: never,
  shapes: ['2-4-4-4'],
};
