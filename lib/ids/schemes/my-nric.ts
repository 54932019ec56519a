// Malaysia MyKad / NRIC: YYMMDD (a real date in 19YY or 20YY), PB place-of-birth code (2), 4 digits, no
// checksum. PB codes from the National Registration Department (JPN) lists, as compiled in python-stdnum
// stdnum/my/bp.dat: 01–16, 21–68, 71, 72, 74–79, 82–93, 98, 99.
import birthplaces from '../data/my-birthplaces.json';
import type { SchemeRule } from '../scheme';
import { twoDigits } from '../checksums';
import { isDateIn19xxOr20xx } from '../dates';

const TWELVE_DIGITS = /^\d{12}$/;
const PB = new Set<number>();
for (const [from, to] of birthplaces.ranges) for (let c = from!; c <= to!; c++) PB.add(c);

export const myNric: SchemeRule = {
  lengths: [12, 12],
  fits: (v) => TWELVE_DIGITS.test(v),
  isValid: (v) => isDateIn19xxOr20xx(twoDigits(v, 0), twoDigits(v, 2), twoDigits(v, 4)) && PB.has(twoDigits(v, 6)),
  // Twelve digits with a possible date and one of ~70 birthplace codes in them are too common to report on
  // their own (an unlabelled number needs more than a plausible date): only as printed, YYMMDD-PB-####.
  standsAlone: (_v, shape) => shape === '6-2-4',
  shapes: ['6-2-4'],
};
