// US Medicare Beneficiary Identifier (CMS): 11 characters, fixed positions of digits and letters, never the
// letters S L O I B Z; position 1 is 1–9. No checksum, but the mixed pattern is distinctive.
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';

const L = '[AC-HJKMNP-RT-Y]';
const A = '[AC-HJKMNP-RT-Y0-9]';
const MBI = new RegExp(`^[1-9]${L}${A}\\d${L}${A}\\d${L}${L}\\d\\d$`);
const SHAPE = /^\d[A-Z0-9]{10}$/;

export const mbi: SchemeRule = {
  lengths: [11, 11],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => MBI.test(v),
  standsAlone: always,
  shapes: ['4-3-4'],
};
