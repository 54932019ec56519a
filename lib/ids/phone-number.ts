// Indonesian mobile numbers (08xx…, or 628xx… with the country code) collide with 12–13-digit identifiers
// (BPJS, Aadhaar, MyKad, Thai ID; ID-FORMATS.md §1). Like card numbers, they are never reported as an
// identifier unless a label names it. Lengths: 08 + 8–11 digits, 628 + 8–11 digits.
const MOBILE = /^(?:08\d{8,11}|628\d{8,11})$/;

export function isIndonesianMobileNumber(v: string): boolean {
  return MOBILE.test(v);
}
