// The closed vocabulary of breached data classes, and the mapping from Have I Been Pwned's DataClasses strings.
// The vocabulary is ours (HIBP's 150+ strings are too fine-grained and say nothing about Indonesian identifiers);
// the mapping from HIBP's strings is data (data/data-classes.json) and a test checks it against DATA_CLASS.
import vocabulary from './data/data-classes.json';

export interface DataClassDecisions {
  /** Makes a breach matter for health and identity data (ID numbers, health records, biometrics): such a breach
   * raises the site's caution and is announced for longer (lib/breaches/notify.ts). */
  healthOrId: boolean;
}

/**
 * Every decision about each data class, in vocabulary (display) order; the closed union is this table's keys, so a
 * new class does not compile until it is decided. data/data-classes.json lists the same classes for the build script
 * (a test holds the two to the same list in the same order).
 */
// prettier-ignore
export const DATA_CLASS = {
  national_id:         { healthOrId: true },
  family_card:         { healthOrId: true },
  passport:            { healthOrId: true },
  tax_id:              { healthOrId: true },
  health_insurance_id: { healthOrId: true },
  medical_record:      { healthOrId: true },
  diagnosis:           { healthOrId: true },
  lab_or_imaging:      { healthOrId: true },
  covid_test:          { healthOrId: true },
  vaccination:         { healthOrId: true },
  prescriptions:       { healthOrId: true },
  health_other:        { healthOrId: true },
  biometric:           { healthOrId: true },
  name:                { healthOrId: false },
  date_of_birth:       { healthOrId: false },
  email:               { healthOrId: false },
  phone:               { healthOrId: false },
  address:             { healthOrId: false },
  password:            { healthOrId: false },
  financial:           { healthOrId: false },
  photo:               { healthOrId: false },
  other:               { healthOrId: false },
} as const satisfies Readonly<Record<string, DataClassDecisions>>;

export type DataClass = keyof typeof DATA_CLASS;

export const DATA_CLASSES = Object.keys(DATA_CLASS) as readonly DataClass[];

const ORDER = new Map<string, number>(DATA_CLASSES.map((c, i) => [c, i]));

export function isDataClass(value: unknown): value is DataClass {
  return typeof value === 'string' && Object.hasOwn(DATA_CLASS, value);
}

/** True when any of the classes is health data or an identity number (DataClassDecisions.healthOrId). */
export function isHealthOrId(classes: readonly DataClass[]): boolean {
  return classes.some((c) => DATA_CLASS[c].healthOrId);
}

const HIBP_MAP: Readonly<Record<string, string>> = vocabulary.hibp;

/** Our class for one HIBP DataClasses string; strings HIBP adds later fall back to 'other'. */
export function mapHibpDataClass(hibpClass: string): DataClass {
  const mapped = Object.prototype.hasOwnProperty.call(HIBP_MAP, hibpClass) ? HIBP_MAP[hibpClass] : undefined;
  return isDataClass(mapped) ? mapped : 'other';
}

/** Deduplicated and in vocabulary order, so equal sets always serialise the same way. */
export function normaliseClasses(classes: Iterable<DataClass>): DataClass[] {
  return [...new Set(classes)].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
