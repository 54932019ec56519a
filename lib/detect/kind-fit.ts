// Which kinds a control can hold at all: a radio button cannot hold a NIK, a date picker cannot hold a diagnosis.
import type { FieldKind } from '../kinds/field-kinds';

const TEXTUAL = new Set(['text', 'search', 'tel', 'number', '', 'textarea', 'contenteditable']);
const CHOICE = new Set(['select', 'radio', 'checkbox']);
const DATES = new Set(['date', 'datetime-local', 'month']);

/** Input types that never hold a sensitive field. */
export const NEVER_TYPES = new Set([
  'password',
  'email',
  'url',
  'color',
  'hidden',
  'submit',
  'button',
  'reset',
  'image',
  'time',
  'week',
]);

type Fit = (type: string, splitDate: boolean) => boolean;

const identifier: Fit = (t) => TEXTUAL.has(t);
const identifierOrScan: Fit = (t) => TEXTUAL.has(t) || t === 'file';
const answer: Fit = (t) => TEXTUAL.has(t) || CHOICE.has(t) || t === 'range';
const datedAnswer: Fit = (t) => answer(t, false) || DATES.has(t);

export const KIND_FITS: Readonly<Record<FieldKind, Fit>> = {
  national_id: identifierOrScan,
  family_card: identifierOrScan,
  health_insurance_id: identifierOrScan,
  medical_record_number: identifier,
  tax_id: identifierOrScan,
  passport: identifierOrScan,
  diagnosis_or_condition: answer,
  medication: (t) => answer(t, false) || t === 'file',
  allergy: answer,
  blood_type: (t) => TEXTUAL.has(t) || CHOICE.has(t),
  lab_or_imaging_result: (t) => TEXTUAL.has(t) || t === 'file' || t === 'select',
  health_history: (t) => datedAnswer(t, false) || t === 'file',
  other_health: datedAnswer,
  date_of_birth: (t, split) =>
    split || t === 'text' || t === 'tel' || t === 'number' || t === '' || t === 'select' || DATES.has(t),
};
