import { pageText, type PageText } from '../report/page-text';
// The closed set of identifier schemes the recogniser knows. The array order is the tie-break for values that
// fit several schemes with no label to tell them apart: Indonesia first, then its neighbours, then the rest.

export const SCHEME_IDS = [
  'id.nik',
  'id.kk',
  'id.npwp',
  'id.bpjs',
  'id.ihs',
  'id.rm',
  'id.rawat',
  'id.passport',
  'sg.nric',
  'my.nric',
  'th.idnr',
  'ph.philsys',
  'ph.philhealth',
  'in.aadhaar',
  'in.abha',
  'au.ihi',
  'au.medicare',
  'gb.nhs',
  'us.mbi',
  'de.kvnr',
  'nl.bsn',
  'us.ssn',
  'in.pan',
  'vn.mst',
  'sg.uen',
  'th.moa',
  'my.tin',
  'ph.tin',
  'au.tfn',
  'us.itin',
  'us.ein',
  'gb.utr',
  'intl.passport',
] as const;

export type SchemeId = (typeof SCHEME_IDS)[number];

export function isSchemeId(value: unknown): value is SchemeId {
  return typeof value === 'string' && (SCHEME_IDS as readonly string[]).includes(value);
}

/** The rules of one format, applied to a compacted value (no separators, upper-case). */
export interface SchemeRule {
  /** Shortest and longest compacted value the format can have (lets the recogniser skip most schemes cheaply). */
  readonly lengths: readonly [min: number, max: number];
  /** Length and characters only: could the value be written in this format at all? */
  readonly fits: (v: string) => boolean;
  /** Every structure and checksum rule; only asked when `fits` holds. */
  readonly isValid: (v: string) => boolean;
  /**
   * Whether a valid value is strong enough to report with no label naming the scheme. Formats without a check
   * (BPJS, MRN, NPWP, passports…) never are.
   */
  readonly standsAlone: (v: string, shape: string) => boolean;
  /**
   * How the format is printed: digit-group lengths joined by "-" ("3-3-4" for an NHS number). A value typed in
   * another scheme's printed shape is never reported as this one without a label (printed-shape.ts).
   */
  readonly shapes?: readonly string[];
}

export const always = (): boolean => true;
export const never = (): boolean => false;

/**
 * A scheme name as report text. Only the closed set of scheme ids (and `label`, when only the label said which
 * identifier it is) can pass: whatever else is given — it should never be a value — becomes empty.
 */
export function schemeText(scheme: string): PageText {
  return pageText(isSchemeId(scheme) || scheme === 'label' ? scheme : '', 40);
}
