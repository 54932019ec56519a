// Runs at document_start on every page and frame. It is a guest: until there is a form control it does
// nothing but one cheap query after the page has loaded (and a throttled look at what later mutations add).
// When a control appears it asks the background to inject the scanner into this frame, then stops.
// It leaves no mark on the page: no attributes, no events, no globals the page can see.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askForScanner } from '../lib/messaging/bootstrap-channel';
import { addedFrames, addedSomethingToCheck, hasControls } from '../lib/page/has-controls';
import { armSubmit, bootstrapHooks } from './scanner/hooks';
import { call, get } from '../lib/dom/read';

/**
 * An about:blank or srcdoc frame whose parent this extension can read: the parent's scanner covers it (its
 * fields, its notice and its submissions), so a second scanner here would report them twice.
 */
function coveredByParent(): boolean {
  if (location.protocol !== 'about:' || window.parent === window) return false;
  try {
    return get(window.parent.document, 'documentElement') !== null;
  } catch {
    return false; // the parent is another origin: this frame looks after itself
  }
}

export default defineUnlistedScript(() => {
  const hooks = bootstrapHooks();
  if (hooks.started) return;
  hooks.started = true;
  if (coveredByParent()) return;

  // A same-origin frame is scanned by the frame that holds it only when it has no script of its own;
  // frames with their own address run their own bootstrap, so every frame is covered once.
  // The submit check must see submissions before the page's own listeners: capture at the window, now.
  armSubmit(hooks, globalThis);

  let asked = false;
  let observer: MutationObserver | null = null;
  let pending = false;

  const request = () => {
    if (asked) return;
    asked = true;
    observer?.disconnect();
    void askForScanner();
  };

  const check = () => {
    pending = false;
    if (!asked && get(document, 'documentElement') && hasControls(document)) request();
  };

  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50);

  const start = () => {
    idle(check);
    observer = new MutationObserver((records) => {
      // A script-less frame added now fills in when it loads: look again then.
      for (const frame of addedFrames(records))
        call(frame, 'addEventListener', 'load', () => idle(check), { once: true });
      // Throttled: at most one real check per 500 ms, and only when something that could hold a control arrived.
      if (pending || asked || !addedSomethingToCheck(records)) return;
      pending = true;
      setTimeout(() => idle(check), 500);
    });
    observer.observe(document, { childList: true, subtree: true });
  };

  // An about:blank pop-up or frame that its opener fills with document.open() and write(): the open erases every
  // listener added here, DOMContentLoaded and load included (HTML "document open steps"), but not a
  // MutationObserver, so such a document is watched from the start (it is empty until written: nothing to pay).
  if (location.protocol !== 'about:' && get(document, 'readyState') === 'loading')
    addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  // Script-less frames (srcdoc, about:blank) may fill in after DOMContentLoaded without any mutation in this
  // document: look once more when everything has loaded, if there is a frame at all.
  if (get(document, 'readyState') !== 'complete') {
    addEventListener('load', () => !asked && call(document, 'querySelector', 'iframe,frame') && idle(check), {
      once: true,
    });
  }
});
