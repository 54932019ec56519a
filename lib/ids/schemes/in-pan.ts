// India PAN (Permanent Account Number, income tax): five letters, four digits, a letter; the fourth letter is
// the holder type (P individual, C company, H HUF, F firm, A/B/G/J/L/T/K others), the fifth the initial of the
// surname or name. The last letter is a check computed by an unpublished algorithm, so nothing checkable
// separates a PAN from any code of that shape: only a label naming it counts.
// Source: python-stdnum stdnum/in_/pan.py (holder types, shape; examples ACUPA7085R, AAPPV8261K).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';

const SHAPE = /^[A-Z]{5}\d{4}[A-Z]$/;
const HOLDER_TYPES = 'ABCFGHLJPTK';

export const inPan: SchemeRule = {
  lengths: [10, 10],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => HOLDER_TYPES.includes(v[3]!),
  standsAlone: never,
};
