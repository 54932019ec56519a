// Small DOM geometry helpers for grouping: are two controls part of one visual unit?
import { call, get } from '../dom/read';

/** `a` and `b` share an ancestor at most `maxUp` levels above each (siblings, or cousins in one block). */
export function closeTogether(a: Element, b: Element, maxUp = 3): boolean {
  const ups: Element[] = [];
  for (let p = get(a, 'parentElement'), i = 0; p && i < maxUp; p = get(p, 'parentElement'), i++) ups.push(p);
  for (let p = get(b, 'parentElement'), i = 0; p && i < maxUp; p = get(p, 'parentElement'), i++) {
    if (ups.includes(p)) return get(p, 'localName') !== 'form' && get(p, 'localName') !== 'body';
  }
  return false;
}

/** Lowest common ancestor of a list of elements, searched at most `maxUp` levels above the first. */
export function commonAncestor(list: readonly Element[], maxUp = 6): Element | null {
  const first = list[0];
  if (!first) return null;
  for (let p = get(first, 'parentElement'), i = 0; p && i < maxUp; p = get(p, 'parentElement'), i++) {
    if (list.every((e) => call(p!, 'contains', e))) return p;
  }
  return null;
}

/** Elements that start a new block: a control after one of them is on another line, not the next box of a row. */
const BLOCKS = new Set([
  'div',
  'p',
  'table',
  'tr',
  'fieldset',
  'form',
  'section',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'input',
  'select',
  'textarea',
  'button',
]);

/**
 * `b` follows `a` as a sibling with at most `maxBetween` inline elements between them ("/", a "Month" label, a
 * span), whatever the parent: day / month / year boxes put straight into a `<form>` or `<body>` are one row
 * even though closeTogether will not group across a form.
 */
export function sideBySide(a: Element, b: Element, maxBetween = 3): boolean {
  if (a.parentNode === null || a.parentNode !== b.parentNode) return false;
  let between = 0;
  for (let s = a.nextElementSibling; s; s = s.nextElementSibling) {
    if (s === b) return true;
    if (++between > maxBetween || BLOCKS.has(s.localName) || s.querySelector('input, select, textarea')) return false;
  }
  return false;
}
