// US ITIN (Individual Taxpayer Identification Number, IRS): nine digits printed like an SSN, 9XX-GG-XXXX, the
// group GG 50–65, 70–88, 90–92 or 94–99 (93 is an adoption ATIN). Sources: Microsoft Purview's ITIN definition
// (learn.microsoft.com, sit-defn-us-individual-taxpayer-identification-number); python-stdnum
// stdnum/us/itin.py (examples 912-90-3456 valid, 912-93-4567 invalid group). No check digit; an SSN never
// starts with 9, so the two never overlap. Label-only, like the SSN whose print it shares.
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { twoDigits } from '../checksums';

const SHAPE = /^9\d{8}$/;

export const usItin: SchemeRule = {
  lengths: [9, 9],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => {
    const group = twoDigits(v, 3);
    return (group >= 50 && group <= 65) || (group >= 70 && group !== 89 && group !== 93);
  },
  standsAlone: never,
  shapes: ['3-2-4'],
};
