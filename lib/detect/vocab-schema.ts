// The shape of a vocabulary file (lib/detect/vocab/<language>.json) and its validation. Adding a language is
// adding a file: the loader globs the folder, and test/unit/detect/vocab.test.ts validates every file.
import { FIELD_KINDS, type FieldKind } from '../kinds/field-kinds';

export interface KindPhrases {
  /** Phrases that name the kind on their own. */
  strong: string[];
  /** Phrases that name it only in a health context (a clinic page, a form with other health fields). */
  weak: string[];
}

/**
 * Words that name identifier schemes, read by the identifier recogniser (lib/ids/label/phrases.ts) from a field's
 * label with the same tokenizer and aliases as detection; detection does not read them. Scheme ids and kinds are
 * checked against lib/ids's registry by test/unit/ids/data.test.ts (lib/detect does not import lib/ids).
 * Names of numbers of a country without a language file of its own (Dutch, Hindi) are in en.json.
 */
export interface IdentifierWords {
  /** Scheme id (`id.nik`) → phrases naming it; weak ones count only when no strong phrase names a scheme. */
  schemes: Record<string, KindPhrases>;
  /** Identifier kind → phrases naming it without a scheme ("nomor identitas", "insurance"). Optional. */
  kinds?: Record<string, string[]>;
  /** Phrases asking for something that is no identifier (a card, phone, order number, OTP, amount, date). Optional. */
  notIdentifier?: string[];
}

export interface VocabFile {
  language: string;
  name: string;
  sources: string[];
  /** canonical token → spelling variants mapped onto it (`no` ← `nomor`, `number`). Single tokens only. */
  aliases: Record<string, string[]>;
  kinds: Record<FieldKind, KindPhrases>;
  /** Phrases that are never sensitive fields; they veto positives they overlap (longest match wins). */
  negative: string[];
  /** Words that say a page or form is about health care. */
  context: string[];
  /** Condition names: a checklist of them is a conditions checklist. */
  conditions: string[];
  /** Captions of follow-up fields ("If yes, please specify") that take the kind of the question before them. */
  followUp: string[];
  /** Captions that name no topic of their own ("Notes", "Father", "Lainnya") and borrow their section's. */
  generic: string[];
  /**
   * Words that make a caption about an attribute of what it names (its date, time, cost, or consent to it):
   * "Jam Triase", "Tanggal Diagnosa", "Biaya Tindakan", "I consent to sharing my health data". Optional.
   */
  attributes?: string[];
  /**
   * Words that say a page or section is about ordinary software or devices ("Troubleshooting", "Bug report"),
   * where "symptoms", "diagnosis" and "history" are technical words. Optional.
   */
  technical?: string[];
  /**
   * Words that say a page or section keeps a catalogue (a medicine master, stock, inventory): the medicine, test or
   * diagnosis names in it are entries of the catalogue, not what a person has. Optional.
   */
  catalogue?: string[];
  /** Tokens naming the parts of a date split over several controls. */
  dateParts: { day: string[]; month: string[]; year: string[] };
  /** Identifier words (see IdentifierWords); every file has the section, empty or not, as lib/ids imports it. */
  identifiers: IdentifierWords;
}

const LIST_MAX_PHRASE_TOKENS = 8;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Returns the problems of one parsed vocabulary file (empty when valid). */
export function validateVocab(file: string, raw: unknown): string[] {
  const errors: string[] = [];
  const fail = (msg: string) => errors.push(`${file}: ${msg}`);
  if (typeof raw !== 'object' || raw === null) return [`${file}: not an object`];
  const v = raw as Partial<VocabFile>;
  if (typeof v.language !== 'string' || !/^[a-z]{2,3}$/.test(v.language)) fail('language must be an ISO 639 code');
  if (typeof v.name !== 'string' || v.name.length === 0) fail('name missing');
  if (!isStringList(v.sources) || v.sources.length === 0) fail('sources must list where the words come from');
  if (typeof v.aliases !== 'object' || v.aliases === null) fail('aliases missing');
  else {
    for (const [canonical, variants] of Object.entries(v.aliases)) {
      if (!isStringList(variants)) fail(`aliases.${canonical} must be a list`);
      else
        for (const a of [canonical, ...variants])
          if (!/^[\p{L}\p{N}]+$/u.test(a)) fail(`alias "${a}" is not one token`);
    }
  }
  const phrases: Array<[string, string]> = [];
  if (typeof v.kinds !== 'object' || v.kinds === null) fail('kinds missing');
  else {
    for (const kind of Object.keys(v.kinds))
      if (!(FIELD_KINDS as readonly string[]).includes(kind)) fail(`unknown kind ${kind}`);
    for (const kind of FIELD_KINDS) {
      const k = v.kinds[kind];
      if (!k || !isStringList(k.strong) || !isStringList(k.weak)) {
        fail(`kinds.${kind} needs strong and weak lists`);
        continue;
      }
      for (const p of [...k.strong, ...k.weak]) phrases.push([p, `kinds.${kind}`]);
    }
  }
  for (const key of ['negative', 'context', 'conditions', 'followUp', 'generic'] as const) {
    const list = v[key];
    if (!isStringList(list)) fail(`${key} must be a list of strings`);
    else for (const p of list) phrases.push([p, key]);
  }
  for (const key of ['attributes', 'technical', 'catalogue'] as const) {
    const list = v[key];
    if (list === undefined) continue;
    if (!isStringList(list)) fail(`${key} must be a list of strings`);
    else for (const p of list) phrases.push([p, key]);
  }
  const ids = v.identifiers;
  if (typeof ids !== 'object' || ids === null || typeof ids.schemes !== 'object' || ids.schemes === null)
    fail('identifiers.schemes missing');
  else {
    for (const [scheme, k] of Object.entries(ids.schemes)) {
      if (!k || !isStringList(k.strong) || !isStringList(k.weak))
        fail(`identifiers.schemes.${scheme} needs strong and weak lists`);
      else for (const p of [...k.strong, ...k.weak]) phrases.push([p, `identifiers.schemes.${scheme}`]);
    }
    for (const [kind, list] of Object.entries(ids.kinds ?? {})) {
      if (!(FIELD_KINDS as readonly string[]).includes(kind)) fail(`identifiers.kinds: unknown kind ${kind}`);
      if (!isStringList(list)) fail(`identifiers.kinds.${kind} must be a list of strings`);
      else for (const p of list) phrases.push([p, `identifiers.kinds.${kind}`]);
    }
    if (ids.notIdentifier !== undefined && !isStringList(ids.notIdentifier))
      fail('identifiers.notIdentifier must be a list of strings');
    else for (const p of ids.notIdentifier ?? []) phrases.push([p, 'identifiers.notIdentifier']);
  }
  const dp = v.dateParts;
  if (!dp || !isStringList(dp.day) || !isStringList(dp.month) || !isStringList(dp.year))
    fail('dateParts needs day, month, year');
  const seen = new Map<string, string>();
  for (const [p, where] of phrases) {
    if (p !== p.trim() || p.length === 0) fail(`${where}: "${p}" has stray spaces`);
    if (p !== p.toLowerCase()) fail(`${where}: "${p}" must be lower case`);
    if (/[.,;:!?()[\]{}"'*\\]/.test(p)) fail(`${where}: "${p}" has punctuation (write tokens separated by spaces)`);
    if (p.split(' ').length > LIST_MAX_PHRASE_TOKENS) fail(`${where}: "${p}" is too long`);
    const key = `${where.startsWith('kinds') || where === 'negative' ? 'class' : where}:${p}`;
    const before = seen.get(key);
    if (before !== undefined) fail(`"${p}" appears in both ${before} and ${where}`);
    seen.set(key, where);
  }
  return errors;
}
