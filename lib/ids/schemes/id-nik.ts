// NIK, Nomor Induk Kependudukan (../shared/reference/ID-FORMATS.md §1): PP RR SS DDMMYY NNNN, no checksum.
// Women's day of birth is written +40. The date only has to be possible, never plausible: a NIK keeps a
// wrongly recorded birth date for life (PP 40/2019 Ps. 30(2)).
import type { SchemeRule } from '../scheme';
import { twoDigits } from '../checksums';
import { isDateIn19xxOr20xx } from '../dates';
import { SIXTEEN_DIGITS, hasCodedDistrict, hasRegisteredRegion, hasSerial } from './id-region';

export function hasNikBirthDate(v: string): boolean {
  const dd = twoDigits(v, 6);
  const day = dd > 40 ? dd - 40 : dd;
  return isDateIn19xxOr20xx(twoDigits(v, 10), twoDigits(v, 8), day);
}

export function isValidNik(v: string): boolean {
  return SIXTEEN_DIGITS.test(v) && hasRegisteredRegion(v) && hasNikBirthDate(v) && hasSerial(v);
}

export const nik: SchemeRule = {
  lengths: [16, 16],
  fits: (v) => SIXTEEN_DIGITS.test(v),
  isValid: isValidNik,
  // Without a label a possible birth date is not enough (one 16-digit number in 37 passes the rules above): the
  // region must also be a district that exists.
  standsAlone: hasCodedDistrict,
  shapes: ['6-6-4', '2-2-2-6-4', '4-4-4-4'],
};
