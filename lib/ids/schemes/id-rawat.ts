// A visit (registration) number of the big Indonesian SIMRS: SIMRS Khanza's reg_periksa.no_rawat, also used by
// mLITE and Khanza-based systems, is the registration date and a daily serial, printed YYYY/MM/DD/NNNNNN
// ("2024/11/10/000080"). Typed into a field to look an encounter up it is a record number (CONTRACTS §1,
// medical_record_number); on its own it is a date and a counter, so only a label naming it ("No. Rawat") counts.
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { isCalendarDate } from '../dates';
import { twoDigits } from '../checksums';

const FOURTEEN_DIGITS = /^\d{14}$/;

export const rawat: SchemeRule = {
  lengths: [14, 14],
  fits: (v) => FOURTEEN_DIGITS.test(v),
  isValid: (v) =>
    (v.startsWith('19') || v.startsWith('20')) &&
    isCalendarDate(Number(v.slice(0, 4)), twoDigits(v, 4), twoDigits(v, 6)) &&
    v.slice(8) !== '000000',
  standsAlone: never,
  shapes: ['4-2-2-6'],
};
