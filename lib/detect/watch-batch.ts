// Which controls a batch of DOM mutations touched: those inside added or changed subtrees, those whose label
// text changed, and their group neighbours (a radio added to a group re-examines the whole group).
import { collectControls, type FramePolicy } from './collect-controls';
import { CONTROL_QUERY, isControl } from './dom-text';
import type { ScanLimits } from './limits';

export interface Touched {
  controls: Element[];
  roots: Array<Document | ShadowRoot>;
  frames: Element[];
  truncated: boolean;
}

const NEIGHBOURHOOD = 3;

/** The block a control shares with its group neighbours (split date parts, checklist boxes, radios). */
function neighbourhood(el: Element): Element {
  let box: Element = el;
  for (let i = 0; i < NEIGHBOURHOOD && box.parentElement; i++) {
    const p = box.parentElement;
    if (p.localName === 'form' || p.localName === 'body' || p.localName === 'html') break;
    box = p;
  }
  return box;
}

const TOO_BROAD = new Set(['body', 'html', 'form', 'main', 'table', 'tbody']);

/** For a text change: the control a label names, else the controls of the surrounding block. */
function controlsNear(el: Element): Element | null {
  const label = el.closest('label');
  if (label) {
    const f = label.getAttribute('for');
    const root = label.getRootNode() as Document | ShadowRoot;
    const control = f
      ? (root.querySelector?.(`[id="${f.replace(/["\\]/g, '\\$&')}"]`) ?? null)
      : label.querySelector(CONTROL_QUERY);
    if (control) return neighbourhood(control);
  }
  if (TOO_BROAD.has(el.localName)) return null; // what was added there is handled as an added subtree
  let box = el;
  for (let i = 0; i < 2 && box.parentElement && !TOO_BROAD.has(box.parentElement.localName); i++)
    box = box.parentElement;
  return box;
}

function addAll(list: ArrayLike<Element>, into: Set<Element>, cap: number): void {
  for (let i = 0; i < list.length && into.size < cap; i++) into.add(list[i]!);
}

export function touchedControls(
  subtrees: Iterable<Element>,
  changed: Iterable<Element>,
  texts: Iterable<Element>,
  limits: ScanLimits,
  frames: FramePolicy,
): Touched {
  const cap = limits.maxControls;
  const found = new Set<Element>();
  const out: Touched = { controls: [], roots: [], frames: [], truncated: false };
  const blocks = new Set<Element>();
  for (const el of subtrees) {
    if (!el.isConnected) continue;
    const c = collectControls(el, limits, frames);
    out.roots.push(...c.roots);
    out.frames.push(...c.frames);
    if (c.truncated) out.truncated = true;
    for (const control of c.controls) {
      if (found.size < cap) found.add(control);
      blocks.add(neighbourhood(control));
    }
  }
  for (const el of changed) {
    if (!el.isConnected) continue;
    if (isControl(el)) blocks.add(neighbourhood(el));
    else if (el.firstElementChild && el.querySelector(CONTROL_QUERY)) blocks.add(el);
    else blocks.add(neighbourhood(el)); // e.g. a `for` or `aria-labelledby` target changed
  }
  for (const el of texts) {
    if (!el.isConnected) continue;
    const near = controlsNear(el);
    if (near) blocks.add(near);
  }
  for (const block of blocks) {
    if (found.size >= cap) {
      out.truncated = true;
      break;
    }
    if (isControl(block)) found.add(block);
    addAll(block.querySelectorAll(CONTROL_QUERY), found, cap);
    // Controls inside shadow roots of the block were collected above when the subtree was added.
  }
  out.controls = sortInReadingOrder([...found]);
  return out;
}

function sortInReadingOrder(list: Element[]): Element[] {
  return list.sort((a, b) => {
    if (a === b) return 0;
    const pos = a.compareDocumentPosition(b);
    if (pos & 1) return 0; // different trees (shadow roots, frames): keep insertion order
    return pos & 4 ? -1 : 1;
  });
}
