// UK UTR (Unique Taxpayer Reference, HMRC): 10 digits, the first a check digit over the other nine: weights
// 6,7,8,9,10,5,4,3,2, check = "21987654321"[sum mod 11]. Often printed 12345 67890, sometimes followed by K.
// One number in eleven passes, so only a label naming it counts. Source: python-stdnum stdnum/gb/utr.py, after
// the OECD's UK TIN sheet (valid 1955839661, invalid 2955839661).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { digitAt } from '../checksums';

const SHAPE = /^\d{10}K?$/;
const WEIGHTS = [6, 7, 8, 9, 10, 5, 4, 3, 2];
const CHECK = '21987654321';

export const gbUtr: SchemeRule = {
  lengths: [10, 11],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => {
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += digitAt(v, i + 1) * WEIGHTS[i]!;
    return CHECK[sum % 11] === v[0];
  },
  standsAlone: never,
  shapes: ['5-5', '5-5-1'],
};
