// Labels that come from a table or a definition list: the row's caption cell (skipping a column of units), the
// cell above, the column header over a grid of rows, the `dt` of a `dd`. Bounded walks over siblings only.
import { holdsControl, isMeaningful, textOf } from './dom-text';
import { read } from './read-deps';

export function cellText(cell: Element, max: number): string {
  if (holdsControl(cell)) return '';
  const t = textOf(cell, max);
  return isMeaningful(t) ? t : '';
}

function columnIndex(cell: Element): number {
  if (cell.parentNode) read('children', cell.parentNode);
  let index = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling)
    index += Number(c.getAttribute('colspan')) || 1;
  return index;
}

function cellAt(row: Element, index: number): Element | null {
  read('children', row);
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
export function rowLabel(cell: Element, max: number): string {
  if (cell.parentNode) read('children', cell.parentNode);
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
  if (row) read('before', row);
  const above = row?.previousElementSibling;
  if (above && above.localName === 'tr') {
    const c = cellAt(above, columnIndex(cell));
    if (c) return cellText(c, max);
  }
  return '';
}

export function dtLabel(dd: Element, max: number): string {
  if (dd.parentNode) read('children', dd.parentNode);
  for (let s = dd.previousElementSibling; s; s = s.previousElementSibling) {
    if (s.localName === 'dt') return cellText(s, max);
    if (s.localName !== 'dd') break;
  }
  return '';
}

/** The table's first row (in thead, tbody or directly under the table), without the table.rows collection. */
function firstRow(table: Element): Element | null {
  read('children', table);
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'tr') return c;
    if (c.localName === 'thead' || c.localName === 'tbody') {
      for (let r = c.firstElementChild; r; r = r.nextElementSibling) {
        if (r.localName !== 'tr') continue;
        read('first', c, r);
        return r;
      }
      read('children', c);
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
  read('children', row);
  let cells = 0;
  let th = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'th') th++;
    if (c.localName === 'th' || c.localName === 'td') cells++;
  }
  if (cells < 2) return false;
  return row.parentElement?.localName === 'thead' || th === cells;
}
