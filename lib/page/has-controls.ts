// "Is there anything to do on this page?" — asked by the bootstrap on every page, so it must be cheap:
// one selector query on the light DOM, then a bounded walk for open shadow roots and script-less child
// frames (about:blank, srcdoc), which get no content script of their own.

export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]),select,textarea,[contenteditable]:not([contenteditable=false])';

/** Frames without their own content script: the frame that holds them scans them. */
export function isScriptlessFrame(frame: HTMLIFrameElement | HTMLFrameElement): boolean {
  const src = frame.getAttribute('src');
  if (frame.hasAttribute('srcdoc')) return true;
  if (src === null || src.trim() === '') return true;
  const s = src.trim().toLowerCase();
  return s === 'about:blank' || s.startsWith('about:') || s.startsWith('javascript:');
}

function sameOriginDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Walks at most `budget` elements; answers whether a form control is reachable from `root`. */
export function hasControls(root: Document | ShadowRoot, budget = 20_000): boolean {
  if (root.querySelector(CONTROL_SELECTOR)) return true;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return false;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < budget; node = walker.nextNode()) {
    seen++;
    const el = node as Element;
    const shadow = el.shadowRoot;
    if (shadow && hasControls(shadow, budget - seen)) return true;
    if ((el.localName === 'iframe' || el.localName === 'frame') && isScriptlessFrame(el as HTMLIFrameElement)) {
      const child = sameOriginDocument(el as HTMLIFrameElement);
      if (child && child.documentElement && hasControls(child, budget - seen)) return true;
    }
  }
  return false;
}

/** Cheap check of what a mutation batch added: controls, shadow hosts or frames. */
export function addedSomethingToCheck(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.matches(CONTROL_SELECTOR) || el.shadowRoot || el.localName === 'iframe') return true;
      if (el.firstElementChild && (el.querySelector(CONTROL_SELECTOR) || el.querySelector('iframe'))) return true;
      if (el.localName.includes('-')) return true;
    }
  }
  return false;
}

/** Script-less frames among what a mutation batch added (they get no bootstrap of their own). */
export function addedFrames(records: readonly MutationRecord[]): Element[] {
  const out: Element[] = [];
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.localName === 'iframe' && isScriptlessFrame(el as HTMLIFrameElement)) out.push(el);
      else if (el.firstElementChild) {
        for (const f of el.querySelectorAll('iframe')) if (isScriptlessFrame(f)) out.push(f);
      }
    }
  }
  return out;
}
