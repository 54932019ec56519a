// From described units to detected fields: classify in reading order, give weakly named fields a second look
// when the page turns out to be about health care, let "if yes, please specify" follow its question, and say
// how each field reads to a person (scan-state.ts builds the units).
import { SENSITIVITY, kindsWhere, type FieldKind } from '../kinds/field-kinds';
import type { FieldReport } from '../report/types';
import { exactPageText, pageText } from '../report/page-text';
import { ACCEPT_SCORE, MEASURE_TYPES, YES_NO_KINDS, classifyField, type Classification } from './classify-field';
import { cssPath } from './css-path';
import { controlTag } from './describe-field';
import { isMeaningful } from './dom-text';
import type { FieldDescriptor } from './field-descriptor';
import { closeTogether } from './dom-near';
import { SECTION_KINDS, borrowsSection, ownCaption } from './field-sources';
import { matchText } from './match-text';
import { isUnitSelect, type Unit } from './split-fields';
import { optionsSay } from './structural-hints';
import { tokenize } from './tokenize';
import { vocabulary, type Vocabulary } from './vocabulary';
import { call, get } from '../dom/read';

export interface DetectedField {
  element: Element;
  report: Omit<FieldReport, 'source' | 'filled' | 'form'>;
  form: HTMLFormElement | null;
}

const MEDICAL_FIELDS_FOR_CONTEXT = 2;

/** Kinds that show a page is about health care (an ID number alone does not). */
const MEDICAL = kindsWhere((d) => d.medical);

/** The label as a person reads it: the bound or adjacent label first, then aria, legend, placeholder… */
export function humanLabel(d: FieldDescriptor): string {
  const legend = d.members > 1 || d.legendOwn ? d.legend : '';
  for (const t of [
    d.label,
    d.inferred,
    d.aria,
    legend,
    d.placeholder,
    d.title,
    d.column,
    d.following,
    d.legend,
    d.farLabel,
    d.name,
    d.id,
  ]) {
    if (isMeaningful(t)) return trimMarks(t);
  }
  return '';
}

const SPACE = /\s/;
const isMark = (ch: string) => ch === ':' || ch === '*' || SPACE.test(ch);

/**
 * Drops spaces, colons and asterisks at both ends ("No. RM :*"). A loop, not /[\s:*]+$/: that pattern retries from
 * every position of a long run of spaces followed by a letter, quadratic in the run's length.
 */
export function trimMarks(text: string): string {
  let end = text.length;
  while (end > 0 && isMark(text[end - 1]!)) end--;
  let start = 0;
  while (start < end && isMark(text[start]!)) start++;
  return text.slice(start, end);
}

function formOf(el: Element): HTMLFormElement | null {
  const f = get(el as HTMLInputElement, 'form');
  if (f !== undefined) return f ?? null;
  return call(el, 'closest', 'form') as HTMLFormElement | null;
}

/** What a field's report says: the kind, the label as a person reads it, the control's tag, type, id, name, path. */
export function fieldReport(el: Element, d: FieldDescriptor, kind: FieldKind, path: string): DetectedField['report'] {
  return {
    kind,
    sensitivity: SENSITIVITY[kind],
    label: pageText(humanLabel(d)),
    tag: controlTag(el),
    type: pageText(d.type),
    id: exactPageText(call(el, 'getAttribute', 'id') ?? ''),
    name: exactPageText(call(el, 'getAttribute', 'name') ?? ''),
    path: exactPageText(path),
  };
}

export function toDetected(unit: Unit, kind: FieldKind, pathOf: (el: Element) => string = cssPath): DetectedField {
  const el = unit.element;
  return { element: el, form: formOf(el), report: fieldReport(el, unit.descriptor, kind, pathOf(el)) };
}

export interface Classified {
  unit: Unit;
  kind: FieldKind | null;
  /** The label as read named the kind (see Classification.fromCaption). */
  fromCaption: boolean;
}

/**
 * Which documents have shown they are about health care: two fields of health kinds (one health question on a
 * gym signup does not make the page clinical).
 */
class MedicalContext {
  private readonly docs = new Map<Document, number>();

  has(doc: Document): boolean {
    return (this.docs.get(doc) ?? 0) >= MEDICAL_FIELDS_FOR_CONTEXT;
  }

  note(el: Element): void {
    const doc = get(el, 'ownerDocument');
    this.docs.set(doc, (this.docs.get(doc) ?? 0) + 1);
  }
}

/** How a descriptor is classified (a scan state answers repeated questions from its cache). */
export type Verdict = (d: FieldDescriptor) => Classification | null;

/**
 * Classifies units in reading order; fields named only weakly ("Keluhan", "Berat badan") count when the same
 * document has two health fields.
 */
export function classifyUnits(units: readonly Unit[], verdict: Verdict = classifyField): Classified[] {
  const medical = new MedicalContext();
  const voc = vocabulary();
  const out: Classified[] = units.map((unit) => {
    const doc = get(unit.element, 'ownerDocument');
    unit.descriptor.medicalContext = medical.has(doc);
    // A unit select the split could not join to its number box ("batang / bungkus" a column away) names a unit.
    if (unit.members.length <= 1 && isUnitSelect(unit.descriptor, voc)) return { unit, kind: null, fromCaption: false };
    const r = verdict(unit.descriptor);
    const kind = r && r.score >= ACCEPT_SCORE ? r.kind : null;
    if (kind && MEDICAL.has(kind)) medical.note(unit.element);
    return { unit, kind, fromCaption: kind !== null && r!.fromCaption };
  });
  for (const c of out) {
    if (c.kind !== null || c.unit.descriptor.medicalContext) continue;
    if (c.unit.members.length <= 1 && isUnitSelect(c.unit.descriptor, voc)) continue;
    if (!medical.has(get(c.unit.element, 'ownerDocument'))) continue;
    c.unit.descriptor.medicalContext = true;
    const r = verdict(c.unit.descriptor);
    c.kind = r && r.score >= ACCEPT_SCORE ? r.kind : null;
    c.fromCaption = c.kind !== null && r!.fromCaption;
  }
  // "Menarche [ ] Siklus [ ] Lama [ ] Teratur [ ]": a box whose caption names no topic, between two health fields
  // of one kind in the same row, measures what they measure (the row is its section; a date, a choice or a
  // caption that names an attribute never borrows, borrowsSection and sectionFits decide).
  for (let i = 1; i + 1 < out.length; i++) {
    const c = out[i]!;
    const before = out[i - 1]!;
    const after = out[i + 1]!;
    if (c.kind !== null || before.kind === null || before.kind !== after.kind) continue;
    if (!SECTION_KINDS.has(before.kind)) continue;
    if (!rowMeasure(c.unit.descriptor, voc) && !rowQuestion(c, before, after, voc)) continue;
    if (!c.unit.descriptor.medicalContext) continue;
    if (closeTogether(before.unit.element, c.unit.element, 3) && closeTogether(c.unit.element, after.unit.element, 3))
      c.kind = before.kind;
  }
  // "Nutrition Values: Height [ ] Weight [ ] | Notes [ ]" (a Frappe section): a free-text box whose caption names
  // no topic, after two health fields of one kind under the same heading, is the notes of that section, although
  // the heading itself names nothing the vocabulary knows.
  for (let i = 2; i < out.length; i++) {
    const c = out[i]!;
    const [p1, p2] = [out[i - 1]!, out[i - 2]!];
    const d = c.unit.descriptor;
    if (c.kind !== null || !NOTE_TYPES.has(d.type) || !d.medicalContext || !isMeaningful(d.heading)) continue;
    if (p1.kind === null || p1.kind !== p2.kind || !SECTION_KINDS.has(p1.kind)) continue;
    if (p1.unit.descriptor.heading !== d.heading || p2.unit.descriptor.heading !== d.heading) continue;
    if (!borrowsSection(d, voc) || d.isSearch) continue;
    if (closeTogether(p1.unit.element, c.unit.element, SECTION_UP)) c.kind = p1.kind;
  }
  // "If yes, please specify" takes the kind of the question right before it, over anything its id or name
  // alone suggested ("q_penyakit_ket" under "Pernah didiagnosis…?").
  for (let i = 1; i < out.length; i++) {
    const c = out[i]!;
    const prev = out[i - 1]!;
    if ((c.kind !== null && c.fromCaption) || prev.kind === null || !FOLLOW_UP_KINDS.has(prev.kind)) continue;
    if (!asksChoice(prev.unit.descriptor)) continue;
    // A checklist's "Lain-lain: ___" sits after its last box, however long the list.
    const last = prev.unit.members[prev.unit.members.length - 1] ?? prev.unit.element;
    if (isFollowUp(c.unit.descriptor) && closeTogether(last, c.unit.element, 4)) c.kind = prev.kind;
  }
  // "Pernah dirawat? [Ya / Tidak] … Diagnosis": the diagnosis asked right after a yes/no question about the past
  // is that past stay's or illness's, history like a condition named after a history phrase.
  for (let i = 1; i < out.length; i++) {
    const c = out[i]!;
    const prev = out[i - 1]!;
    if (c.kind !== 'diagnosis_or_condition' || prev.kind !== 'health_history') continue;
    if (optionsSay(prev.unit.descriptor.options, voc) !== 'yesno') continue;
    // A yes/no question of its own ("History of Heart Murmur? | Arrythmia?" in a review of systems) asks about
    // today, not about the stay or illness before it.
    if (optionsSay(c.unit.descriptor.options, voc) === 'yesno') continue;
    if (closeTogether(prev.unit.element, c.unit.element, 4)) c.kind = 'health_history';
  }
  return out;
}

const FOLLOW_UP_KINDS = kindsWhere((d) => d.followUp);
/** Narrative boxes a section's notes are written in. */
const NOTE_TYPES = new Set(['textarea', 'contenteditable']);
/** How far up two fields of one section may part (a Frappe section: control, form-group, column form…). */
const SECTION_UP = 8;

/** A box for a number or a short text whose own caption names no topic ("Lama", "Durasi", none at all). */
function rowMeasure(d: FieldDescriptor, voc: Vocabulary): boolean {
  return MEASURE_TYPES.has(d.type) && d.members === 1 && !d.isSearch && borrowsSection(d, voc);
}
/**
 * "Cough? | Sputum? | Shortness of Breath?" (a review of systems): a yes/no question between two yes/no questions
 * of one health kind in the same row, whose caption names no topic a yes/no answer can take (nor
 * anything never sensitive), asks about the same kind of thing.
 */
function rowQuestion(c: Classified, before: Classified, after: Classified, voc: Vocabulary): boolean {
  const d = c.unit.descriptor;
  if (d.isSearch || !YES_NO_KINDS.has(before.kind!)) return false;
  for (const u of [c, before, after]) if (optionsSay(u.unit.descriptor.options, voc) !== 'yesno') return false;
  const caption = [d.label, d.inferred, d.aria].find((t) => isMeaningful(t));
  if (!caption || caption.length > 60) return false;
  // A word a yes/no answer cannot take (a test's name: "Sputum" is also a specimen) says nothing here either.
  const m = matchText(caption, voc);
  return !m.negative && m.hits.every((h) => !YES_NO_KINDS.has(h.kind));
}
const CHOICE_TYPES = new Set(['select', 'radio', 'checkbox']);

/**
 * "If yes, please specify" follows a question answered by a choice (a select, radios, boxes). After a box of
 * free text ("Keluhan Kesehatan") a "Keterangan" is a remark of its own, not more of the same answer.
 */
function asksChoice(d: FieldDescriptor): boolean {
  return CHOICE_TYPES.has(d.type) || d.members > 1;
}
const FOLLOW_UP_TYPES = new Set(['text', 'textarea', 'contenteditable', '']);

/** Answers per description (a watcher classifies the same descriptions again after every change). */
const followUps = new WeakMap<FieldDescriptor, boolean>();

function isFollowUp(d: FieldDescriptor): boolean {
  let answer = followUps.get(d);
  if (answer === undefined) followUps.set(d, (answer = readsAsFollowUp(d)));
  return answer;
}

function readsAsFollowUp(d: FieldDescriptor): boolean {
  if (!FOLLOW_UP_TYPES.has(d.type) || d.isSearch) return false;
  const caption = ownCaption(d);
  if (!caption || caption.length > 80) return false;
  const voc = vocabulary();
  const tokens = tokenize(caption, voc.aliases);
  for (let n = Math.min(tokens.length, 6); n > 0; n--) {
    if (voc.followUp.has(tokens.slice(0, n).join(' '))) return tokens.length <= n + 3;
  }
  return false;
}
