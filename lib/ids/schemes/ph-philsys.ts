// Philippines PhilSys: PSN, 12 digits (nnnn-nnnnnnn-n), and the PhilID card number PCN, 16 digits (reported).
// No published checksum (ph-core FHIR profiles), so label-only.
import type { SchemeRule } from '../scheme';
import { always, never } from '../scheme';

const PSN_OR_PCN = /^(?:\d{12}|\d{16})$/;

export const philsys: SchemeRule = {
  lengths: [12, 16],
  fits: (v) => PSN_OR_PCN.test(v),
  isValid: always,
  standsAlone: never,
  shapes: ['4-7-1', '4-4-4'],
};
