// A visit (registration) number of the big Indonesian SIMRS, made of the registration date and a daily serial:
// - SIMRS Khanza's reg_periksa.no_rawat, also used by mLITE and Khanza-based systems, printed YYYY/MM/DD/NNNNNN
//   ("2024/11/10/000080");
// - SIMRS GOS's (Kemenkes) pendaftaran NOMOR, the "NOPEN": YYMMDD and a 4-digit serial, 10 digits with no
//   separators (generator.generateNoPendaftaran: CONCAT(DATE_FORMAT(tanggal, '%y%m%d'), LPAD(id, 4, '0')),
//   faritech-id/simgos-2.5.4-extracted at 4e0f3f5b, var/tmp/simgos2/db/new/generator/routines).
// Typed into a field to look an encounter up it is a record number (CONTRACTS §1, medical_record_number); on its
// own it is a date and a counter, so only a label naming it ("No. Rawat", "No. Pendaftaran") counts.
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { isCalendarDate } from '../dates';
import { twoDigits } from '../checksums';

const KHANZA = /^\d{14}$/;
const SIMGOS = /^\d{10}$/;

export const rawat: SchemeRule = {
  lengths: [10, 14],
  fits: (v) => KHANZA.test(v) || SIMGOS.test(v),
  isValid: (v) =>
    v.length === 14
      ? (v.startsWith('19') || v.startsWith('20')) &&
        isCalendarDate(Number(v.slice(0, 4)), twoDigits(v, 4), twoDigits(v, 6)) &&
        v.slice(8) !== '000000'
      : isCalendarDate(2000 + twoDigits(v, 0), twoDigits(v, 2), twoDigits(v, 4)) && v.slice(6) !== '0000',
  standsAlone: never,
  shapes: ['4-2-2-6'],
};
