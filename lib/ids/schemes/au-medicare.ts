// Australia Medicare card number: 10 digits (+ optional 11th, the individual reference number). First digit
// 2–6; weights 1,3,7,9,1,3,7,9 on digits 1–8, sum mod 10 = digit 9; digit 10 is the card issue number
// (Presidio au_medicare_recognizer, idnumbers-npm aus/medicare.ts). Digits 10–11 carry no check.
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';
import { digitAt } from '../checksums';

const SHAPE = /^\d{10,11}$/;
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

export const auMedicare: SchemeRule = {
  lengths: [10, 11],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => {
    if (v[0]! < '2' || v[0]! > '6') return false;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += digitAt(v, i) * WEIGHTS[i]!;
    return sum % 10 === digitAt(v, 8);
  },
  standsAlone: always,
  shapes: ['4-5-1', '4-5-1-1', '4-5'],
};
