// A CSS path from the top document to an element; " >>> " enters a shadow root or a frame
// (`#app >>> form > input:nth-of-type(2)`). Each step stops at the nearest ancestor with an id that is the
// first of its kind in that tree, and the path is checked to resolve to the element.

import { attrSelector } from './css-escape';
import { call, get, shadowHost } from '../dom/read';

const IDENT = /^-?[_a-zA-Z][_a-zA-Z0-9-]*$/;
/** Elements looked at (light DOM and open shadow roots) when searching a parent document for a frame. */
const FRAME_SEARCH = 20_000;

function step(el: Element, alwaysIndex: boolean): string {
  const tag = get(el, 'localName');
  const parent = get(el, 'parentElement') ?? get(el, 'parentNode');
  if (!parent) return tag;
  let index = 0;
  let count = 0;
  for (let c = get(parent as ParentNode, 'firstElementChild'); c; c = get(c, 'nextElementSibling')) {
    if (get(c, 'localName') !== tag) continue;
    count++;
    if (c === el) index = count;
  }
  return count > 1 || alwaysIndex ? `${tag}:nth-of-type(${index})` : tag;
}

/** The selector of an id, when a path may step by it. */
export function idSelector(id: string | null): string | null {
  if (!id || id.length > 200) return null;
  return IDENT.test(id) ? `#${id}` : attrSelector('id', id);
}

function idStep(el: Element, root: Document | ShadowRoot): string | null {
  const id = call(el, 'getAttribute', 'id');
  const sel = idSelector(id);
  if (!id || !sel) return null;
  try {
    const first =
      typeof get(root as Document, 'getElementById') === 'function'
        ? call(root as Document, 'getElementById', id)
        : call(root, 'querySelector', sel);
    return first === el ? sel : null;
  } catch {
    return null;
  }
}

function pathInRoot(el: Element, root: Document | ShadowRoot, alwaysIndex: boolean): string {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur; cur = get(cur, 'parentElement')) {
    const byId = idStep(cur, root);
    if (byId) {
      steps.unshift(byId);
      break;
    }
    if (get(cur, 'localName') === 'body' || get(cur, 'localName') === 'html') {
      steps.unshift(get(cur, 'localName'));
      break;
    }
    steps.unshift(step(cur, alwaysIndex));
    if (get(cur, 'parentNode') === root) break;
  }
  const path = steps.join(' > ');
  if (alwaysIndex || (steps.length === 1 && steps[0]!.startsWith('#'))) return path;
  try {
    if (call(root, 'querySelector', path) === el) return path;
  } catch {
    /* fall through to the fully indexed form */
  }
  return pathInRoot(el, root, true);
}

/** The frame element showing a same-origin document (frameElement, else a search of the parent's frames). */
function frameOf(doc: Document): Element | null {
  try {
    const view = get(doc, 'defaultView');
    if (!view) return null;
    if (view.frameElement) return view.frameElement;
    const parent = view.parent;
    if (!parent || parent === view) return null;
    return findFrame(parent.document, doc);
  } catch {
    /* cross-origin parent: the path starts at this document */
  }
  return null;
}

/** The frame showing `doc` in `top`, its open shadow roots included (one bounded walk, no recursion). */
function findFrame(top: Document, doc: Document): Element | null {
  const stack: ParentNode[] = [top];
  let seen = 0;
  while (stack.length > 0) {
    const scope = stack.pop()!;
    for (let el = get(scope, 'firstElementChild'); el;) {
      if (++seen > FRAME_SEARCH) return null;
      if (
        (get(el, 'localName') === 'iframe' || get(el, 'localName') === 'frame') &&
        get(el as HTMLIFrameElement, 'contentDocument') === doc
      )
        return el;
      const shadow = get(el, 'shadowRoot');
      if (shadow) stack.push(shadow);
      el = nextElement(el, scope);
    }
  }
  return null;
}

function nextElement(el: Element, scope: ParentNode): Element | null {
  if (get(el, 'firstElementChild')) return get(el, 'firstElementChild');
  for (let cur: Element | null = el; cur && cur !== scope; cur = get(cur, 'parentElement')) {
    if (get(cur, 'nextElementSibling')) return get(cur, 'nextElementSibling');
    if (get(cur, 'parentNode') === scope) return null;
  }
  return null;
}

export function cssPath(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  for (let hops = 0; cur && hops < 64; hops++) {
    const root = call(cur, 'getRootNode') as Document | ShadowRoot;
    parts.unshift(pathInRoot(cur, root, false));
    const host = shadowHost(root);
    if (host) {
      cur = host;
      continue;
    }
    cur = frameOf(root as Document);
  }
  return parts.join(' >>> ');
}

/** Resolves a path made by cssPath (or written by hand in the same syntax) from a top document; null when the path
 * reaches nothing or is not a valid selector. */
export function resolvePath(top: Document, path: string): Element | null {
  let scope: Document | ShadowRoot = top;
  const parts = path.split(' >>> ');
  for (let i = 0; i < parts.length; i++) {
    let found: Element | null;
    try {
      found = call(scope, 'querySelector', parts[i]!.trim());
    } catch {
      return null; // not a selector this DOM accepts
    }
    if (!found) return null;
    if (i === parts.length - 1) return found;
    const shadow: ShadowRoot | null = get(found, 'shadowRoot');
    if (shadow) scope = shadow;
    else {
      const doc: Document | null = get(found as HTMLIFrameElement, 'contentDocument');
      if (!doc) return null;
      scope = doc;
    }
  }
  return null;
}
