// What surrounds a control: the legend of its fieldset (or the name of an ARIA group) and the nearest heading
// or panel title above it. Used as context (is this form about health care?) and, for groups, file uploads
// and fields alone in a fieldset, as the label itself.
import { CONTROL_QUERY, clip, holdsControl, isMeaningful, textOf } from './dom-text';
import { ariaText } from './explicit-labels';
import { read } from './read-deps';
import { call, get } from '../dom/read';

const HEADING = /^h[1-6]$/;
// "head" alone too: Frappe's "section-head", "box-head", "widget-head" title a section the way "panel-heading" does.
const TITLE_CLASS = /(^|[\s_-])(head|heading|header|title|judul|caption|legend)([\s_-]|$)/i;
const MAX_UP = 10;
const MAX_BACK = 8;

export interface Legend {
  text: string;
  /** Number of separately answered controls in the group (radios of one name count once), capped. */
  units: number;
}

function groupContainer(el: Element): Element | null {
  let cur = get(el, 'parentElement');
  for (let i = 0; cur && i < 12; i++, cur = get(cur, 'parentElement')) {
    if (get(cur, 'localName') === 'fieldset') return cur;
    const role = call(cur, 'getAttribute', 'role');
    if (role === 'group' || role === 'radiogroup') return cur;
    if (get(cur, 'localName') === 'form' || get(cur, 'localName') === 'body') return null;
  }
  return null;
}

function countUnits(container: Element): number {
  read('sub', container);
  const seen = new Set<string>();
  let units = 0;
  const list = call(container, 'querySelectorAll', CONTROL_QUERY);
  for (let i = 0; i < list.length && units < 20; i++) {
    const c = list[i]!;
    const type = (call(c, 'getAttribute', 'type') ?? '').toLowerCase();
    const name = call(c, 'getAttribute', 'name');
    if ((type === 'radio' || type === 'checkbox') && name) {
      if (seen.has(name)) continue;
      seen.add(name);
    }
    units++;
  }
  return units;
}

export function legendOf(el: Element, max: number): Legend {
  const box = groupContainer(el);
  if (!box) return { text: '', units: 0 };
  let text = '';
  if (get(box, 'localName') === 'fieldset') {
    read('children', box);
    for (let c = get(box, 'firstElementChild'); c; c = get(c, 'nextElementSibling')) {
      if (get(c, 'localName') === 'legend') {
        text = textOf(c, max);
        break;
      }
    }
  }
  if (!isMeaningful(text)) text = ariaText(box, max);
  return { text: isMeaningful(text) ? text : '', units: countUnits(box) };
}

function isHeading(e: Element): boolean {
  if (
    HEADING.test(get(e, 'localName')) ||
    call(e, 'getAttribute', 'role') === 'heading' ||
    get(e, 'localName') === 'legend'
  )
    return true;
  return isTitleClass(call(e, 'getAttribute', 'class')) || wrapsTitle(e) || isTitleRow(e);
}

const BOLD = new Set(['b', 'strong']);

/** The title row a table opens with heads every row of it, however many rows lie between (a long form table). */
function tableTitle(row: Element, max: number): string {
  if (get(row, 'localName') !== 'tr') return '';
  const group = get(row, 'parentElement');
  if (!group) return '';
  read('children', group);
  const first = get(group, 'firstElementChild');
  if (!first || first === row || !isTitleRow(first) || holdsControl(first)) return '';
  const t = textOf(first, max);
  return isMeaningful(t) ? clip(t, max) : '';
}

/**
 * A table row of one cell that is a header cell or holds only bold text ("<tr bgcolor=#ddd><td colspan=3><b>Body
 * Composition</b></td></tr>"): the title of the rows under it, as old table-laid forms write a section.
 */
function isTitleRow(e: Element): boolean {
  if (get(e, 'localName') !== 'tr') return false;
  read('children', e);
  const cell = get(e, 'firstElementChild');
  if (!cell || get(cell, 'nextElementSibling') !== null) return false;
  if (get(cell, 'localName') === 'th') return true;
  if (get(cell, 'localName') !== 'td') return false;
  read('children', cell);
  const only = get(cell, 'firstElementChild');
  return only !== null && get(only, 'nextElementSibling') === null && BOLD.has(get(only, 'localName'));
}

const TITLE_WRAPPERS = new Set(['p', 'div', 'center']);

/**
 * A paragraph or block whose one element is a title ("<p><span class="forms-title">Treatment Planning</span></p>",
 * as OpenEMR and LibreHealth EHR write the title of every encounter form) reads as that title.
 */
function wrapsTitle(e: Element): boolean {
  if (!TITLE_WRAPPERS.has(get(e, 'localName'))) return false;
  read('children', e);
  const only = get(e, 'firstElementChild');
  if (only === null || get(only, 'nextElementSibling') !== null) return false;
  return isTitleClass(call(only, 'getAttribute', 'class')) || emphasisTitle(e, only);
}

const EMPHASIS = new Set(['u', 'b', 'strong']);

/**
 * A paragraph that is nothing but underlined or bold words ("<p><u>Riwayat kesehatan (PDH dan PMH)</u></p>", as
 * Indonesian hospital forms title the rows under them) reads as a title; one that goes on after the emphasis
 * ("<p><b>Note:</b> bring your card</p>") is a sentence.
 */
function emphasisTitle(e: Element, only: Element): boolean {
  if (get(e, 'localName') !== 'p' || !EMPHASIS.has(get(only, 'localName'))) return false;
  const all = (get(e, 'textContent') ?? '').replace(/[\s:]+/g, '');
  const inner = (get(only, 'textContent') ?? '').replace(/[\s:]+/g, '');
  return inner.length > 0 && inner.length <= 80 && all === inner;
}

/** A class attribute that makes a block read as a heading ("panel-heading", "card-title"). */
export function isTitleClass(cls: string | null): boolean {
  return cls !== null && cls.length < 300 && TITLE_CLASS.test(cls);
}

/** Nearest heading (h1–h6, role=heading, a "panel-heading"/"card-header" block) before the control. */
export function headingOf(el: Element, max: number): string {
  let cur: Element | null = el;
  for (let up = 0; cur && up < MAX_UP; up++, cur = get(cur, 'parentElement')) {
    let back = 0;
    read('before', cur);
    for (let s = get(cur, 'previousElementSibling'); s && back < MAX_BACK; s = get(s, 'previousElementSibling')) {
      // A line break is layout, not a block of the page: old forms put one after every caption and box.
      if (get(s, 'localName') === 'br') continue;
      back++;
      if (isHeading(s) && !holdsControl(s)) {
        const t = textOf(s, max);
        if (isMeaningful(t)) return clip(t, max);
      }
    }
    const title = tableTitle(cur, max);
    if (title) return title;
    if (get(cur, 'localName') === 'body') break;
  }
  return '';
}
