// The one closed set of field kinds (../shared/CONTRACTS.md §1). Every decision about a kind sits in KINDS below,
// one row per kind, so adding a kind fails to compile until someone decides how it behaves; the other maps and
// sets keyed by kind are derived from it (or are themselves `Record<FieldKind, …>`).

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

export interface KindDecisions {
  sensitivity: Sensitivity;
  /** An identity number, as opposed to a health answer: the pre-submit check and the notice word them differently. */
  identifier: boolean;
  /** Shows a page is about health care (an ID number alone does not): enough of them lend context to weak labels. */
  medical: boolean;
  /** A free-text field right after one of this kind, with no topic of its own, asks more about it ("Sebutkan…"). */
  followUp: boolean;
  /** A section heading can give this kind to a neutrally labelled field ("Family history › Father"). */
  section: boolean;
  /** A search box counts only when it asks for this kind ("Cari No. RM", "16 digit NIK"), never for a topic. */
  searchable: boolean;
  /** A select's answers can name this kind (Compos Mentis / Somnolen…); a choice of test or modality is an order,
   * not a result, so lab_or_imaging_result is never read from options. */
  options: boolean;
  /** A yes/no question can ask about it ("Do you smoke?", "Are you pregnant?", "Any allergies?"). */
  yesNo: boolean;
  /** Digit counts that back up a weakly named field of this kind (13 digits + "No. Kartu" = a BPJS card). */
  digits: readonly number[];
}

// One row per kind, aligned so a column reads down (prettier would break each row over nine lines).
// prettier-ignore
export const KINDS: Readonly<Record<FieldKind, KindDecisions>> = {
  national_id:            { sensitivity: 'special',  identifier: true,  medical: false, followUp: false, section: false, searchable: true,  options: false, yesNo: false, digits: [16, 12, 9] },
  family_card:            { sensitivity: 'special',  identifier: true,  medical: false, followUp: false, section: false, searchable: true,  options: false, yesNo: false, digits: [16, 15] },
  health_insurance_id:    { sensitivity: 'special',  identifier: true,  medical: true,  followUp: false, section: false, searchable: true,  options: false, yesNo: false, digits: [13, 14, 10] },
  medical_record_number:  { sensitivity: 'special',  identifier: true,  medical: true,  followUp: false, section: false, searchable: true,  options: false, yesNo: false, digits: [] },
  tax_id:                 { sensitivity: 'special',  identifier: true,  medical: false, followUp: false, section: false, searchable: true,  options: false, yesNo: false, digits: [16, 15] },
  passport:               { sensitivity: 'special',  identifier: true,  medical: false, followUp: false, section: false, searchable: true,  options: false, yesNo: false, digits: [] },
  diagnosis_or_condition: { sensitivity: 'special',  identifier: false, medical: true,  followUp: true,  section: true,  searchable: false, options: true , yesNo: true , digits: [] },
  medication:             { sensitivity: 'special',  identifier: false, medical: true,  followUp: true,  section: true,  searchable: false, options: true , yesNo: true , digits: [] },
  allergy:                { sensitivity: 'special',  identifier: false, medical: true,  followUp: true,  section: true,  searchable: false, options: true , yesNo: true , digits: [] },
  blood_type:             { sensitivity: 'special',  identifier: false, medical: true,  followUp: false, section: false, searchable: false, options: false, yesNo: false, digits: [] },
  lab_or_imaging_result:  { sensitivity: 'special',  identifier: false, medical: true,  followUp: false, section: true,  searchable: false, options: false, yesNo: false, digits: [] },
  health_history:         { sensitivity: 'special',  identifier: false, medical: true,  followUp: true,  section: true,  searchable: false, options: true , yesNo: true , digits: [] },
  other_health:           { sensitivity: 'special',  identifier: false, medical: true,  followUp: true,  section: true,  searchable: false, options: true , yesNo: true , digits: [] },
  date_of_birth:          { sensitivity: 'personal', identifier: false, medical: false, followUp: false, section: false, searchable: true,  options: false, yesNo: false, digits: [] },
};

/** The kinds for which `decision` holds, in FIELD_KINDS order. */
export function kindsWhere(decision: (d: KindDecisions) => boolean): ReadonlySet<FieldKind> {
  return new Set(FIELD_KINDS.filter((k) => decision(KINDS[k])));
}

function column<T>(pick: (d: KindDecisions) => T): Readonly<Record<FieldKind, T>> {
  return Object.fromEntries(FIELD_KINDS.map((k) => [k, pick(KINDS[k])])) as Record<FieldKind, T>;
}

export const SENSITIVITY: Readonly<Record<FieldKind, Sensitivity>> = column((d) => d.sensitivity);

export const IS_IDENTIFIER: Readonly<Record<FieldKind, boolean>> = column((d) => d.identifier);

export function isFieldKind(value: unknown): value is FieldKind {
  return typeof value === 'string' && (FIELD_KINDS as readonly string[]).includes(value);
}
