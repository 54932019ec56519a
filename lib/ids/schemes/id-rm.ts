// No. RM / Nomor Rekam Medis / MRN and encounter numbers: facility-specific (commonly 6 digits shown 00-00-00),
// no national format (ID-FORMATS.md §1). Label-only; any 6–20 letters and digits with at least two digits.
import type { SchemeRule } from '../scheme';
import { always, never } from '../scheme';
import { countDigits } from './shared';

const RM = /^[A-Z0-9]{6,20}$/;

export const rm: SchemeRule = {
  lengths: [6, 20],
  fits: (v) => RM.test(v) && countDigits(v) >= 2,
  isValid: always,
  standsAlone: never,
};
