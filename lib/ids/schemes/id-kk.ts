// No. KK, Nomor Kartu Keluarga: region (6) + registration date DDMMYY, no +40 (7–12) + family serial (13–16).
// Source: Dukcapil rules quoted in ID-FORMATS.md §1. A KK value is indistinguishable from a man's NIK, so
// only a label naming the KK reports it.
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { twoDigits } from '../checksums';
import { isDateIn19xxOr20xx } from '../dates';
import { SIXTEEN_DIGITS, hasRegisteredRegion, hasSerial } from './id-region';

export const kk: SchemeRule = {
  lengths: [16, 16],
  fits: (v) => SIXTEEN_DIGITS.test(v),
  isValid: (v) =>
    hasRegisteredRegion(v) && isDateIn19xxOr20xx(twoDigits(v, 10), twoDigits(v, 8), twoDigits(v, 6)) && hasSerial(v),
  standsAlone: never,
  shapes: ['6-6-4', '4-4-4-4'],
};
