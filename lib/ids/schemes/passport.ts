// Passport numbers: no checksum on the printed number (the MRZ check digits are not typed), so label-only.
// `id.passport`: Indonesian shape observed in practice, 1–2 letters + 6–7 digits (ID-FORMATS.md §1, not
// authoritative). `intl.passport`: any ICAO 9303 document number, 6–9 letters/digits (the MRZ field holds 9).
import type { SchemeRule } from '../scheme';
import { always, never } from '../scheme';
import { countDigits } from './shared';

const INDONESIAN = /^[A-Z]{1,2}\d{6,7}$/;
const ICAO_DOCUMENT_NUMBER = /^[A-Z0-9]{6,9}$/;

export const idPassport: SchemeRule = {
  lengths: [7, 9],
  fits: (v) => INDONESIAN.test(v),
  isValid: always,
  standsAlone: never,
};

export const intlPassport: SchemeRule = {
  lengths: [6, 9],
  fits: (v) => ICAO_DOCUMENT_NUMBER.test(v) && countDigits(v) >= 2,
  isValid: always,
  standsAlone: never,
};
