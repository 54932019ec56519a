// One text (a label, a placeholder, an id) against the vocabulary: which kinds it names, and whether it names
// something that is never sensitive. Overlapping matches are resolved longest-first, and a negative beats a
// positive of the same length: "NIK karyawan" is an employee number, "No. Kartu Kredit" a payment card,
// while "No. Polisi Insurans" keeps its positive over the shorter negative "No. Polisi".
import { kindsWhere, type FieldKind } from '../kinds/field-kinds';
import { UNSPACED_SCRIPT, type PhraseMatch } from './phrase-index';
import { foldText, tokenize } from './tokenize';
import type { Vocabulary } from './vocabulary';

export interface TextHit {
  kind: FieldKind;
  weak: boolean;
  /** Position of the match, for tie-breaking by reading order. */
  start: number;
  /** Token after the match (-1 for a substring match in a script without spaces). */
  end: number;
  /** The phrase's canonical tokens. */
  tokens: readonly string[];
}

export interface TextMatch {
  hits: TextHit[];
  /** A never-sensitive phrase survived (the text names a name, a phone number, a card…). */
  negative: boolean;
  /** Canonical tokens of the surviving negative phrases. */
  negatives: Array<readonly string[]>;
}

const IDENTIFIER_KINDS = kindsWhere((d) => d.identifier);
/** Words that may stand before a bare "ID" without making it something else's key ("No. ID", "Your ID"). */
const KEY_LEADS = new Set(['no', 'your', 'my', 'the', 'of', 'nomor', 'anda']);

/**
 * A bare weak "ID" after another word the vocabulary does not take in is that thing's record key: "Education
 * ID", "Patient Type ID", "Bed ID", `registrasi_id`, `parent_id` name a row of another table (a foreign key in a
 * generated form), not an identity document. Strong phrases ("National ID", "ID Pasien") are unaffected.
 */
function isRecordKey(h: TextHit, tokens: readonly string[], all: readonly PhraseMatch[]): boolean {
  if (!h.weak || h.tokens.length !== 1 || h.tokens[0] !== 'id' || h.start < 0) return false;
  if (!IDENTIFIER_KINDS.has(h.kind)) return false;
  // Head first, as Indonesian and Malay write it ("ID Obat", `id_diagnosa`): the key of the health topic named
  // right after it, which the field then is; an identifier after it ("ID BPJS") keeps the ID that scheme's.
  if (h.start === 0)
    return all.some((m) => m.start === 1 && m.phrase.kind !== null && !IDENTIFIER_KINDS.has(m.phrase.kind));
  const before = tokens[h.start - 1]!;
  if (KEY_LEADS.has(before) || /^\d+$/.test(before)) return false;
  return !all.some((m) => m.start >= 0 && m.start < h.start && m.end > h.start - 1 && m.phrase.kind !== null);
}

const EMPTY: TextMatch = { hits: [], negative: false, negatives: [] };
const MAX_MATCHES = 64;
const CONTAIN_MIN = 6;
const CONTAIN_HOST_MIN = 7;
const CONTAIN_MAX = 24;

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  if (a.start < 0 || b.start < 0) return a.start < 0 && b.start < 0;
  return a.start < b.end && b.start < a.end;
}

/** Offsets in the joined tokens where one token ends and the next begins (both ends included). */
function cuts(tokens: readonly string[]): Set<number> {
  const out = new Set<number>([0]);
  let at = 0;
  for (const t of tokens) out.add((at += t.length));
  return out;
}

function endsWord(host: string, end: number, bounds: Set<number>): boolean {
  return bounds.has(end) || (host.charCodeAt(end) === 115 && bounds.has(end + 1)); // 115: "s"
}

/** Identifier spellings run together: `noktp`, `tgllahir`, and (when nothing else matched) `txtnoktppasien`. */
function matchCompact(tokens: readonly string[], voc: Vocabulary, out: PhraseMatch[]): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.length < 3) continue;
    const p = voc.compact.get(t);
    if (p && p.tokens.length > 1) out.push({ phrase: p, start: i, end: i + 1 });
  }
  const joined = n > 1 ? tokens.join('') : '';
  if (joined.length >= 3 && joined.length <= 60) {
    const p = voc.compact.get(joined);
    if (p) out.push({ phrase: p, start: 0, end: n });
  }
  if (out.length > 0) return;
  const hosts: Array<[string, number, number, Set<number> | null]> = [];
  for (let i = 0; i < n; i++) if (tokens[i]!.length >= CONTAIN_HOST_MIN) hosts.push([tokens[i]!, i, i + 1, null]);
  if (joined.length >= CONTAIN_HOST_MIN && joined.length <= 60 && n > 1) hosts.push([joined, 0, n, cuts(tokens)]);
  for (const [host, start, end, bounds] of hosts) {
    for (let i = 0; i + CONTAIN_MIN <= host.length; i++) {
      for (let k = Math.min(CONTAIN_MAX, host.length - i); k >= CONTAIN_MIN; k--) {
        // Where the page split the name into words (`generalPatientNote`), a phrase must end where a word ends
        // (or before a plural s): `patientno` inside `patient|note` is not "patient no". It may start inside
        // a word, after a glued prefix (`txtno|ktp`, `ber|kebutuhan|khusus`).
        if (bounds && !endsWord(host, i + k, bounds)) continue;
        const p = voc.compact.get(host.slice(i, i + k));
        // Only phrases of several words run together (`noktp`, `riwayatalergi`) or long single words: a
        // short word inside another (`rawatan` in `perawatan`) is a different word.
        if (p && p.size >= CONTAIN_MIN && (p.tokens.length > 1 || p.size >= 8)) {
          out.push({ phrase: p, start, end });
          i += k - 1;
          break;
        }
      }
      if (out.length >= MAX_MATCHES) return;
    }
  }
}

export function matchText(text: string, voc: Vocabulary, identifier = false): TextMatch {
  if (text.length === 0) return EMPTY;
  const tokens = tokenize(text, voc.aliases, identifier);
  const folded = UNSPACED_SCRIPT.test(text) ? foldText(text) : '';
  if (tokens.length === 0 && folded.length === 0) return EMPTY;
  const matches: PhraseMatch[] = [];
  voc.classes.match(tokens, folded, matches);
  if (identifier) matchCompact(tokens, voc, matches);
  if (matches.length === 0) return EMPTY;
  const list = matches.length > MAX_MATCHES ? matches.slice(0, MAX_MATCHES) : matches;
  const hits: TextHit[] = [];
  const negatives: Array<readonly string[]> = [];
  let negative = false;
  let head: PhraseMatch | null = null;
  let tail: PhraseMatch | null = null;
  for (const m of list) {
    let beaten = false;
    for (const o of list) {
      if (o === m || !overlaps(o, m)) continue;
      if (
        o.phrase.size > m.phrase.size ||
        (o.phrase.size === m.phrase.size && o.phrase.kind === null && m.phrase.kind !== null)
      ) {
        beaten = true;
        break;
      }
    }
    if (beaten) continue;
    if (m.start >= 0 && (head === null || m.start < head.start)) head = m;
    if (m.start >= 0 && (tail === null || m.end > tail.end)) tail = m;
    if (m.phrase.kind === null) {
      negative = true;
      negatives.push(m.phrase.tokens);
    } else {
      const hit = { kind: m.phrase.kind, weak: m.phrase.weak, start: m.start, end: m.end, tokens: m.phrase.tokens };
      if (!isRecordKey(hit, tokens, list)) hits.push(hit);
    }
  }
  // A caption that opens with something never sensitive is about that thing: "Nama (sesuai KTP)",
  // "Full name (as in NRIC)", "Alamat email untuk hasil lab". Later mentions only qualify it. A word or two
  // that name nothing may come first: "First / Given name (as in passport)", "Legal name (as on ID)".
  // A search verb is no such word: "Cari nama pasien / nomor rekam medik" searches by either.
  if (
    !identifier &&
    head !== null &&
    head.phrase.kind === null &&
    (head.start === 0 || (head.start <= LEADING_WORDS && !SEARCH_VERB.test(text)))
  ) {
    const end = head.end;
    return { hits: hits.filter((h) => h.start >= 0 && h.start < end), negative, negatives };
  }
  // An English noun phrase ends with what it names: "BPJS Insurance Name", "Medicare card holder's
  // address" are a name and an address. Only one unbroken phrase counts ("NIK / Nama" asks for either).
  if (
    !identifier &&
    tail !== null &&
    tail.phrase.kind === null &&
    tail.end === tokens.length &&
    tail.phrase.tokens.length > 1 &&
    tokens.length <= MAX_TAIL_PHRASE &&
    !LIST_MARKS.test(text)
  )
    return { hits: hits.filter((h) => h.start >= tail.start), negative, negatives };
  return { hits: identifier ? hits : scopeHistory(hits), negative, negatives };
}

const MAX_TAIL_PHRASE = 5;
/** A caption that opens with a search verb ("Cari nama, ID, telefon atau penyakit…", "Search by name or MRN"). */
export const SEARCH_VERB = /^\s*(cari|carian|search|find|telusuri|filter|buscar)\b/i;
/** Words that may stand before the phrase a caption opens with ("First / Given name"). */
const LEADING_WORDS = 2;
/** Marks that join two captions into one ("NIK / Nama", "MRN or name", "No. RM, nama"). */
const LIST_MARKS = /[/,;|()&+]|\b(or|and|atau|dan|ou|y|o)\b/i;

/**
 * Conditions named after a history phrase are what the history is about: "Pernah didiagnosis … penyakit jantung,
 * diabetes?" and "History of asthma" ask for past illnesses, not for today's diagnosis.
 */
function scopeHistory(hits: TextHit[]): TextHit[] {
  let from = Infinity;
  for (const h of hits) if (h.kind === 'health_history' && !h.weak && h.start >= 0 && h.start < from) from = h.start;
  if (from === Infinity) return hits;
  return hits.filter((h) => h.kind !== 'diagnosis_or_condition' || h.start < from);
}

/**
 * The caption is about an attribute of what it names: a date, time, cost or consent word ("Jam Triase",
 * "Tanggal Diagnosa", "Biaya Tindakan", "I consent to sharing my health data") that no matched phrase takes in
 * ("Tanggal Lahir" and "Tgl. HPHT" are phrases of their own, so the date is what they name).
 */
export function namesAttribute(text: string, m: TextMatch, voc: Vocabulary, identifier = false): boolean {
  if (m.hits.length === 0 || text.length === 0 || text.length > 200) return false;
  // A date of birth is a date: "Date of Birth — Date" names it twice.
  if (m.hits.some((h) => h.kind === 'date_of_birth')) return false;
  const tokens = tokenize(text, voc.aliases, identifier);
  const out: PhraseMatch[] = [];
  voc.attributes.match(tokens, '', out);
  return out.some((a) => a.start >= 0 && !m.hits.some((h) => h.start >= 0 && h.start < a.end && a.start < h.end));
}

/**
 * The caption is nothing but an attribute word ("Waktu :", "Tanggal", "Biaya"): it names the field's own
 * attribute, so it is not a caption without a topic that could borrow its section's ("Riwayat Transfusi").
 */
export function onlyAttribute(text: string, voc: Vocabulary): boolean {
  if (text.length === 0 || text.length > 60) return false;
  const tokens = tokenize(text, voc.aliases);
  if (tokens.length === 0) return false;
  const out: PhraseMatch[] = [];
  voc.attributes.match(tokens, '', out);
  const covered = new Set<number>();
  for (const a of out) for (let i = a.start; i < a.end; i++) covered.add(i);
  return tokens.every((_t, i) => covered.has(i));
}

/** Whether a text holds any of the index's phrases (context words, condition names, technical or catalogue words). */
export function mentions(
  text: string,
  voc: Vocabulary,
  which: 'context' | 'conditions' | 'technical' | 'catalogue',
): boolean {
  if (text.length === 0) return false;
  const tokens = tokenize(text, voc.aliases);
  const folded = UNSPACED_SCRIPT.test(text) ? foldText(text) : '';
  const out: PhraseMatch[] = [];
  voc[which].match(tokens, folded, out);
  return out.length > 0;
}
