// From candidate controls to detected fields: keep what a person can fill now (layout read in one batch),
// count groups and split inputs once, describe, classify, and give weakly named fields a second look when
// the page turns out to be about health care.
import { SENSITIVITY, type FieldKind } from '../kinds/field-kinds';
import type { FieldReport } from '../report/types';
import { pageText } from '../report/page-text';
import { ACCEPT_SCORE, classifyField } from './classify-field';
import { cssPath } from './css-path';
import { describeChoiceGroup } from './describe-group';
import { controlTag, describeField } from './describe-field';
import { isMeaningful } from './dom-text';
import { withLabelIndex } from './label-index';
import type { FieldDescriptor } from './field-descriptor';
import type { ScanLimits } from './limits';
import { closeTogether } from './dom-near';
import { groupChoices, mergeSplitFields, type Unit } from './split-fields';
import { tokenize } from './tokenize';
import { vocabulary } from './vocabulary';
import { isFillable, isRendered, openedByVisibleLabel } from './visibility';

export interface DetectedField {
  element: Element;
  report: Omit<FieldReport, 'source' | 'filled' | 'form'>;
  form: HTMLFormElement | null;
}

const MEDICAL_FIELDS_FOR_CONTEXT = 2;

/** Kinds that show a page is about health care (an ID number alone does not). */
const MEDICAL: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'health_insurance_id',
  'medical_record_number',
  'diagnosis_or_condition',
  'medication',
  'allergy',
  'blood_type',
  'lab_or_imaging_result',
  'health_history',
  'other_health',
]);

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
    if (isMeaningful(t)) return t.replace(/[\s:*]+$/u, '').replace(/^[\s:*]+/u, '');
  }
  return '';
}

function formOf(el: Element): HTMLFormElement | null {
  const f = (el as HTMLInputElement).form;
  if (f !== undefined) return f ?? null;
  return el.closest('form');
}

export function toDetected(unit: Unit, kind: FieldKind): DetectedField {
  const el = unit.element;
  const d = unit.descriptor;
  return {
    element: el,
    form: formOf(el),
    report: {
      kind,
      sensitivity: SENSITIVITY[kind],
      label: pageText(humanLabel(d)),
      tag: controlTag(el),
      type: pageText(d.type),
      id: pageText(el.getAttribute('id') ?? ''),
      name: pageText(el.getAttribute('name') ?? ''),
      path: pageText(cssPath(el), 2000),
    },
  };
}

/** Controls a person can fill now, read in one layout batch (no DOM writes in between). */
export function fillableControls(controls: readonly Element[]): Element[] {
  const rendered = controls.map((el) => isRendered(el));
  const out: Element[] = [];
  for (let i = 0; i < controls.length; i++) {
    const el = controls[i]!;
    if (!isFillable(el)) continue;
    const isFile = el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'file';
    if (rendered[i] || (isFile && openedByVisibleLabel(el))) out.push(el);
  }
  return out;
}

export function buildUnits(controls: readonly Element[], limits: ScanLimits): Unit[] {
  return withLabelIndex(() => {
    const units: Unit[] = groupChoices(fillableControls(controls)).map((members) => ({
      element: members[0]!,
      members,
      descriptor: members.length > 1 ? describeChoiceGroup(members, limits) : describeField(members[0]!, limits),
    }));
    return mergeSplitFields(units, vocabulary(), limits);
  });
}

export interface Classified {
  unit: Unit;
  kind: FieldKind | null;
  /** The label as read named the kind (see Classification.fromCaption). */
  fromCaption: boolean;
}

/**
 * Classifies units; fields named only weakly ("Keluhan", "Berat badan") count when the same document has
 * health fields (`medical`, which this call extends).
 */
/**
 * Which documents have shown they are about health care: two fields of health kinds (one health question on a
 * gym signup does not make the page clinical). Kept across a watcher's batches.
 */
export class MedicalContext {
  private readonly docs = new Map<Document, Set<Element>>();
  /** Bumped whenever a document becomes medical. */
  version = 0;

  has(doc: Document): boolean {
    return (this.docs.get(doc)?.size ?? 0) >= MEDICAL_FIELDS_FOR_CONTEXT;
  }

  note(el: Element): void {
    const doc = el.ownerDocument;
    let set = this.docs.get(doc);
    if (!set) this.docs.set(doc, (set = new Set()));
    const before = set.size;
    set.add(el);
    if (before < MEDICAL_FIELDS_FOR_CONTEXT && set.size >= MEDICAL_FIELDS_FOR_CONTEXT) this.version++;
  }
}

export function classifyUnits(units: readonly Unit[], medical: MedicalContext): Classified[] {
  const out: Classified[] = units.map((unit) => {
    const doc = unit.element.ownerDocument;
    unit.descriptor.medicalContext = medical.has(doc);
    const r = classifyField(unit.descriptor);
    const kind = r && r.score >= ACCEPT_SCORE ? r.kind : null;
    if (kind && MEDICAL.has(kind)) medical.note(unit.element);
    return { unit, kind, fromCaption: kind !== null && r!.fromCaption };
  });
  for (const c of out) {
    if (c.kind !== null || c.unit.descriptor.medicalContext) continue;
    if (!medical.has(c.unit.element.ownerDocument)) continue;
    c.unit.descriptor.medicalContext = true;
    const r = classifyField(c.unit.descriptor);
    c.kind = r && r.score >= ACCEPT_SCORE ? r.kind : null;
    c.fromCaption = c.kind !== null && r!.fromCaption;
  }
  // "If yes, please specify" takes the kind of the question right before it, over anything its id or name
  // alone suggested ("q_penyakit_ket" under "Pernah didiagnosis…?").
  for (let i = 1; i < out.length; i++) {
    const c = out[i]!;
    const prev = out[i - 1]!;
    if ((c.kind !== null && c.fromCaption) || prev.kind === null || !FOLLOW_UP_KINDS.has(prev.kind)) continue;
    if (isFollowUp(c.unit.descriptor) && closeTogether(prev.unit.element, c.unit.element, 4)) c.kind = prev.kind;
  }
  return out;
}

const FOLLOW_UP_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'diagnosis_or_condition',
  'medication',
  'allergy',
  'health_history',
  'other_health',
]);
const FOLLOW_UP_TYPES = new Set(['text', 'textarea', 'contenteditable', '']);

function isFollowUp(d: FieldDescriptor): boolean {
  if (!FOLLOW_UP_TYPES.has(d.type) || d.isSearch) return false;
  const caption = [d.label, d.inferred, d.aria, d.placeholder].find((t) => isMeaningful(t));
  if (!caption || caption.length > 80) return false;
  const voc = vocabulary();
  const tokens = tokenize(caption, voc.aliases);
  for (let n = Math.min(tokens.length, 6); n > 0; n--) {
    if (voc.followUp.has(tokens.slice(0, n).join(' '))) return tokens.length <= n + 3;
  }
  return false;
}
