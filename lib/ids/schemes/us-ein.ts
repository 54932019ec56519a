// US EIN (Employer Identification Number, IRS): nine digits printed XX-XXXXXXX; the first two are a prefix the
// IRS assigns by campus. No check digit, and a business's number: only a label naming it counts. Prefixes:
// IRS "How EINs are assigned and valid EIN prefixes", as listed in python-stdnum stdnum/us/ein.dat (valid
// 91-1144442, 04-2103594; 07-1144442 has no such prefix).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';

const SHAPE = /^\d{9}$/;
const PREFIXES = new Set(
  (
    '01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 ' +
    '45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 81 82 83 84 ' +
    '85 86 87 88 90 91 92 93 94 95 98 99'
  ).split(' '),
);

export const usEin: SchemeRule = {
  lengths: [9, 9],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => PREFIXES.has(v.slice(0, 2)),
  standsAlone: never,
  shapes: ['2-7'],
};
