// Australia TFN (Tax File Number, Australian Taxation Office): 9 digits (older numbers 8), printed 123 456 782.
// Weights 1,4,3,7,5,8,6,9,10 over the digits (the first eight for an 8-digit number); the sum is ≡ 0 mod 11.
// One number in eleven passes, so only a label naming it counts. Source: python-stdnum stdnum/au/tfn.py
// (valid 123 456 782, invalid 999 999 999).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { digitAt } from '../checksums';

const SHAPE = /^\d{8,9}$/;
const WEIGHTS = [1, 4, 3, 7, 5, 8, 6, 9, 10];

export const auTfn: SchemeRule = {
  lengths: [8, 9],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => {
    let sum = 0;
    for (let i = 0; i < v.length; i++) sum += digitAt(v, i) * WEIGHTS[i]!;
    return sum % 11 === 0 && /[1-9]/.test(v);
  },
  standsAlone: never,
  shapes: ['3-3-3', '3-3-2'],
};
