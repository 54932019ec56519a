// The label a person reads next to a control when the markup binds none (after Chromium's InferLabelForElement
// and Firefox's adjacent-label pairing): preceding text and inline elements, a preceding block or unbound
// `<label>`, the same walk from each ancestor (bootstrap "form-group" layouts), the row cell to the left,
// the `dt` of a `dd`, or, failing all, a label right after the control (floating labels).
import { clip, holdsControl, isMeaningful, textOf } from './dom-text';

const INLINE = new Set([
  'b',
  'strong',
  'span',
  'font',
  'em',
  'i',
  'small',
  'abbr',
  'sup',
  'sub',
  'u',
  'a',
  'code',
  'mark',
  'bdi',
  'q',
  'big',
  'nobr',
  's',
]);
const IGNORED = new Set(['br', 'img', 'script', 'style', 'template', 'svg', 'noscript', 'link', 'meta', 'wbr']);
const STOP_CLIMB = new Set([
  'form',
  'fieldset',
  'body',
  'html',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'ol',
  'dl',
  'main',
  'article',
  'dialog',
]);
const MAX_SIBLINGS = 12;
const MAX_CLIMB = 6;
const FAR_DEPTH = 2;

interface Preceding {
  text: string;
  /** A sibling holding another control stopped the walk: text further back belongs to that control. */
  blocked: boolean;
}

function precedingText(start: Element, max: number, ownId: string | null): Preceding {
  let text = '';
  let steps = 0;
  for (let sib = start.previousSibling; sib && steps < MAX_SIBLINGS; sib = sib.previousSibling) {
    steps++;
    if (sib.nodeType === 3) {
      const t = (sib as Text).data;
      if (t.trim().length > 0) text = clip(t, max) + ' ' + text;
      continue;
    }
    if (sib.nodeType !== 1) continue;
    const e = sib as Element;
    const tag = e.localName;
    if (IGNORED.has(tag) || e.hasAttribute('hidden')) continue;
    // The control's own `<label for>` is read already (a "Choose file" button): the caption is before it.
    if (tag === 'label' && ownId && e.getAttribute('for') === ownId) continue;
    if (tag === 'hr') break;
    if (holdsControl(e)) return { text: clip(text, max), blocked: true };
    const t = textOf(e, max);
    if (INLINE.has(tag)) {
      if (t.length > 0) text = t + ' ' + text;
      continue;
    }
    // A block, `<p>` or `<label>` supplies the whole label.
    if (isMeaningful(t)) {
      text = t + ' ' + text;
      break;
    }
  }
  return { text: clip(text, max), blocked: false };
}

function cellText(cell: Element, max: number): string {
  if (holdsControl(cell)) return '';
  const t = textOf(cell, max);
  return isMeaningful(t) ? t : '';
}

function columnIndex(cell: Element): number {
  let index = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling)
    index += Number(c.getAttribute('colspan')) || 1;
  return index;
}

function cellAt(row: Element, index: number): Element | null {
  let at = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== 'td' && c.localName !== 'th') continue;
    const span = Number(c.getAttribute('colspan')) || 1;
    if (index < at + span) return c;
    at += span;
  }
  return null;
}

const UNIT_WORDS = new Set(['mmhg', 'bpm', 'kali', 'menit', 'minute', 'minutes', 'inch', 'inches', 'celsius', 'detik']);
const LETTER_RUNS = /[a-z]+/gi;

/** A cell holding only a unit or a short code ("lbs", "per min", "kg/m^2", "mmHg"): a column of units, not a label. */
function unitLike(text: string): boolean {
  if (text.length > 16) return false;
  const words = text.match(LETTER_RUNS) ?? [];
  return words.every((w) => w.length <= 3 || UNIT_WORDS.has(w.toLowerCase()));
}

/** The nearest cell to the left that is not a unit column, else the cell above in the previous row. */
function rowLabel(cell: Element, max: number): string {
  let unit = '';
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (holdsControl(c)) break;
    const t = cellText(c, max);
    if (!t) continue;
    if (!unitLike(t)) return t;
    unit ||= t;
  }
  if (unit) return unit;
  const row = cell.parentElement;
  const above = row?.previousElementSibling;
  if (above && above.localName === 'tr') {
    const c = cellAt(above, columnIndex(cell));
    if (c) return cellText(c, max);
  }
  return '';
}

function dtLabel(dd: Element, max: number): string {
  for (let s = dd.previousElementSibling; s; s = s.previousElementSibling) {
    if (s.localName === 'dt') return cellText(s, max);
    if (s.localName !== 'dd') break;
  }
  return '';
}

/** A `<label>` right after the control that is bound to nothing else (floating-label layouts). */
function followingLabel(el: Element, max: number): string {
  for (let s = el.nextElementSibling, n = 0; s && n < 3; s = s.nextElementSibling, n++) {
    if (holdsControl(s)) break;
    if (s.localName === 'label') {
      const f = s.getAttribute('for');
      if (f && f !== el.id) break;
      return cellText(s, max);
    }
  }
  return '';
}

export interface Inferred {
  text: string;
  /**
   * Found two or more levels above the control, outside the block that wraps it and its own caption: the
   * title of a panel or dialog more often than the control's label.
   */
  far: boolean;
}

export function inferLabelDetail(el: Element, max: number): Inferred {
  let cur: Element = el;
  const ownId = el.getAttribute('id');
  for (let depth = 0; depth < MAX_CLIMB; depth++) {
    const p = precedingText(cur, max, ownId);
    if (isMeaningful(p.text)) return { text: p.text, far: depth >= FAR_DEPTH };
    if (p.blocked) break;
    const parent = cur.parentElement;
    if (!parent) break;
    const tag = parent.localName;
    if (tag === 'td' || tag === 'th') return { text: rowLabel(parent, max), far: false };
    if (tag === 'dd') return { text: dtLabel(parent, max), far: false };
    if (STOP_CLIMB.has(tag)) break;
    cur = parent;
  }
  return { text: followingLabel(el, max), far: false };
}

export function inferLabel(el: Element, max: number): string {
  return inferLabelDetail(el, max).text;
}

/**
 * The question of a lone checkbox or radio in a table row or `dd` ("Vitamin A | [x] Diberikan bulan ini"): its
 * own label is the answer's caption, the row header asks the question.
 */
export function cellQuestion(el: Element, max: number): string {
  let cell: Element | null = el.parentElement;
  for (let i = 0; cell && i < 3; i++, cell = cell.parentElement) {
    const tag = cell.localName;
    if (tag === 'td' || tag === 'th') return rowLabel(cell, max);
    if (tag === 'dd') return dtLabel(cell, max);
    if (STOP_CLIMB.has(tag)) break;
  }
  return '';
}

/** Text right after the control up to the next control or block: a checkbox caption, a unit ("mmHg"). */
export function followingText(el: Element, max: number): string {
  let text = '';
  let steps = 0;
  for (let sib = el.nextSibling; sib && steps < MAX_SIBLINGS && text.length < max; sib = sib.nextSibling) {
    steps++;
    if (sib.nodeType === 3) {
      text += ' ' + (sib as Text).data;
      continue;
    }
    if (sib.nodeType !== 1) continue;
    const e = sib as Element;
    if (IGNORED.has(e.localName)) {
      if (e.localName === 'br' && isMeaningful(text)) break;
      continue;
    }
    if (holdsControl(e)) break;
    const f = e.getAttribute('for');
    if (e.localName === 'label' && f && f !== el.id) break;
    const t = textOf(e, max);
    text += ' ' + t;
    if (!INLINE.has(e.localName) && e.localName !== 'label' && isMeaningful(text)) break;
  }
  return clip(text, max);
}

/** The table's first row (in thead, tbody or directly under the table), without the table.rows collection. */
function firstRow(table: Element): Element | null {
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'tr') return c;
    if (c.localName === 'thead' || c.localName === 'tbody') {
      for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.localName === 'tr') return r;
    }
  }
  return null;
}

/** Header of the table column the control sits in (a grid of rows under one header line of several cells). */
export function columnHeader(el: Element, max: number): string {
  let cell: Element | null = el.parentElement;
  for (let i = 0; cell && i < 4 && cell.localName !== 'td' && cell.localName !== 'th'; i++) cell = cell.parentElement;
  if (!cell || (cell.localName !== 'td' && cell.localName !== 'th')) return '';
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return '';
  const head = firstRow(table);
  if (!head || head === row || !isHeaderRow(head)) return '';
  const c = cellAt(head, columnIndex(cell));
  if (!c || c === cell || (Number(c.getAttribute('colspan')) || 1) > 1) return '';
  return cellText(c, max);
}

/** A header line: in thead or made of th cells, with at least two cells (not a full-width section title). */
function isHeaderRow(row: Element): boolean {
  let cells = 0;
  let th = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'th') th++;
    if (c.localName === 'th' || c.localName === 'td') cells++;
  }
  if (cells < 2) return false;
  return row.parentElement?.localName === 'thead' || th === cells;
}
