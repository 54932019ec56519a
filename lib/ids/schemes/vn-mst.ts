// Vietnam MST (Mã số thuế, tax number): 10 digits (province 2, serial 7, check 1), branches add 3 digits
// (001–999) usually after a dash. Check = 10 − (Σ w·d mod 11) with weights 31,29,23,19,17,13,7,5,3 over the
// first nine; the serial is never 0000000. A 10-digit mod-11 check is too weak to stand alone.
// Source: python-stdnum stdnum/vn/mst.py (examples 0100233488, 0314409058-002; invalid 0100233480).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { digitAt } from '../checksums';

const DIGITS_10_13 = /^(?:\d{10}|\d{13})$/;
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export const vnMst: SchemeRule = {
  lengths: [10, 13],
  fits: (v) => DIGITS_10_13.test(v),
  isValid: (v) => {
    if (v.slice(2, 9) === '0000000') return false;
    if (v.length === 13 && v.endsWith('000')) return false;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += WEIGHTS[i]! * digitAt(v, i);
    // 10 − (sum mod 11) is 10 or 11 for some prefixes: such prefixes have no valid number.
    return String(10 - (sum % 11)) === v[9];
  },
  standsAlone: never,
  shapes: ['10-3'],
};
