// Netherlands BSN: 8 or 9 digits (left-padded to 9), 11-proef: Σ d_i·(9−i) for i = 0..7 − d_8 ≡ 0 (mod 11),
// not all zeros (python-stdnum stdnum/nl/bsn.py). Only the 9-digit form stands alone: an 8-digit value is
// as often a date typed DDMMYYYY, and one date in eleven would pass.
import type { SchemeRule } from '../scheme';
import { digitAt } from '../checksums';

const SHAPE = /^\d{8,9}$/;

export const nlBsn: SchemeRule = {
  lengths: [8, 9],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => {
    const p = v.length === 8 ? '0' + v : v;
    let sum = -digitAt(p, 8);
    for (let i = 0; i < 8; i++) sum += digitAt(p, i) * (9 - i);
    return sum % 11 === 0 && /[1-9]/.test(p);
  },
  standsAlone: (v) => v.length === 9,
  shapes: ['4-2-3', '3-3-3'],
};
