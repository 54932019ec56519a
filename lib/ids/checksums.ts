// Check-digit algorithms shared by several schemes. All take a string of ASCII digits.

/** Luhn (ISO/IEC 7812-1 annex B): the last digit checks the others. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

// Verhoeff's dihedral-group tables (J. Verhoeff, "Error Detecting Decimal Codes", 1969).
const D = [
  '0123456789',
  '1234067895',
  '2340178956',
  '3401289567',
  '4012395678',
  '5987604321',
  '6598710432',
  '7659821043',
  '8765932104',
  '9876543210',
];
const P = [
  '0123456789',
  '1576283094',
  '5803796142',
  '8916043527',
  '9453126870',
  '4286573901',
  '2793806415',
  '7046913258',
];

/** Verhoeff: detects every single-digit error and every adjacent transposition. */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    const p = P[i % 8]!.charCodeAt(d) - 48;
    c = D[c]!.charCodeAt(p) - 48;
  }
  return digits.length > 0 && c === 0;
}

/** The digit at position `i` as a number. */
export function digitAt(v: string, i: number): number {
  return v.charCodeAt(i) - 48;
}

/** The two digits at `i` and `i + 1` as a number (00–99). */
export function twoDigits(v: string, i: number): number {
  return digitAt(v, i) * 10 + digitAt(v, i + 1);
}
