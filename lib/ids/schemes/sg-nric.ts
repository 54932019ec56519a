// Singapore NRIC/FIN: prefix S/T (citizens, PR), F/G (foreigners), M (foreigners since 2022), 7 digits, check
// letter. Weights 2,7,6,5,4,3,2; offset T/G +4, M +3; letter = table[sum mod 11].
// Sources: opengovsg/FormSG shared/utils/nric-validation.ts (S/T/F/G), identique/idnumbers-npm (M series).
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';
import { digitAt } from '../checksums';

const SHAPE = /^[A-Z]\d{7}[A-Z]$/;
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const SERIES: Readonly<Record<string, { offset: number; letters: string }>> = {
  S: { offset: 0, letters: 'JZIHGFEDCBA' },
  T: { offset: 4, letters: 'JZIHGFEDCBA' },
  F: { offset: 0, letters: 'XWUTRQPNMLK' },
  G: { offset: 4, letters: 'XWUTRQPNMLK' },
  M: { offset: 3, letters: 'XWUTRQPNJLK' },
};

export const sgNric: SchemeRule = {
  lengths: [9, 9],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => {
    const series = SERIES[v[0]!];
    if (!series) return false;
    let sum = series.offset;
    for (let i = 0; i < 7; i++) sum += digitAt(v, i + 1) * WEIGHTS[i]!;
    return series.letters[sum % 11] === v[8];
  },
  standsAlone: always,
};
