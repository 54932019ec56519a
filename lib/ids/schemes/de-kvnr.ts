// Germany Krankenversichertennummer (KVNR, §290 SGB V, Anlage 1): a letter and 9 digits. The letter becomes
// 01–26; with the next 8 digits that makes 10 digits weighted 1,2,1,2…, each product ≥ 10 replaced by its digit
// sum; the sum mod 10 is the last digit.
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';
import { digitAt } from '../checksums';

const SHAPE = /^[A-Z]\d{9}$/;

export const deKvnr: SchemeRule = {
  lengths: [10, 10],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => {
    const letter = v.charCodeAt(0) - 64;
    const digits = [Math.floor(letter / 10), letter % 10];
    for (let i = 1; i <= 8; i++) digits.push(digitAt(v, i));
    let sum = 0;
    digits.forEach((d, i) => {
      const p = d * (i % 2 === 0 ? 1 : 2);
      sum += p > 9 ? p - 9 : p;
    });
    return sum % 10 === digitAt(v, 9);
  },
  standsAlone: always,
};
