// The region part shared by the NIK and the KK: province, regency/city and district codes (digits 1–6).
import provinces from '../data/id-provinces.json';
import regencies from '../data/id-regencies.json';
import { twoDigits } from '../checksums';

const PROVINCE_CODES: ReadonlySet<string> = new Set(Object.keys(provinces.provinces));
const HIGHEST_DISTRICT: Readonly<Record<string, number>> = regencies.regencies;

export const SIXTEEN_DIGITS = /^\d{16}$/;

/** A known province (old and new Kemendagri codes) and non-zero regency and district codes. */
export function hasRegisteredRegion(v: string): boolean {
  return PROVINCE_CODES.has(v.slice(0, 2)) && twoDigits(v, 2) !== 0 && twoDigits(v, 4) !== 0;
}

/**
 * Digits 1–6 name a district Kemendagri has coded, now or since 2016 (a regency in the list, and a district
 * number no higher than the highest coded in it). Only a third of the regency codes a province could have exist
 * and a regency holds 16 districts on average, so this is the evidence, beyond a possible date, that lets a
 * NIK be reported with no label: 2.7 % of random 16-digit numbers pass the NIK's rules, about 0.1 % this too.
 */
export function hasCodedDistrict(v: string): boolean {
  const highest = HIGHEST_DISTRICT[v.slice(0, 4)];
  const district = twoDigits(v, 4);
  return highest !== undefined && district >= 1 && district <= highest;
}

/** The last four digits (person or family serial) are never 0000. */
export function hasSerial(v: string): boolean {
  return v.slice(12, 16) !== '0000';
}
