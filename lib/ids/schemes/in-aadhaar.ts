// India Aadhaar: 12 digits, never starting 0 or 1, Verhoeff check digit, never a palindrome
// (python-stdnum stdnum/in_/aadhaar.py, UIDAI numbering scheme).
import type { SchemeRule } from '../scheme';
import { always } from '../scheme';
import { verhoeffValid } from '../checksums';

const TWELVE_DIGITS = /^\d{12}$/;

function isPalindrome(v: string): boolean {
  for (let i = 0, j = v.length - 1; i < j; i++, j--) if (v[i] !== v[j]) return false;
  return true;
}

export const aadhaar: SchemeRule = {
  lengths: [12, 12],
  fits: (v) => TWELVE_DIGITS.test(v),
  isValid: (v) => v[0]! >= '2' && !isPalindrome(v) && verhoeffValid(v),
  standsAlone: always,
  shapes: ['4-4-4'],
};
