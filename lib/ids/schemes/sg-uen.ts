// Singapore UEN (Unique Entity Number, the tax reference of businesses and companies): business (ROB) 8 digits
// + check letter; local company (ROC) year (4) + 5 digits + check letter; other entities R/S/T + two year
// digits + a two-letter entity type + 4 digits + check letter. Check letters by weighted sums mod 11.
// Label-only: a check letter over 8–9 characters is too weak, and a company number is sensitive only where a
// label asks for it as a tax id. Source: python-stdnum stdnum/sg/uen.py (weights, letter tables, entity types;
// examples 00192200M, 197401143C, S16FC0121D, T01FC6132D).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';
import { digitAt } from '../checksums';

const SHAPE = /^(?:\d{8}[A-Z]|\d{9}[A-Z]|[RST]\d{2}[A-Z]{2}\d{4}[A-Z])$/;
const BUSINESS_WEIGHTS = [10, 4, 9, 3, 8, 2, 7, 1];
const BUSINESS_LETTERS = 'XMKECAWLJDB';
const COMPANY_WEIGHTS = [10, 8, 6, 4, 9, 7, 5, 3, 1];
const COMPANY_LETTERS = 'ZKCMDNERGWH';
const OTHER_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWX0123456789';
const OTHER_WEIGHTS = [4, 3, 5, 3, 10, 2, 2, 5, 7];
const ENTITY_TYPES = new Set(
  'CC CD CH CL CM CP CS CX DP FB FC FM FN GA GB GS HS LL LP MB MC MD MH MM MQ NB NR PA PB PF RF RP SM SS TC TU VH XL'.split(
    ' ',
  ),
);

function weighted(v: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digitAt(v, i) * weights[i]!;
  return sum;
}

function otherValid(v: string): boolean {
  if (!ENTITY_TYPES.has(v.slice(3, 5))) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += OTHER_ALPHABET.indexOf(v[i]!) * OTHER_WEIGHTS[i]!;
  return OTHER_ALPHABET[(((sum - 5) % 11) + 11) % 11] === v[9];
}

export const sgUen: SchemeRule = {
  lengths: [9, 10],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => {
    if (v.length === 9) return BUSINESS_LETTERS[weighted(v, BUSINESS_WEIGHTS) % 11] === v[8];
    if (v[0]! >= '0' && v[0]! <= '9') return COMPANY_LETTERS[weighted(v, COMPANY_WEIGHTS) % 11] === v[9];
    return otherValid(v);
  },
  standsAlone: never,
};
