// Shows our own UI on a page without giving the page anything to read or fake: one host element (no id,
// class or attribute) holding a CLOSED shadow root, shown in the top layer as a popover so page z-indexes
// cannot cover it, with `:host` rules marked !important (inner !important wins over the page's, even over
// inline styles). The host exists only while something is shown; afterwards the page's DOM is as it was.
// If the page removes or hides it, it is put back a few times, then the loss is reported.
// Against clickjacking, a click or key press on it counts only when lib/page/click-gate.ts says so: real,
// not covered at that moment (hit-tested at the click point and at its controls, and no page top-layer
// element opened after ours overlapping it), and after a cooldown since it appeared or was last covered.
// While covered it says so.
import { render, type ComponentChild } from 'preact';
import { judgeChoice, observeGate, openedGate, type GateState } from '../../lib/page/click-gate';
import { call, get } from '../../lib/dom/read';

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
  /**
   * Whether `event` (a click, a key press, the dialog's cancel) counts as the person's choice now. Clicks
   * inside the overlay are already filtered; callers ask for the keys they handle themselves.
   */
  accepts(event: Event): boolean;
  /** Uncovered and past the cooldown right now. */
  clear(): boolean;
}

export interface OverlayOptions {
  css: string;
  /** Called when the page keeps removing or hiding the overlay. */
  onLost: () => void;
  /** Modal overlays (the pre-submit check) block the page behind them. */
  modal?: boolean;
  /** Said in the overlay while something of the page's covers it. */
  coveredText: string;
  /**
   * A notice that closes with Escape: called for a real Escape pressed in the overlay's document (in the overlay or
   * the page around it) that passes the same gate as a click. Modal dialogs get the browser's own `cancel` instead.
   */
  onEscape?: () => void;
}

const MAX_RESTORES = 3;
/** A backstop look for covers that arrive without any event (a CSS animation moving something over us). */
const LOOK_EVERY_MS = 250;

const rectsMeet = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width > 0 && a.height > 0;

/** In the top layer now: an open popover, a modal dialog or the fullscreen element. */
function inTopLayer(el: Element, doc: Document): boolean {
  if (get(doc, 'fullscreenElement') === el) return true;
  for (const selector of [':popover-open', ':modal']) {
    try {
      if (call(el, 'matches', selector)) return true;
    } catch {
      // An engine without that selector has no such top-layer element either.
    }
  }
  return false;
}

/** One thing shown at a time per document: opening the pre-submit check closes a notice. */
const current = new WeakMap<Document, Overlay>();

export function openOverlay(doc: Document, options: OverlayOptions): Overlay {
  current.get(doc)?.close();
  // Every member of the page's document and elements is read through lib/dom/read: `<img name="createElement">`
  // or `<img name="documentElement">` takes over the document's own. Our nodes (inside the closed root) are ours.
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K) =>
    call(doc, 'createElement', tag) as HTMLElementTagNameMap[K];
  const root = () => get(doc, 'documentElement');
  const host = make('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = make('style');
  style.textContent = HOST_CSS + options.css;
  const box = make(options.modal ? 'dialog' : 'div');
  box.className = options.modal ? 'jd-modal' : 'jd-box';
  if (!options.modal) box.setAttribute('popover', 'manual');
  // The "covered" line sits beside what the caller renders (Preact owns only `content`).
  const banner = make('p');
  banner.className = 'jd-covered';
  banner.setAttribute('role', 'alert');
  banner.hidden = true;
  banner.textContent = options.coveredText;
  const content = make('div');
  box.append(banner, content);
  shadow.append(style, box);

  const win = get(doc, 'defaultView');
  const now = () => performance.now();
  let open = true;
  let restores = 0;
  let gate: GateState = openedGate(now());
  /** Page elements that entered the top layer after our overlay did: they are drawn above it. */
  const above = new Set<Element>();

  const show = () => {
    try {
      if (options.modal) (box as HTMLDialogElement).showModal();
      else box.showPopover();
    } catch {
      // Older engines without popover/dialog support: the fixed, maximal z-index host still shows it.
    }
    // Shown (again): whatever the page put in the top layer before is below us now; the cooldown restarts.
    above.clear();
    gate = openedGate(now());
    banner.hidden = true;
  };
  call(root(), 'append', host);
  show();

  /** Something of the page's is over the overlay now (at `point` too, for a pointer click). */
  const coveredNow = (point?: { x: number; y: number }): boolean => {
    if (!host.isConnected) return true;
    const r = box.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return true;
    const vw = win?.innerWidth ?? 0;
    const vh = win?.innerHeight ?? 0;
    const points = [{ x: r.left + r.width / 2, y: r.top + r.height / 2 }];
    for (const control of box.querySelectorAll('button, input')) {
      const c = control.getBoundingClientRect();
      points.push({ x: c.left + c.width / 2, y: c.top + c.height / 2 });
    }
    if (point) points.push(point);
    for (const p of points) {
      const inside = p.x >= r.left && p.x < r.right && p.y >= r.top && p.y < r.bottom;
      if (!inside || p.x < 0 || p.y < 0 || p.x >= vw || p.y >= vh) continue;
      // Anything inside our closed shadow root hit-tests as the host; a page layer that takes the pointer
      // (a popover, its own modal dialog and ::backdrop, a transparent top-layer sheet) hit-tests as itself.
      if (call(doc, 'elementFromPoint', p.x, p.y) !== host) return true;
    }
    // A top-layer element that lets the pointer through (pointer-events: none) is invisible to hit-testing
    // but still drawn over us: any one opened after ours that overlaps counts as a cover.
    for (const el of [...above]) {
      if (!get(el, 'isConnected') || !inTopLayer(el, doc)) above.delete(el);
      else if (rectsMeet(call(el, 'getBoundingClientRect'), r)) return true;
    }
    return false;
  };

  const look = (point?: { x: number; y: number }): boolean => {
    if (!open) return false;
    const covered = coveredNow(point);
    gate = observeGate(gate, now(), covered);
    banner.hidden = !gate.covered;
    return covered;
  };
  let lookPending = false;
  const lookSoon = () => {
    if (lookPending || !open) return;
    lookPending = true;
    const run = () => {
      lookPending = false;
      look();
    };
    if (win && typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(run);
    else setTimeout(run, 16);
  };
  const ticker = setInterval(() => look(), LOOK_EVERY_MS);

  const onToggle = (event: Event) => {
    const target = event.target as Element | null;
    if (!target || target === host) return;
    if ((event as ToggleEvent).newState === 'open') above.add(target);
    lookSoon();
  };
  const onFullscreen = () => {
    const el = get(doc, 'fullscreenElement');
    if (el && el !== host) above.add(el);
    lookSoon();
  };
  win?.addEventListener('toggle', onToggle, { capture: true });
  call(doc, 'addEventListener', 'fullscreenchange', onFullscreen);

  const accepts = (event: Event): boolean => {
    const m = event as MouseEvent;
    // A pointer click is checked where it landed too; a key press activating a button (detail 0) at its controls.
    const point = event.type === 'click' && m.detail > 0 ? { x: m.clientX, y: m.clientY } : undefined;
    const coveredAtEvent = look(point);
    // Judged at the moment the person acted (the event's time, on the same clock as performance.now()), not when
    // a busy page got round to delivering it: a click made within the cooldown still counts as made then.
    // A stamp that is not on that clock (older engines used the epoch) or implausibly old is not used.
    const t = now();
    const stamp = event.timeStamp;
    const at = typeof stamp === 'number' && stamp <= t && t - stamp < 2000 ? stamp : t;
    return judgeChoice(gate, at, { trusted: event.isTrusted, coveredNow: coveredAtEvent }) === 'accept';
  };
  // Escape dismisses only what the person can see: not a covered notice, nor one that just appeared, nor for a
  // key press the page forged. Capture phase on the window, so the page cannot stop it from reaching us first.
  const onEscape = options.onEscape;
  const onKey = (event: KeyboardEvent) => {
    if (onEscape && event.key === 'Escape' && event.isTrusted && open && accepts(event)) onEscape();
  };
  if (onEscape && win) call(win, 'addEventListener', 'keydown', onKey as EventListener, { capture: true });
  // Every click in the overlay (buttons, the checkbox, by pointer or by keyboard) passes the gate first.
  box.addEventListener(
    'click',
    (event) => {
      if (accepts(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true },
  );

  const watcher = new MutationObserver((records) => {
    if (!open) return;
    for (const record of records) {
      // A page dialog opened as modal after ours is drawn over it.
      const t = record.target as Element;
      if (record.attributeName === 'open' && get(t, 'localName') === 'dialog' && inTopLayer(t, doc)) above.add(t);
    }
    lookSoon();
    const hidden = !host.isConnected || (win?.getComputedStyle(host).display ?? 'block') === 'none';
    if (!hidden) return;
    if (restores++ >= MAX_RESTORES) {
      overlay.close();
      options.onLost();
      return;
    }
    call(root(), 'append', host);
    show();
  });
  watcher.observe(root(), { childList: true, subtree: false, attributes: true });
  watcher.observe(host, { attributes: true });
  // Anything drawn anywhere may now be over us: look again (at most once a frame).
  watcher.observe(doc, { childList: true, subtree: true, attributes: true });

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
      render(vnode, content);
    },
    accepts,
    clear() {
      const covered = look();
      return open && !covered && now() >= gate.readyAt;
    },
    close() {
      if (!open) return;
      open = false;
      watcher.disconnect();
      clearInterval(ticker);
      win?.removeEventListener('toggle', onToggle, { capture: true });
      if (onEscape && win) call(win, 'removeEventListener', 'keydown', onKey as EventListener, { capture: true });
      call(doc, 'removeEventListener', 'fullscreenchange', onFullscreen);
      render(null, content);
      host.remove();
      if (current.get(doc) === overlay) current.delete(doc);
    },
  };
  current.set(doc, overlay);
  return overlay;
}
