// The one closed set of field kinds (../shared/CONTRACTS.md §1). Everything keyed by kind is a
// `Record<FieldKind, …>`, so adding a kind here fails to compile until every map handles it.

export const FIELD_KINDS = [
  'national_id',
  'family_card',
  'health_insurance_id',
  'medical_record_number',
  'tax_id',
  'passport',
  'diagnosis_or_condition',
  'medication',
  'allergy',
  'blood_type',
  'lab_or_imaging_result',
  'health_history',
  'other_health',
  'date_of_birth',
] as const;

export type FieldKind = (typeof FIELD_KINDS)[number];

export type Sensitivity = 'special' | 'personal';

export const SENSITIVITY: Readonly<Record<FieldKind, Sensitivity>> = {
  national_id: 'special',
  family_card: 'special',
  health_insurance_id: 'special',
  medical_record_number: 'special',
  tax_id: 'special',
  passport: 'special',
  diagnosis_or_condition: 'special',
  medication: 'special',
  allergy: 'special',
  blood_type: 'special',
  lab_or_imaging_result: 'special',
  health_history: 'special',
  other_health: 'special',
  date_of_birth: 'personal',
};

/** Identity numbers, as opposed to health answers: the pre-submit check and the notice word them differently. */
export const IS_IDENTIFIER: Readonly<Record<FieldKind, boolean>> = {
  national_id: true,
  family_card: true,
  health_insurance_id: true,
  medical_record_number: true,
  tax_id: true,
  passport: true,
  diagnosis_or_condition: false,
  medication: false,
  allergy: false,
  blood_type: false,
  lab_or_imaging_result: false,
  health_history: false,
  other_health: false,
  date_of_birth: false,
};

export function isFieldKind(value: unknown): value is FieldKind {
  return typeof value === 'string' && (FIELD_KINDS as readonly string[]).includes(value);
}
