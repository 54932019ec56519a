// The closed vocabulary of breached data classes, and the mapping from Have I Been Pwned's DataClasses strings.
// The vocabulary is ours (HIBP's 150+ strings are too fine-grained and say nothing about Indonesian identifiers);
// the mapping table is data (data/data-classes.json) and a test checks it against this list.
import vocabulary from './data/data-classes.json';

export const DATA_CLASSES = [
  'national_id',
  'family_card',
  'passport',
  'tax_id',
  'health_insurance_id',
  'medical_record',
  'diagnosis',
  'lab_or_imaging',
  'covid_test',
  'vaccination',
  'prescriptions',
  'health_other',
  'biometric',
  'name',
  'date_of_birth',
  'email',
  'phone',
  'address',
  'password',
  'financial',
  'photo',
  'other',
] as const;

export type DataClass = (typeof DATA_CLASSES)[number];

const KNOWN: ReadonlySet<string> = new Set(DATA_CLASSES);
const ORDER = new Map<string, number>(DATA_CLASSES.map((c, i) => [c, i]));

export function isDataClass(value: unknown): value is DataClass {
  return typeof value === 'string' && KNOWN.has(value);
}

/** Classes that make a breach matter for health and identity data (ID numbers, health records, biometrics). */
export const HEALTH_OR_ID_CLASSES: ReadonlySet<DataClass> = new Set(vocabulary.healthOrId.filter(isDataClass));

/** True when any of the classes is health data or an identity number. */
export function isHealthOrId(classes: readonly DataClass[]): boolean {
  return classes.some((c) => HEALTH_OR_ID_CLASSES.has(c));
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
