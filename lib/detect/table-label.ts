// Labels that come from a table or a definition list: the row's caption cell (skipping a column of units), the
// cell above, the column header over a grid of rows, the `dt` of a `dd`. Bounded walks over siblings only.
import { holdsControl, isMeaningful, textOf } from './dom-text';
import { read } from './read-deps';
import { call, get } from '../dom/read';

export function cellText(cell: Element, max: number): string {
  if (holdsControl(cell)) return '';
  const t = textOf(cell, max);
  return isMeaningful(t) ? t : '';
}

function columnIndex(cell: Element): number {
  const parent = get(cell, 'parentNode');
  if (parent) read('children', parent);
  let index = 0;
  for (let c = get(cell, 'previousElementSibling'); c; c = get(c, 'previousElementSibling'))
    index += Number(call(c, 'getAttribute', 'colspan')) || 1;
  return index;
}

function cellAt(row: Element, index: number): Element | null {
  read('children', row);
  let at = 0;
  for (let c = get(row, 'firstElementChild'); c; c = get(c, 'nextElementSibling')) {
    if (get(c, 'localName') !== 'td' && get(c, 'localName') !== 'th') continue;
    const span = Number(call(c, 'getAttribute', 'colspan')) || 1;
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
  const parent = get(cell, 'parentNode');
  if (parent) read('children', parent);
  let unit = '';
  for (let c = get(cell, 'previousElementSibling'); c; c = get(c, 'previousElementSibling')) {
    if (holdsControl(c)) break;
    const t = cellText(c, max);
    if (!t) continue;
    if (!unitLike(t)) return t;
    unit ||= t;
  }
  if (unit) return unit;
  const row = get(cell, 'parentElement');
  if (row) read('before', row);
  const above = row ? get(row, 'previousElementSibling') : null;
  if (above && get(above, 'localName') === 'tr') {
    const c = cellAt(above, belowRowspans(above, columnIndex(cell)));
    if (c) return cellText(c, max);
  }
  return '';
}

/**
 * The column of a cell, counted in the row above it: a cell of that row spanning two rows also fills a column of
 * this one, so the cells after it sit one column further right (HTML's table model). OpenEMR's encounter form puts a
 * nested table spanning both rows between the captions and the boxes under them.
 */
function belowRowspans(above: Element, index: number): number {
  read('children', above);
  let at = 0;
  for (let c = get(above, 'firstElementChild'); c && at <= index; c = get(c, 'nextElementSibling')) {
    if (get(c, 'localName') !== 'td' && get(c, 'localName') !== 'th') continue;
    const span = Number(call(c, 'getAttribute', 'colspan')) || 1;
    if ((Number(call(c, 'getAttribute', 'rowspan')) || 1) > 1) index += span;
    at += span;
  }
  return index;
}

export function dtLabel(dd: Element, max: number): string {
  const parent = get(dd, 'parentNode');
  if (parent) read('children', parent);
  for (let s = get(dd, 'previousElementSibling'); s; s = get(s, 'previousElementSibling')) {
    if (get(s, 'localName') === 'dt') return cellText(s, max);
    if (get(s, 'localName') !== 'dd') break;
  }
  return '';
}

/** The table's first row (in thead, tbody or directly under the table), without the table.rows collection. */
function firstRow(table: Element): Element | null {
  read('children', table);
  for (let c = get(table, 'firstElementChild'); c; c = get(c, 'nextElementSibling')) {
    if (get(c, 'localName') === 'tr') return c;
    if (get(c, 'localName') === 'thead' || get(c, 'localName') === 'tbody') {
      for (let r = get(c, 'firstElementChild'); r; r = get(r, 'nextElementSibling')) {
        if (get(r, 'localName') !== 'tr') continue;
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
  let cell: Element | null = get(el, 'parentElement');
  for (let i = 0; cell && i < 4 && get(cell, 'localName') !== 'td' && get(cell, 'localName') !== 'th'; i++)
    cell = get(cell, 'parentElement');
  if (!cell || (get(cell, 'localName') !== 'td' && get(cell, 'localName') !== 'th')) return '';
  const row = get(cell, 'parentElement');
  const table = row ? call(row, 'closest', 'table') : null;
  if (!row || !table) return '';
  const head = firstRow(table);
  if (!head || head === row || !(isHeaderRow(head) || (oneHeaderCell(head) && cellCount(row) === 1))) return '';
  const c = cellAt(head, columnIndex(cell));
  if (!c || c === cell || (Number(call(c, 'getAttribute', 'colspan')) || 1) > 1) return '';
  return cellText(c, max);
}

/**
 * A one-column table ("<tr><th>Plan:</th></tr>" over a row holding only a textarea): its lone header cell heads
 * the column, as a header line heads each column of a grid.
 */
function oneHeaderCell(row: Element): boolean {
  read('children', row);
  const first = get(row, 'firstElementChild');
  return first !== null && get(first, 'localName') === 'th' && get(first, 'nextElementSibling') === null;
}

function cellCount(row: Element): number {
  read('children', row);
  let cells = 0;
  for (let c = get(row, 'firstElementChild'); c; c = get(c, 'nextElementSibling'))
    if (get(c, 'localName') === 'th' || get(c, 'localName') === 'td') cells++;
  return cells;
}

/** A header line: in thead or made of th cells, with at least two cells (not a full-width section title). */
function isHeaderRow(row: Element): boolean {
  read('children', row);
  let cells = 0;
  let th = 0;
  for (let c = get(row, 'firstElementChild'); c; c = get(c, 'nextElementSibling')) {
    if (get(c, 'localName') === 'th') th++;
    if (get(c, 'localName') === 'th' || get(c, 'localName') === 'td') cells++;
  }
  if (cells < 2) return false;
  const group = get(row, 'parentElement');
  return (group ? get(group, 'localName') : undefined) === 'thead' || th === cells;
}
