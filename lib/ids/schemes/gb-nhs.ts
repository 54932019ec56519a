// UK NHS number (also Scottish CHI and NI H&C numbers): 10 digits, weights 10..2 on the first 9, check =
// 11 − (sum mod 11), 11 → 0, 10 → no valid number (python-stdnum stdnum/gb/nhs.py).
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';
import { digitAt } from '../checksums';

const TEN_DIGITS = /^\d{10}$/;

export const nhs: SchemeRule = {
  lengths: [10, 10],
  fits: (v) => TEN_DIGITS.test(v),
  isValid: (v) => {
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += digitAt(v, i) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    return check !== 10 && check === digitAt(v, 9);
  },
  standsAlone: always,
  shapes: ['3-3-4'],
};
