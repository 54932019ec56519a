// Shows our own UI on a page without giving the page anything to read or fake: one host element (no id,
// class or attribute) holding a CLOSED shadow root, shown in the top layer as a popover so page z-indexes
// cannot cover it, with `:host` rules marked !important (inner !important wins over the page's, even over
// inline styles). The host exists only while something is shown; afterwards the page's DOM is as it was.
// If the page removes or hides it, it is put back a few times, then the loss is reported.
import { render, type ComponentChild } from 'preact';

const HOST_CSS = `:host{all:initial!important;display:block!important;position:fixed!important;inset:auto!important;
width:0!important;height:0!important;opacity:1!important;visibility:visible!important;transform:none!important;
filter:none!important;clip-path:none!important;pointer-events:auto!important;z-index:2147483647!important;contain:none!important}`;

export interface Overlay {
  /** The top-layer box inside the shadow root; position it with `place`. */
  readonly box: HTMLElement;
  place(left: number, top: number, width: number, maxHeight?: number): void;
  render(vnode: ComponentChild): void;
  close(): void;
  readonly open: boolean;
}

export interface OverlayOptions {
  css: string;
  /** Called when the page keeps removing or hiding the overlay. */
  onLost: () => void;
  /** Modal overlays (the pre-submit check) block the page behind them. */
  modal?: boolean;
}

const MAX_RESTORES = 3;

/** One thing shown at a time per document: opening the pre-submit check closes a notice. */
const current = new WeakMap<Document, Overlay>();

export function openOverlay(doc: Document, options: OverlayOptions): Overlay {
  current.get(doc)?.close();
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS + options.css;
  const box = doc.createElement(options.modal ? 'dialog' : 'div');
  box.className = options.modal ? 'jd-modal' : 'jd-box';
  if (!options.modal) box.setAttribute('popover', 'manual');
  shadow.append(style, box);

  let open = true;
  let restores = 0;
  const show = () => {
    try {
      if (options.modal) (box as HTMLDialogElement).showModal();
      else box.showPopover();
    } catch {
      // Older engines without popover/dialog support: the fixed, maximal z-index host still shows it.
    }
  };
  doc.documentElement.append(host);
  show();

  const watcher = new MutationObserver(() => {
    if (!open) return;
    const hidden = !host.isConnected || (doc.defaultView?.getComputedStyle(host).display ?? 'block') === 'none';
    if (!hidden) return;
    if (restores++ >= MAX_RESTORES) {
      overlay.close();
      options.onLost();
      return;
    }
    doc.documentElement.append(host);
    show();
  });
  watcher.observe(doc.documentElement, { childList: true, subtree: false, attributes: true });
  watcher.observe(host, { attributes: true });

  const overlay: Overlay = {
    box,
    get open() {
      return open;
    },
    place(left, top, width, maxHeight) {
      box.style.setProperty('left', `${Math.round(left)}px`);
      box.style.setProperty('top', `${Math.round(top)}px`);
      box.style.setProperty('width', `${Math.round(width)}px`);
      if (maxHeight !== undefined) {
        box.style.setProperty('max-height', `${Math.max(120, Math.round(maxHeight))}px`);
        box.style.setProperty('overflow', 'auto');
      }
    },
    render(vnode) {
      render(vnode, box);
    },
    close() {
      if (!open) return;
      open = false;
      watcher.disconnect();
      render(null, box);
      host.remove();
      if (current.get(doc) === overlay) current.delete(doc);
    },
  };
  current.set(doc, overlay);
  return overlay;
}
