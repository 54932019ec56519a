// Philippines PhilHealth identification number (PIN): 12 digits, nn-nnnnnnnnn-n; no published checksum
// (UP-Manila-SILab/ph-core FHIR profiles), so label-only.
import type { SchemeRule } from '../scheme';
import { always, never } from '../scheme';

const TWELVE_DIGITS = /^\d{12}$/;

export const philhealth: SchemeRule = {
  lengths: [12, 12],
  fits: (v) => TWELVE_DIGITS.test(v),
  isValid: always,
  standsAlone: never,
  shapes: ['2-9-1'],
};
