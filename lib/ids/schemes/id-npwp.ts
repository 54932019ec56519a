// NPWP (tax number). Legacy 15 digits: Luhn check digit over the first 9, then tax office (3) and branch (3).
// Since 2024 (PMK 112/2022) 16 digits: a resident's NIK, or 0 + the legacy 15 (Luhn over the first 10).
// Source: python-stdnum stdnum/id/npwp.py and issue #432, via ID-FORMATS.md §1. A place of business has a NITKU:
// the 16-digit NPWP and a 6-digit serial, 000000 for the head office (PER-6/PJ/2024 Pasal 1, as pajakku.com
// quotes it). Label-only: nothing but a 9-digit Luhn separates it from any other number.
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { luhnValid } from '../checksums';
import { isValidNik } from './id-nik';

const DIGITS_15_16_22 = /^(?:\d{15,16}|\d{22})$/;

function validNpwp16(v: string): boolean {
  return v.startsWith('0') ? luhnValid(v.slice(0, 10)) : isValidNik(v.slice(0, 16));
}

export const npwp: SchemeRule = {
  lengths: [15, 22],
  fits: (v) => DIGITS_15_16_22.test(v),
  isValid: (v) => (v.length === 15 ? luhnValid(v.slice(0, 9)) : validNpwp16(v)),
  standsAlone: never,
  // The legacy print 99.999.999.9-999.999, and the 16-digit value people make of it by adding a digit to the
  // dotted print (PER-06/PJ/2024 prints the 16-digit NPWP as bare digits, as ortax.org's summary of it shows):
  // a number with the NPWP's dots and dash is an NPWP or nothing, never a NIK.
  shapes: ['2-3-3-1-3-3', '2-3-3-1-6', '3-3-3-1-3-3', '2-3-3-1-3-4', '3-3-3-1-3-4'],
};
