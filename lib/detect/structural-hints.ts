// Evidence from a control's shape rather than its words: option lists (A/B/AB/O means blood type; male/female
// means sex), declared digit counts (16 digits: NIK/KK; 13: BPJS), and file types (DICOM means imaging).
// Every regular expression here is anchored and free of nested quantifiers, and runs on short strings.
import { tokenize } from './tokenize';
import type { FieldDescriptor } from './field-descriptor';
import { mentions } from './match-text';
import type { Vocabulary } from './vocabulary';

const BLOOD_OPTION =
  /^(a|b|ab|o)\s?(\+|-|−|rh\s?\+|rh\s?-|pos|neg|positif|negatif|positive|negative|rh\s?pos|rh\s?neg)?$/;
const MAX_OPTIONS = 80;

export type OptionsSay = 'blood' | 'sex' | 'informant' | 'never' | 'rating' | 'conditions' | 'yesno' | null;

/** Answers of a yes/no question (a placeholder option such as "-- Pilih --" aside). */
const YES_NO_WORDS = new Set([
  'ya',
  'tidak',
  'yes',
  'no',
  'y',
  'n',
  't',
  'ada',
  'tidak ada',
  'pernah',
  'tidak pernah',
  'belum',
  'belum pernah',
  'sudah',
  'none',
  'unknown',
  'tidak tahu',
  'not sure',
  'ragu',
  // "N/A / YES / NO" (OpenEMR's review of systems): not asked is no answer about what the question names.
  'n a',
  'na',
  'not applicable',
]);

const SEX_WORDS = new Set([
  'male',
  'female',
  'laki',
  'lakilaki',
  'pria',
  'wanita',
  'perempuan',
  'lelaki',
  'man',
  'woman',
  'm',
  'f',
  'l',
  'p',
  'masculino',
  'femenino',
  'homme',
  'femme',
  'mannlich',
  'weiblich',
  'nam',
  'nu',
]);
/** A satisfaction or agreement scale: an opinion, not a health answer. */
const RATING_WORDS = new Set([
  'puas',
  'setuju',
  'sangat',
  'cukup',
  'kurang',
  'lambat',
  'cepat',
  'ramah',
  'satisfied',
  'dissatisfied',
  'agree',
  'disagree',
  'excellent',
  'poor',
  'fair',
  'neutral',
  'netral',
  'likely',
  'unlikely',
  'memuaskan',
  'bintang',
  'stars',
]);
const NEVER_WORDS = new Set([
  'islam',
  'kristen',
  'katolik',
  'protestan',
  'hindu',
  'buddha',
  'budha',
  'konghucu',
  'christian',
  'muslim',
  'belum',
  'kawin',
  'menikah',
  'cerai',
  'single',
  'married',
  'divorced',
  'widowed',
  'bujang',
  'janda',
  'duda',
  // The levels of an office visit in a CPT list ("99212 Established - Uncomplicated", "99213 Established - Low
  // Complexity", as OpenEMR's encounter forms offer them) bill the visit: they say nothing of the person's health.
  'uncomplicated',
  'complexity',
]);

/**
 * Who told the history: the patient (auto-), a relative (allo-, hetero-). It says nothing of the person's health:
 * "Data Subjektif: Autoanamnesa / Alloanamnesa" on a puskesmas assessment is how the history was taken. Real
 * systems spell it every way (SIMRS Khanza-style forms write "Aloanamnesis", others "Autoanamnese").
 */
const INFORMANT_WORDS = new Set([
  'autoanamnesa',
  'alloanamnesa',
  'aloanamnesa',
  'heteroanamnesa',
  'autoanamnesis',
  'alloanamnesis',
  'aloanamnesis',
  'heteroanamnesis',
  'autoanamnese',
  'alloanamnese',
  'aloanamnese',
  'heteroanamnese',
]);

/** What a select's options, or a group's captions, say about the field. */
export function optionsSay(options: readonly string[], voc: Vocabulary): OptionsSay {
  if (options.length === 0) return null;
  const blood = new Set<string>();
  let sex = 0;
  let never = 0;
  let informant = 0;
  let conditions = 0;
  let rating = 0;
  let yesNo = 0;
  let answers = 0;
  let counted = 0;
  for (const raw of options) {
    if (counted++ >= MAX_OPTIONS) break;
    const text = raw.trim().toLowerCase();
    if (text.length === 0 || text.length > 60) continue;
    const m = BLOOD_OPTION.exec(text.replace(/^(gol(ongan)?\.?\s*|type\s|group\s)/, ''));
    if (m) blood.add(m[1]!);
    const tokens = tokenize(text, voc.aliases);
    const joined = tokens.join('');
    if (tokens.length > 0 && tokens.length <= 2 && (SEX_WORDS.has(joined) || SEX_WORDS.has(tokens[0]!))) sex++;
    if (tokens.length > 0 && tokens.some((t) => INFORMANT_WORDS.has(t))) informant++;
    if (tokens.length > 0 && tokens.some((t) => NEVER_WORDS.has(t) || INFORMANT_WORDS.has(t))) never++;
    if (tokens.length > 0 && tokens.some((t) => RATING_WORDS.has(t))) rating++;
    if (text.length >= 3 && mentions(text, voc, 'conditions')) conditions++;
    if (!/^[-–—\s]*(pilih|select|choose|please)/.test(text)) {
      answers++;
      if (YES_NO_WORDS.has(tokens.join(' '))) yesNo++;
    }
  }
  if (blood.size >= 3) return 'blood';
  if (sex >= 2 && sex >= options.length - 2) return 'sex';
  if (informant >= 2 && informant === answers) return 'informant';
  if (never >= 2) return 'never';
  if (rating >= 2) return 'rating';
  if (conditions >= 2) return 'conditions';
  if (yesNo >= 2 && yesNo === answers) return 'yesno';
  return null;
}

const PATTERN_DIGITS = /^\^?(?:\\d|\[0-9\])\{(\d{1,3})(?:,(\d{1,3}))?\}\$?$/;
const NUMERIC_TYPES = new Set(['number', 'tel']);
const NUMERIC_MODES = new Set(['numeric', 'decimal', 'tel']);

/** How many digits the control declares it takes (pattern, maxlength with a numeric keyboard), or -1. */
export function declaredDigits(d: FieldDescriptor): number {
  if (d.pattern.length > 0 && d.pattern.length < 40) {
    const m = PATTERN_DIGITS.exec(d.pattern.trim());
    if (m && (m[2] === undefined || m[2] === m[1])) return Number(m[1]);
  }
  const numeric =
    NUMERIC_TYPES.has(d.type) || NUMERIC_MODES.has(d.inputmode) || /^\^?(\\d|\[0-9\])[*+]\$?$/.test(d.pattern.trim());
  if (d.maxLength > 0 && (numeric || d.maxLength === 16 || d.maxLength === 13)) return d.maxLength;
  return -1;
}

/** The file types a file input accepts say it takes medical images. */
export function acceptsImaging(accept: string): boolean {
  const a = accept.toLowerCase();
  return a.includes('dicom') || a.includes('.dcm') || a.includes('.nii') || a.includes('.dicom');
}

/** The file input takes documents or pictures (where a scan of a card or a lab report would go). */
export function acceptsDocuments(accept: string): boolean {
  if (accept.trim().length === 0) return true;
  const a = accept.toLowerCase();
  return a.includes('image') || a.includes('pdf') || a.includes('.jp') || a.includes('.png') || a.includes('.heic');
}

/** Placeholders that spell a date format: DD/MM/YYYY, yyyy-mm-dd, MM-DD-YYYY, tgl/bln/thn, jj/mm/aaaa. */
export const DATE_FORMAT =
  /^(?:dd|mm|yyyy|yy|hh|tt|bb|jj|aaaa|tgl|bln|thn)(?:[\s./-]{1,3}(?:dd|mm|yyyy|yy|hh|tt|bb|jj|aaaa|tgl|bln|thn)){2}$/i;
/** Patterns that spell one: \d{2}/\d{2}/\d{4}, [0-9]{4}-[0-9]{2}-[0-9]{2}. */
export const DATE_PATTERN = /^\^?(?:\\d|\[0-9\])\{[24]\}.{1,4}(?:\\d|\[0-9\])\{2\}.{1,4}(?:\\d|\[0-9\])\{[24]\}\$?$/;

/** The control says it takes a date (by its placeholder or pattern), whatever its label also mentions. */
export function declaresDateFormat(d: FieldDescriptor): boolean {
  const p = d.placeholder.trim();
  if (p.length > 0 && p.length <= 20 && DATE_FORMAT.test(p)) return true;
  const pattern = d.pattern.trim();
  return pattern.length > 0 && pattern.length <= 60 && DATE_PATTERN.test(pattern);
}
