// descriptor → kind. String-only, so it is tested without a DOM. Signals are weighed together: what a person
// reads as the label counts most, then aria/placeholder/title, then the id and name split into words; option
// lists, declared digit counts and file types add structural evidence. Negatives are applied first, both per
// text (longest phrase wins) and per field (a label that says "Email" silences an id that says "nik").
import { KINDS, kindsWhere, type FieldKind } from '../kinds/field-kinds';
import type { FieldDescriptor } from './field-descriptor';
import { KIND_FITS, NEVER_TYPES } from './kind-fit';
import { SEARCH_VERB, matchText, mentions, namesAttribute, type TextMatch } from './match-text';
import { SECTION_KINDS, borrowsSection, sourcesOf, type Source } from './field-sources';
import { acceptsDocuments, acceptsImaging, declaredDigits, declaresDateFormat, optionsSay } from './structural-hints';
import { clinicalUnit } from './unit-words';
import { isGenericCaption, vocabulary, type Vocabulary } from './vocabulary';

export const ACCEPT_SCORE = 0.5;
/** What a yes/no question can ask about the person ("Do you smoke?", "Are you pregnant?", "Any allergies?"). */
export const YES_NO_KINDS = kindsWhere((d) => d.yesNo);
const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'time', 'week']);
/** Boxes a measure is typed into. */
export const MEASURE_TYPES = new Set(['text', 'number', '']);

/**
 * The box is written with a unit only a body is measured in, after it or as its whole placeholder: "TD [ ] / [ ]
 * mmHg", "N: [ ] x/menit", placeholder "/mnt". The unit is the box's own evidence of a clinical measure.
 */
function measuredInBodyUnit(d: FieldDescriptor): boolean {
  if (!MEASURE_TYPES.has(d.type) || d.members !== 1 || d.isSearch) return false;
  const p = d.placeholder.trim();
  return clinicalUnit(d.following) || (p.length > 0 && p.length <= 12 && !/\s/.test(p) && clinicalUnit(p));
}
const WEAK = 0.6;

/** autocomplete tokens that settle it: never a sensitive field. */
const AUTOCOMPLETE_NEVER = /^(cc-|one-time-code|current-password|new-password|username|email|tel|url|impp|webauthn)/;
/** autocomplete tokens that name something else (a name, an address…): weigh like a label saying so. */
const AUTOCOMPLETE_OTHER =
  /^(name|given-name|family-name|additional-name|honorific|nickname|street-address|address-|postal-code|country|organization|sex|language|photo|transaction-)/;

const IDENTIFIERS = kindsWhere((d) => d.identifier);
/** A search box counts only when it asks for an identifier ("Cari No. RM", "16 digit NIK"), never for a topic. */
const SEARCHABLE = kindsWhere((d) => d.searchable);

interface Tally {
  score: number;
  strong: boolean;
  /** Distinct sources that named the kind. */
  sources: number;
  lastSource: number;
  order: number;
  /** A primary source (the label as read) named it. */
  caption: boolean;
}

/** What a caption naming an attribute of a health topic amounts to: it names something never sensitive. */
const ATTRIBUTE: TextMatch = { hits: [], negative: true, negatives: [] };

let lastContextText = '';
let lastContext = false;

function hasMedicalContext(d: FieldDescriptor, voc: Vocabulary): boolean {
  if (d.medicalContext) return true;
  const text = `${d.heading} | ${d.legend} | ${d.pageTitle}`;
  if (text !== lastContextText) {
    lastContextText = text;
    lastContext =
      mentions(d.heading, voc, 'context') ||
      mentions(d.legend, voc, 'context') ||
      mentions(d.pageTitle, voc, 'context') ||
      namesHealthTopic(d.heading, voc) ||
      namesHealthTopic(d.legend, voc);
  }
  return lastContext;
}

/** The page title, the section heading or the group legend holds one of the list's phrases. */
function sectionMentions(d: FieldDescriptor, voc: Vocabulary, which: 'technical' | 'catalogue'): boolean {
  return mentions(d.pageTitle, voc, which) || mentions(d.heading, voc, which) || mentions(d.legend, voc, which);
}

/** Kinds whose words name the entries of a catalogue: a medicine, a test, a diagnosis code. */
const CATALOGUE_KINDS: ReadonlySet<FieldKind> = new Set([
  'medication',
  'lab_or_imaging_result',
  'diagnosis_or_condition',
]);

/** A heading or legend that names a health topic outright ("Add Allergy", "Riwayat Penyakit") sets the context. */
function namesHealthTopic(text: string, voc: Vocabulary): boolean {
  if (text.length === 0) return false;
  return matchText(text, voc).hits.some((h) => !h.weak && SECTION_KINDS.has(h.kind));
}

/** Kinds a list of options can name (a choice of test or modality is an order, not a result). */
const OPTION_KINDS = kindsWhere((d) => d.options);
const MAX_OPTIONS_READ = 40;
const PLACEHOLDER_OPTION = /^[\s\-–—.]*(pilih|select|choose|please|--)/i;

/**
 * The health kind a select's (or a choice group's) options name: at least half of its answers, two or more. It
 * is strong when half the answers name it strongly (Compos Mentis / Somnolen / Sopor); otherwise weak and, like
 * any weak word, it needs the page's health context ("Tablet / Sirup / Kapsul" on a shop stays silent). A list
 * where only some answers are clinical ("Umum / Anak / Kehamilan / Gigi") is a list of topics.
 */
function optionKind(d: FieldDescriptor, voc: Vocabulary): { kind: FieldKind; strong: boolean } | null {
  if (d.type !== 'select' && d.members < 2) return null;
  const strong = new Map<FieldKind, number>();
  const any = new Map<FieldKind, number>();
  let answers = 0;
  for (const o of d.options.slice(0, MAX_OPTIONS_READ)) {
    if (o.length === 0 || o.length > 80 || PLACEHOLDER_OPTION.test(o)) continue;
    answers++;
    const m = matchText(o, voc);
    if (m.negative) continue;
    const seen = new Set<FieldKind>();
    for (const h of m.hits) {
      if (!OPTION_KINDS.has(h.kind) || seen.has(h.kind)) continue;
      seen.add(h.kind);
      any.set(h.kind, (any.get(h.kind) ?? 0) + 1);
      if (!h.weak) strong.set(h.kind, (strong.get(h.kind) ?? 0) + 1);
    }
  }
  const enough = Math.max(2, Math.ceil(answers / 2));
  let best: { kind: FieldKind; strong: boolean; n: number } | null = null;
  for (const [kind, n] of any) {
    if (n < enough || (best && n <= best.n)) continue;
    best = { kind, strong: (strong.get(kind) ?? 0) >= enough, n };
  }
  return best;
}

function digitsFit(kind: FieldKind, digits: number): boolean {
  return KINDS[kind].digits.includes(digits);
}

/**
 * Only a length few other numbers have (13 to 16 digits: BPJS, NPWP, NIK, KK) makes a weak word strong. Nine, ten
 * and twelve digits are also the lengths of phone, loyalty and account numbers: "Membership number" over a
 * ten-digit box on an airline's sign-in is the frequent-flyer number, not an insurance card.
 */
const DISTINCT_DIGITS = 13;

/**
 * The negative's words all occur in the phrase, but not side by side: the caption names two things at once
 * ("tempat … lahir" inside "tempat tgl lahir"). A contiguous run is the same thing refined ("no polisi" in
 * "no polisi insurans"), which does not count.
 */
function splitWithin(negative: readonly string[], phrase: readonly string[]): boolean {
  if (!negative.every((t) => phrase.includes(t))) return false;
  const joined = ` ${phrase.join(' ')} `;
  return !joined.includes(` ${negative.join(' ')} `);
}

function add(
  tally: Map<FieldKind, Tally>,
  kind: FieldKind,
  score: number,
  strong: boolean,
  order: number,
  source = -1,
  caption = false,
): void {
  const t = tally.get(kind);
  if (!t) {
    tally.set(kind, { score, strong, sources: 1, lastSource: source, order, caption });
    return;
  }
  if (caption) t.caption = true;
  if (source < 0 || source !== t.lastSource) t.sources++;
  t.lastSource = source;
  if (score > t.score) t.score = score;
  if (strong) t.strong = true;
  if (order < t.order) t.order = order;
}

/** The kinds the field's own caption names (not its id, its section or its options). */
function captionKinds(results: ReadonlyArray<[Source, TextMatch]>): Set<FieldKind> {
  const kinds = new Set<FieldKind>();
  for (const [s, m] of results) if (s.primary && !s.identifier) for (const h of m.hits) kinds.add(h.kind);
  return kinds;
}

/** "ID", "ID No.", "Identifier number": an identifier that names no scheme. */
function namesNoScheme(tokens: readonly string[]): boolean {
  return tokens.every((t) => t === 'id' || t === 'no');
}

export interface Classification {
  kind: FieldKind;
  score: number;
  /** What a person reads as the label named the kind (not only the id, name, placeholder or context). */
  fromCaption: boolean;
}

/**
 * A box whose caption asks to search by several things, one of them never sensitive (a name, a phone number), is
 * a list's search box, however the page wrote it; "Search for a diagnosis" (an ICD picker) names nothing else
 * and stays a field of its own.
 */
function searchesRecords(d: FieldDescriptor, voc: Vocabulary): boolean {
  const caption = [d.placeholder, d.aria, d.label].find((t) => SEARCH_VERB.test(t));
  return caption !== undefined && caption.length <= 120 && matchText(caption, voc).negative;
}

/** The field's own caption (label, aria, or the text beside it) is a condition's name and little else. */
function captionNamesCondition(d: FieldDescriptor, voc: Vocabulary): boolean {
  const caption = [d.label, d.aria, d.inferredFar ? '' : d.inferred].find((t) => t.trim().length > 0) ?? '';
  return caption.length <= 80 && mentions(caption, voc, 'conditions');
}

export function classifyField(described: FieldDescriptor): Classification | null {
  if (NEVER_TYPES.has(described.type)) return null;
  const d =
    described.isSearch || !searchesRecords(described, vocabulary()) ? described : { ...described, isSearch: true };
  const ac = d.autocomplete.toLowerCase().trim().split(/\s+/).pop() ?? '';
  if (ac.length > 0 && AUTOCOMPLETE_NEVER.test(ac)) return null;
  const voc = vocabulary();
  const tally = new Map<FieldKind, Tally>();

  const results: Array<[Source, TextMatch]> = [];
  let primaryNegative = ac.length > 0 && AUTOCOMPLETE_OTHER.test(ac);
  let primaryPositive = false;
  const options = optionsSay(d.options, voc);
  // "Anamnesis: Autoanamnesis / Alloanamnesis" says who told the history, whatever the question's caption names.
  if (options === 'informant') return null;
  for (const s of sourcesOf(d, voc, options)) {
    if (s.weight === 0 || s.text.length === 0) continue;
    if (s.section && (primaryPositive || primaryNegative)) continue;
    let m = matchText(s.text, voc, s.identifier === true);
    if (m.hits.length === 0 && !m.negative) continue;
    // "Jam Triase", "Biaya Tindakan", "I consent to…": the field holds the time, the cost, the consent.
    if (namesAttribute(s.text, m, voc, s.identifier === true)) m = ATTRIBUTE;
    results.push([s, m]);
    if (s.primary && m.hits.length > 0) primaryPositive = true;
    // "Comments" is never sensitive on a contact form, but under "Add Allergy" it is the allergy's comments.
    if (s.primary && m.negative && m.hits.length === 0 && !isGenericCaption(s.text, voc)) primaryNegative = true;
  }
  if (options === 'sex' || options === 'never') primaryNegative = true;
  // A label that names something else (a name, an address, "Email") outweighs ids and placeholders.
  const damp = primaryNegative && !primaryPositive ? 0.5 : 1;
  // The id says "tempat_lahir" under the row caption "Tempat/Tgl. Lahir": this box is the place, not the date.
  const idNegatives: Array<readonly string[]> = [];
  for (const [s, m] of results)
    if (s.identifier && m.hits.length === 0) idNegatives.push(...m.negatives.filter((n) => n.length > 1));

  // On a page about software or devices, "Symptoms", "Diagnosis" and "History" are technical words: a health kind
  // needs the document's own health fields to count (headings and titles there do not make it clinical). On a
  // catalogue page "Nama Obat" names an entry the same way, while a patient's complaint there is still one.
  const technical = !d.medicalContext && sectionMentions(d, voc, 'technical');
  const catalogue = !d.medicalContext && !technical && sectionMentions(d, voc, 'catalogue');
  let order = 0;
  const neutral = !primaryPositive && !primaryNegative && borrowsSection(d, voc);
  for (const [s, m] of results) {
    const own = s.primary ? 1 : damp;
    for (const h of m.hits) {
      if (d.isSearch && (h.weak || s.identifier === true || !SEARCHABLE.has(h.kind))) continue;
      // A weak word over answers that are never sensitive (a rating, a sex, a religion, who told the history) is
      // about those answers: "Data Subjektif: Autoanamnesa / Alloanamnesa" says how the history was taken.
      if (h.weak && (options === 'rating' || options === 'sex' || options === 'never')) continue;
      // A caption that also names something never sensitive ("GP name and surgery address") is about that.
      if (h.weak && m.negative) continue;
      if (s.section && (!neutral || h.weak || !SECTION_KINDS.has(h.kind))) continue;
      if (s.primary && idNegatives.some((n) => splitWithin(n, h.tokens))) continue;
      const weak =
        h.weak ||
        (technical && !IDENTIFIERS.has(h.kind) && h.kind !== 'date_of_birth') ||
        (catalogue && CATALOGUE_KINDS.has(h.kind));
      // A search over records for a bare "ID number" asks for the records' own identifier ("Search for a patient
      // by name or identifier number" in an EHR); a named scheme ("Cari NIK", "SSN") keeps its kind.
      const kind = d.isSearch && h.kind === 'national_id' && namesNoScheme(h.tokens) ? 'medical_record_number' : h.kind;
      add(tally, kind, s.weight * own * (weak ? WEAK : 1), !weak, order + h.start / 100, order, s.primary);
    }
    order++;
  }
  if (options === 'blood') add(tally, 'blood_type', 0.95, true, order);
  // A list whose caption names several topics ("Issues (Injuries/Medical/Allergy)") holds records of them: the
  // records themselves say which ("Medical Problem: … Essential hypertension"), when most of them name one strongly.
  if (d.type === 'select' && !d.isSearch && captionKinds(results).size >= 2) {
    const said = optionKind(d, voc);
    if (said?.strong) {
      tally.clear();
      add(tally, said.kind, 0.9, true, order + 3);
    }
  }
  // A select whose caption names nothing, but whose options are clinical (Compos Mentis / Somnolen / Sopor;
  // "Merah – Resusitasi"; "Amoxicillin 500 mg kapsul"), is what its options are.
  if (!primaryPositive && !primaryNegative && options === null && tally.size === 0 && !d.isSearch) {
    // Weakly clinical options (forms of medicine, urgency words) count only where the document's own fields
    // are about health care: a pharmacy shop's "Kemasan: Strip / Botol sirup" is a product variant.
    const said = optionKind(d, voc);
    if (said && (said.strong || d.medicalContext)) add(tally, said.kind, 0.8, said.strong, order + 3);
  }
  // A checklist of condition names is a conditions checklist, unless its question already says what it is
  // ("Riwayat penyakit keluarga", "Pernah menderita…").
  if (options === 'conditions' && d.members > 1 && !d.isSearch && tally.size === 0)
    add(tally, 'diagnosis_or_condition', 0.8, true, order + 1);
  // "Asthma: N/A / YES / NO" (a review of systems), "Mengalami Hipertensi : [Tidak / Ya]": a yes/no question whose
  // own caption names a condition asks whether the person has it. Weakly ("Jantung" is also an organ), so only on a
  // page about health care.
  if (options === 'yesno' && !primaryNegative && !d.isSearch && captionNamesCondition(d, voc))
    add(tally, 'diagnosis_or_condition', 0.8, false, order + 1);
  // A box whose own words name nothing, measured in mmHg or beats a minute, is a vital sign: weakly, so it counts
  // only where the document is about health care.
  if (!primaryPositive && !primaryNegative && measuredInBodyUnit(d)) add(tally, 'other_health', 0.8, false, order + 4);
  if (d.type === 'file' && acceptsImaging(d.accept)) add(tally, 'lab_or_imaging_result', 0.95, true, order + 2);
  if (ac === 'bday') add(tally, 'date_of_birth', 1, true, -1);
  if (ac === 'bday-day' || ac === 'bday-month' || ac === 'bday-year') add(tally, 'date_of_birth', 0.9, true, -1);

  const digits = declaredDigits(d);
  // "Policy Begin Date" over a box whose placeholder reads YYYY-MM-DD is a date, not the policy number.
  const dateFormat = declaresDateFormat(d);
  const dateLike = d.splitDate || DATE_TYPES.has(d.type) || dateFormat;
  let context: boolean | null = null;
  let best: FieldKind | null = null;
  let bestScore = 0;
  let bestOrder = Infinity;
  let fromCaption = false;
  for (const [kind, t] of tally) {
    if (!KIND_FITS[kind](d.type, d.splitDate)) continue;
    if (dateFormat && IDENTIFIERS.has(kind)) continue;
    if (d.type === 'file' && kind !== 'lab_or_imaging_result' && !acceptsDocuments(d.accept)) continue;
    let strong = t.strong;
    if (!strong && digits >= DISTINCT_DIGITS && digitsFit(kind, digits)) strong = true;
    if (!strong && kind === 'date_of_birth' && dateLike) strong = true;
    if (!strong && kind === 'blood_type' && options === 'blood') strong = true;
    // Context strengthens weak words, but never makes a date or a time sensitive by itself.
    if (!strong && kind !== 'date_of_birth' && dateLike) continue;
    // A yes/no answer says whether, never what: not a result, a blood group or a number.
    if (options === 'yesno' && !YES_NO_KINDS.has(kind)) continue;
    if (!strong) {
      context ??= technical || catalogue ? d.medicalContext : hasMedicalContext(d, voc);
      if (!context) continue;
    }
    let score = t.score + 0.1 * Math.min(2, t.sources - 1);
    if (digitsFit(kind, digits)) score += 0.1;
    if (score > 1) score = 1;
    if (score < ACCEPT_SCORE) continue;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && t.order < bestOrder)) {
      best = kind;
      bestScore = score;
      bestOrder = t.order;
      fromCaption = t.caption;
    }
  }
  // "I. RIWAYAT PENYAKIT › Mengalami Hipertensi : [Tidak / Ya]": a yes/no question about a condition, asked in a
  // history section of a larger form, asks whether the person had it; the section chooses history over today's
  // diagnosis. A form that is all history ("Medical History Questionnaire" as its title) asks about today's
  // conditions as well, and a caption that asks for a diagnosis ("Diagnosis Utama") keeps its kind.
  if (best === 'diagnosis_or_condition' && options === 'yesno' && historySection(d, voc)) best = 'health_history';
  return best === null ? null : { kind: best, score: Math.round(bestScore * 100) / 100, fromCaption };
}

/**
 * A section of the form, not the document's own title, names a health history strongly ("I. RIWAYAT PENYAKIT",
 * "Past History"), and nothing else.
 */
function historySection(d: FieldDescriptor, voc: Vocabulary): boolean {
  const title = d.pageTitle.toLowerCase();
  for (const text of [d.heading, d.legend]) {
    if (text.length === 0 || text.length > 80 || title.includes(text.trim().toLowerCase())) continue;
    const m = matchText(text, voc);
    const history = m.hits.some((h) => h.kind === 'health_history' && !h.weak);
    if (history && !m.hits.some((h) => h.kind !== 'health_history' && !h.weak)) return true;
  }
  return false;
}
