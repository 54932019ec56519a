// SATUSEHAT patient IHS number: P + 11 digits (Kemenkes Master Patient Index, FHIR system
// https://fhir.kemkes.go.id/id/ihs-number). No checksum, but the shape is distinctive enough on its own.
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';

const IHS = /^P\d{11}$/;

export const ihs: SchemeRule = {
  lengths: [12, 12],
  fits: (v) => IHS.test(v),
  isValid: always,
  standsAlone: always,
};
