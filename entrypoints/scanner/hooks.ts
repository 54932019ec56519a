// The bootstrap and the scanner run in the same isolated world of a frame; they meet through a symbol-keyed
// slot on that world's global object, which the page's own scripts cannot see.

export interface BootstrapHooks {
  started?: boolean;
  scannerStarted?: boolean;
  onSubmit?: (event: SubmitEvent) => void;
  /**
   * The window's capture listener that hands submissions to `onSubmit`. One function object for the frame's
   * life, so adding it again (see `armSubmit`) is a no-op while it is still registered.
   */
  submitListener?: (event: Event) => void;
}

const SLOT = Symbol.for('jaga-data.hooks');

export function bootstrapHooks(): BootstrapHooks {
  const g = globalThis as unknown as Record<symbol, BootstrapHooks | undefined>;
  return (g[SLOT] ??= {});
}

/**
 * Registers (or registers again) the submit listener at this window, in the capture phase. `document.open()`
 * erases every listener of the document and its window (HTML "document open steps"): an opener that writes a
 * form into an about:blank pop-up that way removes the one the bootstrap added at document_start, so the
 * scanner calls this again once it starts and whenever the document is opened anew. While the listener is
 * still there the browser ignores the repeated add (same function, same capture), so it never runs twice.
 */
export function armSubmit(hooks: BootstrapHooks, target: EventTarget): void {
  hooks.submitListener ??= (event: Event) => hooks.onSubmit?.(event as SubmitEvent);
  target.addEventListener('submit', hooks.submitListener, { capture: true });
}
