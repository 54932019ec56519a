// US Social Security Number: area (3) group (2) serial (4), no checksum. Rejected: area 000, 666, 9xx; group
// 00; serial 0000; numbers voided after public misuse (python-stdnum stdnum/us/ssn.py). Nine digits pass these
// rules nine times in ten, so an SSN is reported only when the label names it.
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';

const NINE_DIGITS = /^\d{9}$/;
const VOID = new Set(['078051120', '219099999', '457555462']);

export const ssn: SchemeRule = {
  lengths: [9, 9],
  fits: (v) => NINE_DIGITS.test(v),
  isValid: (v) => {
    const area = v.slice(0, 3);
    if (area === '000' || area === '666' || area.startsWith('9')) return false;
    return v.slice(3, 5) !== '00' && v.slice(5) !== '0000' && !VOID.has(v);
  },
  standsAlone: never,
  shapes: ['3-2-4'],
};
