// Where a field's words come from and how much each counts: what a person reads as the label first, then
// aria/placeholder/title, then the id and name; section headings and legends only for fields whose own caption
// names no topic. String-only, like the classifier that weighs them.
import { kindsWhere } from '../kinds/field-kinds';
import { isMeaningful } from './dom-text';
import type { FieldDescriptor } from './field-descriptor';
import { matchText, onlyAttribute } from './match-text';
import { isGenericCaption, type Vocabulary } from './vocabulary';

export interface Source {
  text: string;
  weight: number;
  identifier?: boolean;
  /** What a person reads as the label: a negative here silences the weaker sources. */
  primary?: boolean;
  /** A section heading or group legend: names the field only when its own label says nothing either way. */
  section?: boolean;
}

/** Kinds a section heading can give a neutrally labelled field ("Family history › Father"). */
export const SECTION_KINDS = kindsWhere((d) => d.section);
const SECTION_TYPES = new Set(['text', 'textarea', 'contenteditable', 'number', '']);
const SECTION_WEIGHT = 0.55;
/** Text inferred from the layout when the control names itself otherwise: evidence, not the label. */
const SECONDARY_INFERRED = 0.45;

/** The field's own caption names no topic ("Notes", "Father", none at all): it takes its section's. */
export function borrowsSection(d: FieldDescriptor, voc: Vocabulary): boolean {
  const caption = ownCaption(d);
  if (caption !== undefined && onlyAttribute(caption, voc)) return false;
  return caption === undefined || isGenericCaption(caption, voc);
}

/** The field's own caption: its label, the text beside it, its aria name or its placeholder, the first that says something. */
export function ownCaption(d: FieldDescriptor): string | undefined {
  return [d.label, d.inferred, d.aria, d.placeholder].find((t) => isMeaningful(t));
}

function says(text: string, voc: Vocabulary): boolean {
  if (!isMeaningful(text)) return false;
  const m = matchText(text, voc);
  return m.hits.length > 0 || m.negative;
}

/** The text names only something never sensitive, and not generically ("Quantity", "Harga"; not "Keterangan"). */
function namesOther(text: string, voc: Vocabulary): boolean {
  if (!isMeaningful(text) || isGenericCaption(text, voc)) return false;
  const m = matchText(text, voc);
  return m.negative && m.hits.length === 0;
}

/**
 * Text found beside the control is the label a sighted person reads, unless the control names itself: an
 * aria-label is its accessible name ("Jumlah" on a quantity box in a cart line that reads "Amoxicillin…"), and
 * a panel or dialog title two levels up yields to the control's own placeholder or title when that says what
 * the field is (Chromium's label inference tries the placeholder before walking up the ancestors, too). In a
 * table whose column header names the cell ("Quantity" over a cart line that reads "Blood Pressure Monitor"),
 * the row's first cell names the row's item, not the box.
 */
function inferredIsSecondary(d: FieldDescriptor, voc: Vocabulary): boolean {
  if (!isMeaningful(d.inferred) || d.inferred === d.aria) return false;
  if (isMeaningful(d.aria) && !isGenericCaption(d.aria, voc)) return true;
  if (d.inferredRow && d.label.length === 0 && namesOther(d.column, voc)) return true;
  return d.inferredFar && (says(d.placeholder, voc) || says(d.title, voc));
}

/**
 * A section names what a person writes or measures in it (free text, numbers), and a select whose options say
 * nothing the vocabulary knows. A date, a checkbox, a yes/no answer (options 'yesno') or a list of sexes,
 * ratings or blood groups under "Riwayat Penyakit" is flagged on its own caption and options or not at all
 * (detect.design.md, "Own evidence").
 */
function sectionFits(d: FieldDescriptor, options: string | null): boolean {
  if (d.members !== 1 || d.isSearch) return false;
  if (d.type === 'select') return options === null;
  return SECTION_TYPES.has(d.type) && d.options.length === 0;
}

export function sourcesOf(d: FieldDescriptor, voc: Vocabulary, options: string | null): Source[] {
  const choice = d.type === 'radio' || d.type === 'checkbox';
  const legendIsLabel = d.legendOwn || d.members > 1;
  const inferredWeak = inferredIsSecondary(d, voc);
  const list: Source[] = [
    { text: d.label, weight: 1, primary: true },
    { text: d.inferred, weight: inferredWeak ? SECONDARY_INFERRED : 0.95, primary: !inferredWeak },
    { text: d.aria, weight: 0.95, primary: true },
    { text: d.legend, weight: legendIsLabel ? 0.95 : 0, primary: legendIsLabel },
    { text: d.placeholder, weight: 0.85 },
    { text: d.title, weight: 0.8 },
    { text: d.column, weight: 0.8, primary: d.label.length === 0 },
    { text: d.farLabel, weight: 0.5 },
    { text: d.following, weight: choice && d.members === 1 ? 0.9 : 0.45, primary: choice && d.members === 1 },
    { text: d.name, weight: 0.7, identifier: true },
    { text: d.id, weight: 0.7, identifier: true },
  ];
  if (d.type === 'file') {
    list.push({ text: d.heading, weight: 0.75 });
    if (!legendIsLabel) list.push({ text: d.legend, weight: 0.75 });
  } else if (sectionFits(d, options)) {
    list.push({ text: d.heading, weight: SECTION_WEIGHT, section: true });
    if (!legendIsLabel) list.push({ text: d.legend, weight: SECTION_WEIGHT, section: true });
  }
  return list;
}
