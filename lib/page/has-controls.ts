// "Is there anything to do on this page?" — asked by the bootstrap on every page, so it must be cheap:
// one selector query on the light DOM, then a bounded walk for open shadow roots and script-less child
// frames (about:blank, srcdoc), which get no content script of their own.
import { call, get } from '../dom/read';

export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]),select,textarea,[contenteditable]:not([contenteditable=false])';

/** Frames without their own content script: the frame that holds them scans them. */
export function isScriptlessFrame(frame: HTMLIFrameElement | HTMLFrameElement): boolean {
  const src = call(frame, 'getAttribute', 'src');
  if (call(frame, 'hasAttribute', 'srcdoc')) return true;
  if (src === null || src.trim() === '') return true;
  const s = src.trim().toLowerCase();
  return s === 'about:blank' || s.startsWith('about:') || s.startsWith('javascript:');
}

function sameOriginDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return get(frame, 'contentDocument');
  } catch {
    return null;
  }
}

/**
 * One plain selector for everything the check looks at, so a page is walked once, not once per kind (the
 * `:not(...)` refinements of CONTROL_SELECTOR double the cost of a miss, so they are applied only to hits).
 */
const FIRST_LOOK = 'input,select,textarea,[contenteditable],iframe,frame';

/**
 * Answers whether a form control is reachable from `root` without visiting elements one by one from script
 * (each element a content script touches gets a wrapper object; on a 5,000-node article that costs
 * milliseconds): one selector query finds the first control or frame natively; frames are followed only when
 * they have no script of their own; shadow hosts are looked for among custom elements (names with a hyphen)
 * with one native XPath query. A shadow root on a plain element (a `<div>` host) is found by the scanner once
 * any control brings it in, not by this check.
 */
export function hasControls(root: Document | ShadowRoot, depth = 0): boolean {
  if (depth > 16) return false;
  if (call(root, 'querySelector', FIRST_LOOK)) {
    for (const el of call(root, 'querySelectorAll', FIRST_LOOK)) {
      if (get(el, 'localName') !== 'iframe' && get(el, 'localName') !== 'frame') {
        if (call(el, 'matches', CONTROL_SELECTOR)) return true;
        continue;
      }
      if (!isScriptlessFrame(el as HTMLIFrameElement)) continue;
      const child = sameOriginDocument(el as HTMLIFrameElement);
      if (child && get(child, 'documentElement') && hasControls(child, depth + 1)) return true;
    }
  }
  for (const host of customElements(root)) {
    const shadow = get(host, 'shadowRoot');
    if (shadow && hasControls(shadow, depth + 1)) return true;
  }
  return false;
}

const MAX_HOSTS = 2000;

function customElements(root: Document | ShadowRoot): Element[] {
  const doc = get(root, 'nodeType') === 9 ? (root as Document) : get(root, 'ownerDocument');
  if (!doc) return [];
  if (get(root, 'nodeType') === 9 && typeof get(doc, 'evaluate') === 'function') {
    const found = call(doc, 'evaluate', "//*[contains(local-name(), '-')]", doc, null, 7, null);
    const out: Element[] = [];
    for (let i = 0; i < Math.min(found.snapshotLength, MAX_HOSTS); i++) out.push(found.snapshotItem(i) as Element);
    return out;
  }
  // Inside a shadow root (usually small) a plain walk will do.
  return Array.from(call(root, 'querySelectorAll', '*'))
    .filter((el) => get(el, 'localName').includes('-'))
    .slice(0, MAX_HOSTS);
}

/** Cheap check of what a mutation batch added: controls, shadow hosts or frames. */
export function addedSomethingToCheck(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (get(node, 'nodeType') !== 1) continue;
      const el = node as Element;
      if (call(el, 'matches', CONTROL_SELECTOR) || get(el, 'shadowRoot') || get(el, 'localName') === 'iframe')
        return true;
      if (
        get(el, 'firstElementChild') &&
        (call(el, 'querySelector', CONTROL_SELECTOR) || call(el, 'querySelector', 'iframe'))
      )
        return true;
      if (get(el, 'localName').includes('-')) return true;
    }
  }
  return false;
}

/** Script-less frames among what a mutation batch added (they get no bootstrap of their own). */
export function addedFrames(records: readonly MutationRecord[]): Element[] {
  const out: Element[] = [];
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (get(node, 'nodeType') !== 1) continue;
      const el = node as Element;
      if (get(el, 'localName') === 'iframe' && isScriptlessFrame(el as HTMLIFrameElement)) out.push(el);
      else if (get(el, 'firstElementChild')) {
        for (const f of call(el, 'querySelectorAll', 'iframe') as NodeListOf<HTMLIFrameElement>)
          if (isScriptlessFrame(f)) out.push(f);
      }
    }
  }
  return out;
}
