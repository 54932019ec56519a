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
