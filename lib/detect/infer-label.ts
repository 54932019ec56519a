// The label a person reads next to a control when the markup binds none (after Chromium's InferLabelForElement
// and Firefox's adjacent-label pairing): preceding text and inline elements, a preceding block or unbound
// `<label>`, the same walk from each ancestor (bootstrap "form-group" layouts), the row cell to the left,
// the `dt` of a `dd`, or, failing all, a label right after the control (floating labels).
import { clip, holdsControl, isMeaningful, textOf } from './dom-text';
import { elementById } from './label-index';
import { read } from './read-deps';
import { cellText, columnHeader, dtLabel, rowLabel } from './table-label';
import { leadingUnit } from './unit-words';
import { call, get } from '../dom/read';

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
  // The text of this line, when a line break was met: in "… [ ] cm<br>Kesadaran : [ ]" the line before belongs to
  // the box before.
  let line: string | null = null;
  read('before', start);
  for (let sib = get(start, 'previousSibling'); sib && steps < MAX_SIBLINGS; sib = get(sib, 'previousSibling')) {
    steps++;
    if (get(sib, 'nodeType') === 3) {
      const t = get(sib as Text, 'data');
      if (t.trim().length > 0) text = clip(t, max) + ' ' + text;
      continue;
    }
    if (get(sib, 'nodeType') !== 1) continue;
    const e = sib as Element;
    const tag = get(e, 'localName');
    if (tag === 'br' && line === null && isMeaningful(text)) line = text;
    if (IGNORED.has(tag) || call(e, 'hasAttribute', 'hidden')) continue;
    // The control's own `<label for>` is read already (a "Choose file" button): the caption is before it.
    if (tag === 'label' && ownId && call(e, 'getAttribute', 'for') === ownId) continue;
    if (tag === 'hr') break;
    if (holdsControl(e)) return { text: clip(betweenControls(line ?? text), max), blocked: true };
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

/**
 * Text between a control and the one before it, in inline forms that run boxes and captions together ("TD : [ ]
 * mmHg  N [ ] x/mnt"): the measure symbol it opens with is the box before's unit, not this box's caption.
 */
function betweenControls(text: string): string {
  const unit = leadingUnit(text);
  if (!unit) return text;
  // A lone letter left ("mmHg N") may be a list marker to the walk that reads it: the unit stays with it.
  const rest = text.slice(unit.length).trim();
  return isMeaningful(rest) && !ENUMERATOR.test(rest) ? rest : text;
}

/**
 * A `<label>` right after the control that is bound to nothing else (floating-label layouts), or any element
 * there whose `for` names the control: frameworks that draw the floating caption as a `<span for=…>` (not a
 * label to the browser) still say whose caption it is.
 */
function followingLabel(el: Element, max: number): string {
  read('after', el);
  const id = get(el, 'id');
  for (let s = get(el, 'nextElementSibling'), n = 0; s && n < 3; s = get(s, 'nextElementSibling'), n++) {
    if (holdsControl(s)) break;
    const f = call(s, 'getAttribute', 'for');
    if (get(s, 'localName') === 'label') {
      if (f && f !== id) break;
      return cellText(s, max);
    }
    // Drawn over the box, it is often aria-hidden (the box was meant to carry the name): a sighted person reads it.
    if (f && id && f === id) return ownText(s, max);
  }
  return '';
}

/** The text inside an element, even when the element itself is marked hidden from assistive technology. */
function ownText(el: Element, max: number): string {
  if (holdsControl(el)) return '';
  read('sub', el);
  let text = '';
  for (let c = get(el, 'firstChild'); c && text.length < max; c = get(c, 'nextSibling')) text += ' ' + textOf(c, max);
  const t = clip(text, max);
  return isMeaningful(t) ? t : '';
}

/** A list marker, not a caption: "A.", "12)", "(b)", "L". */
export const ENUMERATOR = /^\(?(?:[0-9]{1,3}|[A-Za-z])[.):]?\)?$/;

/** The table's `<caption>`, else the block right before the table ("21. Diagnosis or nature of illness"). */
function tableCaption(cell: Element, max: number): string {
  const table = call(cell, 'closest', 'table');
  if (!table) return '';
  read('children', table);
  for (let c = get(table, 'firstElementChild'); c; c = get(c, 'nextElementSibling'))
    if (get(c, 'localName') === 'caption') return cellText(c, max);
  const before = precedingText(table, max, null);
  return before.blocked ? '' : before.text;
}

/**
 * The row's caption; in a grid of boxes captioned only by letters and with no header row (the diagnosis boxes
 * A–L of a claim form), the caption of the whole table.
 */
function cellLabel(el: Element, cell: Element, max: number): Inferred {
  const row = rowLabel(cell, max);
  if ((isMeaningful(row) && !ENUMERATOR.test(row)) || columnHeader(el, max) !== '')
    return { text: row, far: false, row: true };
  const caption = tableCaption(cell, max);
  return isMeaningful(caption) ? { text: caption, far: true } : { text: row, far: false };
}

export interface Inferred {
  text: string;
  /**
   * Found two or more levels above the control, outside the block that wraps it and its own caption: the
   * title of a panel or dialog more often than the control's label.
   */
  far: boolean;
  /** The text is the first cell of the control's table row. */
  row?: boolean;
}

export function inferLabelDetail(el: Element, max: number): Inferred {
  let cur: Element = el;
  // A `for` naming the control's id is its own label only when the id is the control's (the first element with
  // it): where every box of a form shares one id, the label beside the fourth box is that box's caption.
  const id = call(el, 'getAttribute', 'id');
  const ownId = id && elementById(call(el, 'getRootNode') as Document | ShadowRoot, id) === el ? id : null;
  for (let depth = 0; depth < MAX_CLIMB; depth++) {
    const p = precedingText(cur, max, ownId);
    if (isMeaningful(p.text) && !ENUMERATOR.test(p.text)) return { text: p.text, far: depth >= FAR_DEPTH };
    if (p.blocked) break;
    const parent = get(cur, 'parentElement');
    if (!parent) break;
    const tag = get(parent, 'localName');
    if (tag === 'td' || tag === 'th') return cellLabel(el, parent, max);
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
  let cell: Element | null = get(el, 'parentElement');
  for (let i = 0; cell && i < 3; i++, cell = get(cell, 'parentElement')) {
    const tag = get(cell, 'localName');
    if (tag === 'td' || tag === 'th') return rowLabel(cell, max);
    if (tag === 'dd') return dtLabel(cell, max);
    if (STOP_CLIMB.has(tag)) break;
  }
  return '';
}

/** Text right after the control up to the next control or block: a checkbox caption, a unit ("mmHg"). */
export function followingText(el: Element, max: number): string {
  const own = followingFrom(el, el, max);
  if (isMeaningful(own)) return own;
  // "<span><input type=checkbox></span>teratur": a box alone in an inline wrapper is captioned after the wrapper.
  const parent = get(el, 'parentElement');
  if (!parent || !INLINE.has(get(parent, 'localName')) || isMeaningful(textOf(parent, max))) return own;
  if (call(parent, 'querySelectorAll', 'input, select, textarea').length !== 1) return own;
  return followingFrom(parent, el, max);
}

function followingFrom(start: Element, el: Element, max: number): string {
  let text = '';
  let steps = 0;
  read('after', start);
  for (
    let sib = get(start, 'nextSibling');
    sib && steps < MAX_SIBLINGS && text.length < max;
    sib = get(sib, 'nextSibling')
  ) {
    steps++;
    if (get(sib, 'nodeType') === 3) {
      text += ' ' + get(sib as Text, 'data');
      continue;
    }
    if (get(sib, 'nodeType') !== 1) continue;
    const e = sib as Element;
    if (IGNORED.has(get(e, 'localName'))) {
      if (get(e, 'localName') === 'br' && isMeaningful(text)) break;
      continue;
    }
    if (holdsControl(e)) break;
    const f = call(e, 'getAttribute', 'for');
    if (get(e, 'localName') === 'label' && f && f !== get(el, 'id')) break;
    const t = textOf(e, max);
    text += ' ' + t;
    if (!INLINE.has(get(e, 'localName')) && get(e, 'localName') !== 'label' && isMeaningful(text)) break;
  }
  return clip(text, max);
}
