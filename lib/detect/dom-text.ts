// Bounded reading of the text a page shows. Never reads what a person typed: form controls and editable
// regions are skipped, and so are scripts, styles and option lists. Caps both the characters kept and the
// nodes visited, so a megabyte label or a huge subtree costs the same as a short one.
import { read } from './read-deps';
import { call, get } from '../dom/read';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'input',
  'button',
  'svg',
  'math',
  'object',
  'iframe',
  'frame',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'meter',
  'progress',
  'output',
]);

export const CONTROL_TAGS = new Set(['input', 'select', 'textarea']);
const NOT_FIELD_INPUT = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** A form control a person can type into or choose with (before visibility/disabled checks). */
export function isControl(el: Element): boolean {
  const tag = get(el, 'localName');
  if (tag === 'input') return !NOT_FIELD_INPUT.has((call(el, 'getAttribute', 'type') ?? '').toLowerCase());
  if (tag === 'select' || tag === 'textarea') return true;
  return isEditableRoot(el);
}

export function isEditableRoot(el: Element): boolean {
  const ce = call(el, 'getAttribute', 'contenteditable');
  if (ce === null || ce.toLowerCase() === 'false') return false;
  const parent = get(el, 'parentElement');
  const pce = parent ? call(parent, 'closest', '[contenteditable]') : null;
  return !pce || call(pce, 'getAttribute', 'contenteditable')?.toLowerCase() === 'false';
}

function skipElement(el: Element): boolean {
  if (SKIP.has(get(el, 'localName'))) return true;
  if (call(el, 'hasAttribute', 'hidden') || call(el, 'getAttribute', 'aria-hidden') === 'true') return true;
  return (
    call(el, 'hasAttribute', 'contenteditable') &&
    call(el, 'getAttribute', 'contenteditable')?.toLowerCase() !== 'false'
  );
}

/**
 * Visible-ish text of a node's subtree, whitespace collapsed, at most `max` characters, visiting at most
 * `budget` nodes. Text of separate elements is joined with a space ("Tgl<span>Lahir</span>" → "Tgl Lahir").
 */
export function textOf(node: Node, max: number, budget = 300): string {
  read('sub', node);
  if (get(node, 'nodeType') === 3) return clip(get(node as Text, 'data'), max);
  if (get(node, 'nodeType') !== 1 || skipElement(node as Element)) return '';
  let out = '';
  let visited = 0;
  let cur: Node | null = get(node, 'firstChild');
  while (cur && visited < budget && out.length < max) {
    visited++;
    let descend = false;
    if (get(cur, 'nodeType') === 3) {
      const data = get(cur as Text, 'data');
      out += data.length > max ? data.slice(0, max) : data;
    } else if (get(cur, 'nodeType') === 1 && !skipElement(cur as Element)) {
      descend = get(cur, 'firstChild') !== null;
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
    }
    if (descend) {
      cur = get(cur, 'firstChild');
      continue;
    }
    while (cur && cur !== node && !get(cur, 'nextSibling')) cur = get(cur, 'parentNode');
    if (!cur || cur === node) break;
    cur = get(cur, 'nextSibling');
  }
  return clip(out, max);
}

const SPACES = /\s+/g;

/** Collapses whitespace and caps the length (slicing first, so a megabyte string is never scanned whole). */
export function clip(text: string, max: number): string {
  const head = text.length > max * 2 ? text.slice(0, max * 2) : text;
  const out = head.replace(SPACES, ' ').trim();
  return out.length > max ? out.slice(0, max) : out;
}

/** A label is usable when it has a letter or digit (not just "*", ":" or "#"). */
export function isMeaningful(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Whether an element is, or holds, a form control (bounded by the DOM's own selector engine). */
export function holdsControl(el: Element): boolean {
  read('sub', el);
  if (isControl(el)) return true;
  if (get(el, 'firstElementChild') === null) return false;
  return call(el, 'querySelector', CONTROL_QUERY) !== null;
}

export const CONTROL_QUERY =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]),select,textarea,[contenteditable]:not([contenteditable=false])';
