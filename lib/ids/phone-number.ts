// Indonesian mobile numbers (08xx…, or 628xx… with the country code) collide with 12–13-digit identifiers
// (BPJS, Aadhaar, MyKad, Thai ID; ID-FORMATS.md §1). Like card numbers, they are never reported as an
// identifier unless a label names it. Lengths: 08 + 8–11 digits, 628 + 8–11 digits.
const MOBILE = /^(?:08\d{8,11}|628\d{8,11})$/;

export function isIndonesianMobileNumber(v: string): boolean {
  return MOBILE.test(v);
}

/** Phone numbers are grouped in runs of two to four digits ("0812-3456-7890", "+62 812 3456 7890"): a value
 * with a longer run (a MyKad's 6-2-4, a NIK's 6-6-4) was not written as a phone number. */
export function isPhonePrint(shape: string): boolean {
  return shape.split('-').every((run) => Number(run) <= 4);
}
