// Labels the markup binds to a control (`<label for>`, a wrapping label, `aria-labelledby`), and whether a
// person would read each one as this control's label. Real pages point `for` at the wrong control or at
// nothing; a label bound to this control but sitting next to another one reads as that other one's.
import { CONTROL_TAGS, clip, isControl, isMeaningful, textOf } from './dom-text';
import { boundLabelsOf, elementById, labelsWithFor } from './label-index';
import { read } from './read-deps';
import { call, get } from '../dom/read';
import { follows } from '../dom/order';

const WALK_BUDGET = 150;

function nextInOrder(node: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && get(node, 'firstElementChild')) return get(node, 'firstElementChild');
  let cur: Element | null = node;
  while (cur) {
    if (get(cur, 'nextElementSibling')) return get(cur, 'nextElementSibling');
    cur = get(cur, 'parentElement');
  }
  return null;
}

/** No other control stands between `label` and `control` in reading order. */
export function readsAsLabelOf(label: Element, control: Element): boolean {
  const common = commonAncestorOf(label, control);
  if (common) read('sub', common);
  const labelFirst = follows(label, control);
  const from = labelFirst ? label : control;
  const to = labelFirst ? control : label;
  let cur = nextInOrder(from, true);
  for (let steps = 0; cur && steps < WALK_BUDGET; steps++) {
    if (cur === to) return true;
    if (cur !== control && isControl(cur)) return false;
    cur = nextInOrder(cur, get(cur, 'localName') === 'select');
  }
  return false;
}

/** The nearest element holding both (the walk between them stays inside it). */
function commonAncestorOf(a: Element, b: Element): Element | null {
  for (let p: Element | null = a; p; p = get(p, 'parentElement')) if (call(p, 'contains', b)) return p;
  return null;
}

function boundLabels(el: Element): Element[] {
  if (!CONTROL_TAGS.has(get(el, 'localName'))) return [];
  const list = boundLabelsOf(el);
  if (list.length > 0) return list;
  // `<label for="no_peserta">` next to `<input name="no_peserta">` without an id (Bitwarden does the same).
  const name = call(el, 'getAttribute', 'name');
  const root = call(el, 'getRootNode') as Document | ShadowRoot;
  if (name && name.length < 200 && typeof get(root, 'querySelector') === 'function') {
    const candidates = labelsWithFor(root, name);
    if (candidates.length > 0 && !elementById(root, name)) list.push(candidates[0]!);
  }
  return list;
}

export interface ExplicitLabels {
  near: string;
  far: string;
}

export function explicitLabels(el: Element, max: number): ExplicitLabels {
  let near = '';
  let far = '';
  for (const label of boundLabels(el)) {
    const text = textOf(label, max);
    if (!isMeaningful(text)) continue;
    if (call(label, 'contains', el) || readsAsLabelOf(label, el)) near = near ? `${near} ${text}` : text;
    else far = far ? `${far} ${text}` : text;
  }
  return { near: clip(near, max), far: clip(far, max) };
}

/** aria-label plus the text of aria-labelledby's targets (the accessible name a screen reader announces). */
export function ariaText(el: Element, max: number): string {
  let text = call(el, 'getAttribute', 'aria-label') ?? '';
  const ids = call(el, 'getAttribute', 'aria-labelledby');
  if (ids) {
    const root = call(el, 'getRootNode') as Document | ShadowRoot;
    let count = 0;
    for (const id of ids.slice(0, 500).split(/\s+/)) {
      if (!id || count++ > 8) continue;
      const target = elementById(root, id);
      if (target && target !== el) text += ' ' + textOf(target, max);
    }
  }
  return clip(text, max);
}
