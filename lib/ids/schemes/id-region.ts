// The region part shared by the NIK and the KK: province, regency/city and district codes (digits 1–6).
import provinces from '../data/id-provinces.json';
import { twoDigits } from '../checksums';

const PROVINCE_CODES: ReadonlySet<string> = new Set(Object.keys(provinces.provinces));

export const SIXTEEN_DIGITS = /^\d{16}$/;

/** A known province (old and new Kemendagri codes) and non-zero regency and district codes. */
export function hasRegisteredRegion(v: string): boolean {
  return PROVINCE_CODES.has(v.slice(0, 2)) && twoDigits(v, 2) !== 0 && twoDigits(v, 4) !== 0;
}

/** The last four digits (person or family serial) are never 0000. */
export function hasSerial(v: string): boolean {
  return v.slice(12, 16) !== '0000';
}
