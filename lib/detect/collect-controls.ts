// Finds the controls under a root in reading order: the light DOM, open shadow roots, and same-origin frames
// (srcdoc and about:blank included), within the scan limits. One pass, no recursion within a tree.
import { isScriptlessFrame } from '../page/has-controls';
import { isControl } from './dom-text';
import { candidatesFor, type ScanLimits } from './limits';
import { isRendered } from './visibility';
import { get } from '../dom/read';

/** Which frames a scan enters: all same-origin frames, or only those that get no content script of their own. */
export type FramePolicy = 'all' | 'scriptless' | 'none';

export interface Collected {
  controls: Element[];
  roots: Array<Document | ShadowRoot>;
  /** Every frame element met (same-origin or not), so a watcher can follow their loads. */
  frames: Element[];
  truncated: boolean;
  /** Elements walked (what MAX_NODES bounds). */
  nodes: number;
}

export const MAX_NODES = 400_000;
/** Elements whose content the walk does not enter. */
export const OPAQUE: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'head',
  'select',
  'textarea',
  'object',
]);

function frameDocument(frame: Element): Document | null {
  try {
    const doc = get(frame as HTMLIFrameElement, 'contentDocument');
    return doc && get(doc, 'documentElement') ? doc : null;
  } catch {
    return null; // cross-origin
  }
}

interface Walk {
  out: Collected;
  limits: ScanLimits;
  frames: FramePolicy;
  nodes: number;
  seen: WeakSet<Node>;
}

function walkTree(start: Element, depth: number, w: Walk, includeStart: boolean): void {
  let cur: Element | null = includeStart ? start : get(start, 'firstElementChild');
  if (!includeStart && !cur) return;
  while (cur) {
    if (w.out.truncated) return;
    if (++w.nodes > MAX_NODES || w.out.controls.length >= candidatesFor(w.limits)) {
      w.out.truncated = true;
      return;
    }
    const el: Element = cur;
    let enter = false;
    try {
      enter = visit(el, depth, w);
    } catch {
      // An element that cannot be read (a frame torn down mid-scan, a hostile object) is passed over with its
      // subtree; the rest of the page is still walked.
    }
    // next element in document order, staying inside `start`
    if (enter && get(el, 'firstElementChild')) {
      cur = get(el, 'firstElementChild');
      continue;
    }
    let next: Element | null = el;
    while (next && next !== start && !get(next, 'nextElementSibling')) next = get(next, 'parentElement');
    cur = !next || next === start ? null : get(next, 'nextElementSibling');
  }
}

/** Notes `el` if it is a control and enters its shadow root and frame; says whether to walk its children. */
function visit(el: Element, depth: number, w: Walk): boolean {
  const tag = get(el, 'localName');
  let enter = !OPAQUE.has(tag);
  if (isControl(el)) {
    w.out.controls.push(el);
    if (tag !== 'input') enter = false; // contenteditable content, options
  }
  const shadow = get(el, 'shadowRoot');
  if (shadow) enterRoot(shadow, depth + 1, w);
  if ((tag === 'iframe' || tag === 'frame') && w.frames !== 'none') {
    w.out.frames.push(el);
    if (w.frames === 'all' || isScriptlessFrame(el as HTMLIFrameElement)) {
      const doc = frameDocument(el);
      if (doc && isRendered(el)) enterRoot(doc, depth + 1, w);
    }
  }
  return enter;
}

function enterRoot(root: Document | ShadowRoot, depth: number, w: Walk): void {
  if (w.seen.has(root)) return;
  if (depth > w.limits.maxDepth) {
    w.out.truncated = true;
    return;
  }
  w.seen.add(root);
  w.out.roots.push(root);
  if (get(root, 'nodeType') === 9) {
    const top = get(root as Document, 'documentElement');
    if (top) walkTree(top, depth, w, true);
    return;
  }
  for (let c = get(root, 'firstElementChild'); c && !w.out.truncated; c = get(c, 'nextElementSibling'))
    walkTree(c, depth, w, true);
}

export function collectControls(
  root: Document | ShadowRoot | Element,
  limits: ScanLimits,
  frames: FramePolicy,
): Collected {
  const w: Walk = {
    out: { controls: [], roots: [], frames: [], truncated: false, nodes: 0 },
    limits,
    frames,
    nodes: 0,
    seen: new WeakSet(),
  };
  if (get(root, 'nodeType') === 1) walkTree(root as Element, 0, w, true);
  else enterRoot(root as Document | ShadowRoot, 0, w);
  w.out.nodes = w.nodes;
  return w.out;
}
