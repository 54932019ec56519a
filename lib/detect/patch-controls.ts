// The control list of the previous walk (collect-controls.ts) brought up to date after a batch of mutations that
// only added or removed subtrees holding no frame and no shadow root: the controls that left are dropped and those
// that arrived are put in their place in page order. It costs what the batch touched, where a walk costs the page.
// The result is the list a walk would return now (and which of the arrived controls are in it), or null when that
// cannot be known without walking.
import { MAX_NODES, OPAQUE, type Collected } from './collect-controls';
import { isEditableRoot } from './dom-text';
import { candidatesFor, type ScanLimits } from './limits';
import { call, get } from '../dom/read';
import { byPageOrder, follows } from '../dom/order';

export interface ListChange {
  /** Controls in the subtrees added (where they are now), and in those removed; a moved control is in both. */
  arrived: ReadonlySet<Element>;
  departed: ReadonlySet<Element>;
  /** Elements in the subtrees added. */
  addedNodes: number;
}

export function patchControls(
  last: Collected,
  root: Document,
  change: ListChange,
  limits: ScanLimits,
): { collected: Collected; reached: ReadonlySet<Element> } | null {
  // Page order is document order only within one tree: with shadow roots or frames entered, walk again.
  if (last.truncated || last.roots.length !== 1 || last.roots[0] !== root) return null;
  // Removed subtrees are not subtracted: an upper bound of what a walk would count.
  const nodes = last.nodes + change.addedNodes;
  if (nodes > MAX_NODES) return null;
  const kept = last.controls.filter((c) => !change.departed.has(c) && !change.arrived.has(c));
  const fresh: Element[] = [];
  for (const c of change.arrived) if (walkReaches(c, root)) fresh.push(c);
  // At the cap a walk may stop early and say so; below it, it lists them all.
  if (kept.length + fresh.length >= candidatesFor(limits)) return null;
  const reached = new Set(fresh);
  if (fresh.length === 0) return { collected: { ...last, controls: kept, nodes }, reached };
  fresh.sort(byPageOrder);
  const controls: Element[] = [];
  let from = 0;
  for (const c of fresh) {
    const at = firstAfter(kept, c, from);
    for (let i = from; i < at; i++) controls.push(kept[i]!);
    controls.push(c);
    from = at;
  }
  for (let i = from; i < kept.length; i++) controls.push(kept[i]!);
  return { collected: { ...last, controls, nodes }, reached };
}

/** The index of the first control in `list` (from `from` on, all in page order) that comes after `el`. */
function firstAfter(list: readonly Element[], el: Element, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(el, list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Whether a walk of `root` reaches `el`: it is in the page, in that tree, and no element above it is one whose
 * content the walk passes over (a script, an svg, a select, a contenteditable control's content).
 */
function walkReaches(el: Element, root: Document): boolean {
  if (!get(el, 'isConnected') || call(el, 'getRootNode') !== root) return false;
  for (let a = get(el, 'parentElement'); a; a = get(a, 'parentElement')) {
    const tag = get(a, 'localName');
    if (OPAQUE.has(tag)) return false;
    if (tag !== 'input' && isEditableRoot(a)) return false;
  }
  return true;
}
