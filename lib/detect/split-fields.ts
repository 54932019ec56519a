// Choice groups and split inputs count once (CONTRACTS.md §1): a radio group, a checkbox list, a date over
// day/month/year boxes, a number over several short boxes (an Aadhaar in 3×4 digits, a one-time code in 6×1).
import { closeTogether, sideBySide } from './dom-near';
import { describeSplit } from './describe-group';
import { isMeaningful } from './dom-text';
import { ENUMERATOR, followingText, inferLabelDetail } from './infer-label';
import { ownNames } from './describe-field';
import type { FieldDescriptor } from './field-descriptor';
import type { ScanLimits } from './limits';
import { tokenize } from './tokenize';
import { UNIT_WORDS } from './unit-words';
import type { DatePart, Vocabulary } from './vocabulary';
import { call, get } from '../dom/read';

export interface Unit {
  element: Element;
  members: Element[];
  descriptor: FieldDescriptor;
}

function inputType(el: Element): string {
  return get(el, 'localName') === 'input'
    ? (call(el, 'getAttribute', 'type') ?? 'text').toLowerCase()
    : get(el, 'localName');
}

/**
 * The words of a checkbox's own name (the framework's model part dropped: `Anamnesa[alergi_obat_pil]` →
 * alergi, obat, pil), lower case.
 */
function nameWords(el: Element): string[] {
  const name = ownNames(call(el, 'getAttribute', 'name') ?? '', '').name;
  return name.length > 120
    ? []
    : name
        .toLowerCase()
        .split(/[\s_.\-[\]]+/)
        .filter((w) => w.length > 0);
}

/**
 * Two boxes in a row whose names differ in one word only (`alergi_obat_pil`, `alergi_makanan_pil`;
 * `riwayat_dm`, `riwayat_ht`) are answers of one generated checklist, however deep each box's own wrapper
 * puts it (a Yii/Bootstrap form group per box, two columns of them).
 */
function sameStem(a: Element, b: Element): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length < 2 || x.length !== y.length) return false;
  let differ = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differ++;
  return differ === 1;
}

function joinsList(last: readonly Element[], el: Element): boolean {
  const prev = last[last.length - 1]!;
  return closeTogether(prev, el) || sameStem(last[0]!, el);
}

/**
 * Unnamed boxes one after another are one list unless a question of its own stands before the second: in
 * "1. Anemia [ ] ya / [ ] tidak<br>2. Preeklamsia [ ] ya / [ ] tidak" and "Pendarahan [ ] tidak [ ] ya
 * Jumlah [ ] banyak [ ] sedikit" the text before the box is not the previous box's caption but a new question.
 * A table row's caption is left to the table (a checklist written one box per row stays one list).
 */
function asksAnew(prev: Element, el: Element): boolean {
  const caption = inferLabelDetail(el, 120);
  if (caption.row || !isMeaningful(caption.text) || ENUMERATOR.test(caption.text.trim())) return false;
  // Read before the box, not its own caption after it (a floating label the inference fell back to).
  const said = squash(caption.text);
  return said !== squash(followingText(prev, 120)) && said !== squash(followingText(el, 120));
}

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s:/*.,-]+/g, ' ')
    .trim();
}

/**
 * Radios by (form, name); checkboxes by shared name, else consecutive checkboxes close together or named
 * after one stem.
 */
export function groupChoices(controls: readonly Element[]): Element[][] {
  const groups: Element[][] = [];
  const byName = new Map<unknown, Map<string, Element[]>>();
  let lastCheckbox: Element[] | null = null;
  for (const el of controls) {
    const type = inputType(el);
    if (type !== 'radio' && type !== 'checkbox') {
      groups.push([el]);
      lastCheckbox = null;
      continue;
    }
    const name = call(el, 'getAttribute', 'name');
    const scope: unknown = get(el as HTMLInputElement, 'form') ?? call(el, 'getRootNode');
    if (name) {
      let names = byName.get(scope);
      if (!names) byName.set(scope, (names = new Map()));
      const key = `${type}:${name}`;
      const existing = names.get(key);
      if (existing) {
        existing.push(el);
        continue;
      }
      const group = [el];
      names.set(key, group);
      if (type === 'checkbox' && lastCheckbox && joinsList(lastCheckbox, el)) {
        // A checklist whose boxes carry their own names (diabetes, asthma…) is still one question.
        lastCheckbox.push(el);
        names.set(key, lastCheckbox);
        continue;
      }
      groups.push(group);
      lastCheckbox = type === 'checkbox' ? group : null;
      continue;
    }
    if (
      type === 'checkbox' &&
      lastCheckbox &&
      closeTogether(lastCheckbox[lastCheckbox.length - 1]!, el) &&
      !asksAnew(lastCheckbox[lastCheckbox.length - 1]!, el)
    ) {
      lastCheckbox.push(el);
      continue;
    }
    const group = [el];
    groups.push(group);
    lastCheckbox = type === 'checkbox' ? group : null;
  }
  return groups;
}

const MONTH_NAMES =
  /^(jan|feb|mar|apr|ma[iy]|jun|jul|aug|agu|ags|sep|o[ck]t|nov|de[cs]|januari|februari|maret|april|juni|juli|agustus|september|oktober|november|desember|january|february|march|june|july|august|october|december)/i;

function selectPart(options: readonly string[]): DatePart | null {
  let days = 0;
  let months = 0;
  let years = 0;
  for (const o of options) {
    const t = o.trim();
    if (/^\d{4}$/.test(t)) years++;
    else if (/^\d{1,2}$/.test(t)) days++;
    else if (MONTH_NAMES.test(t)) months++;
  }
  if (years >= 10) return 'year';
  if (months >= 10) return 'month';
  if (days >= 28) return 'day';
  if (days === 12) return 'month';
  return null;
}

function partFromText(text: string, voc: Vocabulary, identifier: boolean, found: Set<DatePart>): void {
  if (text.length === 0 || text.length > 80) return;
  for (const t of tokenize(text, voc.aliases, identifier)) {
    const p = voc.dateParts.get(t);
    if (p) found.add(p);
  }
}

/** The date part an id or name ends with (its last date-part word). */
function lastPart(text: string, voc: Vocabulary): DatePart | null {
  if (text.length === 0 || text.length > 80) return null;
  const tokens = tokenize(text, voc.aliases, true);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const p = voc.dateParts.get(tokens[i]!);
    if (p) return p;
  }
  return null;
}

/** A caption that is one date-part word ("Day", "Bulan", "YYYY"). */
function onlyDatePart(text: string, voc: Vocabulary): boolean {
  if (text.length === 0 || text.length > 12) return false;
  const tokens = tokenize(text, voc.aliases);
  return tokens.length === 1 && voc.dateParts.has(tokens[0]!);
}

const parts = new WeakMap<FieldDescriptor, DatePart | null>();

/** Which part of a split date a control holds, if it is one (remembered per description: a watcher asks again). */
export function datePartOf(d: FieldDescriptor, voc: Vocabulary): DatePart | null {
  let p = parts.get(d);
  if (p === undefined) parts.set(d, (p = readDatePart(d, voc)));
  return p;
}

function readDatePart(d: FieldDescriptor, voc: Vocabulary): DatePart | null {
  const ac = d.autocomplete.toLowerCase();
  if (ac.endsWith('bday-day')) return 'day';
  if (ac.endsWith('bday-month')) return 'month';
  if (ac.endsWith('bday-year')) return 'year';
  const short =
    d.type === 'select' ||
    d.type === 'number' ||
    (d.maxLength > 0 && d.maxLength <= 4) ||
    // GOV.UK/NHS date inputs: no maxlength, but captioned "Day", "Month", "Year" and nothing else.
    (d.type === 'text' && [d.label, d.aria, d.placeholder].some((t) => onlyDatePart(t, voc)));
  if (!short) return null;
  // A name that mentions two parts names its own part last: `tgl_lahir_bln` is the month of the "tgl lahir".
  const own = lastPart(d.name, voc) ?? lastPart(d.id, voc);
  if (own) return own;
  const found = new Set<DatePart>();
  for (const t of [d.placeholder, d.label, d.aria, d.inferred]) partFromText(t, voc, false, found);
  if (found.size === 1) return found.values().next().value ?? null;
  return d.type === 'select' ? selectPart(d.options) : null;
}

/** A later box of a split number carries no caption of its own (or repeats the first one's). */
function sameOrBlank(text: string, first: string): boolean {
  return text === first || !/[\p{L}\p{N}]/u.test(text) || text.trim().length <= 2;
}

function isShortBox(d: FieldDescriptor): boolean {
  return (d.type === 'text' || d.type === 'tel' || d.type === 'number') && d.maxLength >= 1 && d.maxLength <= 6;
}
/**
 * A select of units ("Days / Weeks", "kg / lb"): right after a number box it is part of that box's field, and
 * on its own it says only which unit, never anything about the person (detect-units.ts).
 */
export function isUnitSelect(d: FieldDescriptor, voc: Vocabulary): boolean {
  if (d.type !== 'select' || d.options.length === 0 || d.options.length > 12) return false;
  const units = unitTokens(voc);
  return d.options.every((o) => {
    const tokens = tokenize(o, voc.aliases);
    return tokens.length > 0 && tokens.length <= 2 && tokens.every((t) => units.has(t));
  });
}

/** The unit words as the tokenizer spells them (its aliases turn "bulan" into "bln", "tahun" into "thn"). */
const unitTokenSets = new WeakMap<Vocabulary, ReadonlySet<string>>();
function unitTokens(voc: Vocabulary): ReadonlySet<string> {
  let set = unitTokenSets.get(voc);
  if (!set) {
    const all = new Set(UNIT_WORDS);
    for (const w of UNIT_WORDS) for (const t of tokenize(w, voc.aliases)) all.add(t);
    unitTokenSets.set(voc, (set = all));
  }
  return set;
}

/** Describes a split field from its first box's description (a scan state may answer from its cache). */
export type SplitDescriber = (
  base: FieldDescriptor,
  members: readonly Element[],
  what: 'date' | 'number',
  partWords: (s: string) => boolean,
) => FieldDescriptor;

/** Merges consecutive units that form one split date or one split number. */
export function mergeSplitFields(
  units: readonly Unit[],
  voc: Vocabulary,
  limits: ScanLimits,
  describe: SplitDescriber = (base, members, _what, partWords) => describeSplit(base, members, limits, partWords),
): Unit[] {
  const out: Unit[] = [];
  const partWords = (s: string) => {
    if (s.length === 0 || s.length > 40) return false;
    const tokens = tokenize(s, voc.aliases);
    return tokens.length > 0 && tokens.every((t) => voc.dateParts.has(t));
  };
  for (let i = 0; i < units.length;) {
    const first = units[i]!;
    const part = first.members.length === 1 ? datePartOf(first.descriptor, voc) : null;
    if (part) {
      const parts = new Set<DatePart>([part]);
      let j = i + 1;
      while (j < units.length && j < i + 3) {
        const u = units[j]!;
        const p = u.members.length === 1 ? datePartOf(u.descriptor, voc) : null;
        const beside = closeTogether(first.element, u.element, 4) || sideBySide(units[j - 1]!.element, u.element);
        if (!p || parts.has(p) || !beside) break;
        parts.add(p);
        j++;
      }
      if (j - i >= 2) {
        const members = units.slice(i, j).map((u) => u.element);
        const d = describe(first.descriptor, members, 'date', partWords);
        d.splitDate = true;
        out.push({ element: first.element, members, descriptor: d });
        i = j;
        continue;
      }
    }
    if (first.members.length === 1 && isShortBox(first.descriptor)) {
      let j = i + 1;
      let total = first.descriptor.maxLength;
      while (j < units.length && j < i + 8) {
        const u = units[j]!;
        const ud = u.descriptor;
        const fd = first.descriptor;
        const unlabelled =
          sameOrBlank(ud.label, fd.label) &&
          sameOrBlank(ud.inferred, fd.inferred) &&
          sameOrBlank(ud.aria, fd.aria) &&
          sameOrBlank(ud.placeholder, fd.placeholder);
        const beside = closeTogether(first.element, u.element, 3) || sideBySide(units[j - 1]!.element, u.element);
        if (u.members.length !== 1 || !isShortBox(ud) || !unlabelled || !beside) break;
        total += ud.maxLength;
        j++;
      }
      if (j - i >= 2) {
        const members = units.slice(i, j).map((u) => u.element);
        // Boxes captioned only by a letter or two ("E V M", "-") take the caption of the whole row.
        const d = describe(first.descriptor, members, 'number', (t) => t.trim().length <= 2);
        d.maxLength = total;
        out.push({ element: first.element, members, descriptor: d });
        i = j;
        continue;
      }
    }
    const prev = out[out.length - 1];
    if (
      prev &&
      first.members.length === 1 &&
      isUnitSelect(first.descriptor, voc) &&
      closeTogether(prev.element, first.element, 2)
    ) {
      prev.members = [...prev.members, first.element];
      i++;
      continue;
    }
    out.push(first);
    i++;
  }
  return out;
}
