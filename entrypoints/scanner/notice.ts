// The notice at the moment of entry: when a sensitive field gets focus on a caution or danger site, a small
// card appears next to it (never over it), is read by screen readers, closes with Escape, and is not shown
// again on that site once dismissed unless something new is found. One notice at a time.
import { h } from 'preact';
import type { PageAdvice } from '../../lib/report/views';
import type { FieldKind } from '../../lib/kinds/field-kinds';
import { isSiteFinding } from '../../lib/risk/reason-codes';
import { send } from '../../lib/messaging/send';
import { NoticeCard } from '../../components/NoticeCard';
import { I18nContext, i18nFor } from '../../components/i18n';
import { OVERLAY_CSS } from '../../components/overlay-css';
import { openOverlay, type Overlay } from './overlay-host';
import type { Session } from './session';
import { noticeSeen, SEEN_MS } from '../../lib/page/notice-seen';
import { call, get } from '../../lib/dom/read';

const GAP = 8;
const WIDTH = 380;

/** Something the notice can say: a finding about the site, a breach not yet told, a company recording input. */
function hasSomethingToSay(advice: PageAdvice): boolean {
  return advice.reasons.some(isSiteFinding) || advice.breaches.length > 0 || advice.inputCapturers.length > 0;
}

export function shouldNotify(advice: PageAdvice): boolean {
  if (advice.paused || advice.noticeDismissed) return false;
  if (advice.level !== 'ok' && !hasSomethingToSay(advice)) return false;
  if (advice.level === 'danger') return true;
  if (advice.level === 'caution') return advice.eagerness !== 'quiet';
  return advice.level === 'ok' && advice.eagerness === 'eager';
}

/**
 * Below the field when it fits, else above; otherwise on the side with more room, scrolling inside.
 * Never over the field: the person must still see what they are typing into.
 */
export function placeNear(overlay: Overlay, field: Element, win: Window): void {
  const r = call(field, 'getBoundingClientRect');
  const width = Math.min(WIDTH, win.innerWidth - 16);
  const left = Math.max(8, Math.min(r.left, win.innerWidth - width - 8));
  overlay.place(left, r.bottom + GAP, width);
  const height = overlay.box.scrollHeight || 220;
  const roomBelow = win.innerHeight - r.bottom - GAP - 8;
  const roomAbove = r.top - GAP - 8;
  if (height <= roomBelow) overlay.place(left, r.bottom + GAP, width);
  else if (height <= roomAbove) overlay.place(left, r.top - GAP - height, width);
  else if (roomBelow >= roomAbove) overlay.place(left, r.bottom + GAP, width, roomBelow);
  else overlay.place(left, 8, width, roomAbove);
}

export function startNotices(doc: Document, session: Session): { stop(): void; rearm(): void } {
  const win = get(doc, 'defaultView')!;
  let overlay: Overlay | null = null;
  let anchor: Element | null = null;
  let kinds: FieldKind[] = [];
  const now = () => performance.now();
  let openedAt = 0;
  let lastInputAt: number | null = null;
  /** The open notice was reported as shown (it counts once it was seen; see lib/page/notice-seen.ts). */
  let told = true;
  let seenTimer: ReturnType<typeof setTimeout> | null = null;

  const tell = (key: string) => {
    if (told) return;
    told = true;
    void send('noticeEvent', { action: 'shown', key, kinds }).catch(() => undefined);
  };
  const tellIfSeen = () => {
    const advice = session.advice;
    if (told || !overlay?.open || !advice) return;
    if (noticeSeen({ openedAt, now: now(), lastInputAt, clear: overlay.clear() })) tell(advice.noticeKey);
  };

  /** What the person dismissed here: not shown again for it, even before the background's next verdict says so. */
  let closedKey: string | null = null;
  const close = (dismissed: boolean) => {
    if (seenTimer) clearTimeout(seenTimer);
    seenTimer = null;
    if (!overlay?.open) {
      overlay = null;
      return;
    }
    overlay.close();
    overlay = null;
    anchor = null;
    const advice = session.advice;
    if (dismissed && advice) {
      closedKey = advice.noticeKey;
      // A dismissal that passed the click gate means the person saw it.
      tell(advice.noticeKey);
      void send('noticeEvent', { action: 'dismissed', key: advice.noticeKey, kinds }).catch(() => undefined);
    }
    told = true;
  };

  const show = (field: Element, kind: FieldKind, advice: PageAdvice) => {
    if (overlay?.open && anchor === field) return;
    close(false);
    anchor = field;
    kinds = [kind];
    // A field in a script-less frame (srcdoc, about:blank) gets its notice in that frame, next to it.
    const fieldDoc = get(field, 'ownerDocument');
    const fieldWin = get(fieldDoc, 'defaultView') ?? win;
    overlay = openOverlay(fieldDoc, {
      css: OVERLAY_CSS,
      coveredText: i18nFor(advice.locale).t('overlayCovered'),
      onEscape: () => close(true),
      onLost: () => {
        overlay = null;
        void send('noticeEvent', { action: 'removed_by_page', key: advice.noticeKey, kinds }).catch(() => undefined);
      },
    });
    overlay.box.classList.toggle('jd-danger', advice.level === 'danger');
    overlay.box.setAttribute('role', 'alert');
    overlay.box.setAttribute('aria-label', i18nFor(advice.locale).t('noticeLabel'));
    overlay.render(
      h(
        I18nContext.Provider,
        { value: i18nFor(advice.locale) },
        h(NoticeCard, { kind, advice, compact: advice.mode === 'clinic', onClose: () => close(true) }),
      ),
    );
    placeNear(overlay, field, fieldWin);
    openedAt = now();
    told = false;
    // Checked once it has been up long enough, and again at each real input while it stays up.
    seenTimer = setTimeout(tellIfSeen, SEEN_MS + 20);
  };

  const showFor = (target: Element) => {
    const field = session.fieldOf(target);
    const advice = session.advice;
    if (!field || !advice || !shouldNotify(advice) || advice.noticeKey === closedKey) return;
    show(target, field.report.kind, advice);
  };
  // Focusing a sensitive field, or pressing on it: the second also covers a field that already had focus (a
  // window that was not the active one, a field focused before the verdict arrived), where no focus event comes.
  const onEnter = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0] as Element | undefined;
    if (!target || get(target, 'nodeType') !== 1) return;
    showFor(target);
  };
  /** The element that has focus in a watched window, inside open shadow roots too. */
  const focused = (): Element | null => {
    for (const w of watched) {
      let el = get(get(w, 'document'), 'activeElement');
      for (let depth = 0; el && depth < 32; depth++) {
        const inner = get(el, 'shadowRoot')?.activeElement ?? null;
        if (!inner) break;
        el = inner;
      }
      if (el && get(el, 'nodeType') === 1 && session.fieldOf(el)) return el;
    }
    return null;
  };
  // The person may be in a field before the first verdict arrives (an autofocus field, a quick click while the
  // page or the machine is slow): that focus came too early to count, so the first verdict looks where they are.
  // Only the first: a later verdict never brings back a notice the person just closed.
  let firstAdvice = true;
  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    lastInputAt = now();
    tellIfSeen();
  };
  const onMove = () => {
    if (overlay?.open && anchor) placeNear(overlay, anchor, get(get(anchor, 'ownerDocument'), 'defaultView') ?? win);
  };

  const watched: Window[] = [];
  // The same function objects each time: adding them again is a no-op while they are registered.
  const listen = (w: Window) => {
    call(w, 'addEventListener', 'focusin', onEnter, { capture: true });
    call(w, 'addEventListener', 'keydown', onInput, { capture: true, passive: true });
    call(w, 'addEventListener', 'pointerdown', onInput, { capture: true, passive: true });
    call(w, 'addEventListener', 'pointerdown', onEnter, { capture: true, passive: true });
    call(w, 'addEventListener', 'scroll', onMove, { capture: true, passive: true });
    call(w, 'addEventListener', 'resize', onMove, { passive: true });
  };
  session.eachWindow((w) => {
    watched.push(w);
    listen(w);
  });
  session.onAdvice((advice) => {
    if (overlay && !shouldNotify(advice)) close(false);
    if (!firstAdvice) return;
    firstAdvice = false;
    const el = !overlay?.open ? focused() : null;
    if (el) showFor(el);
  });
  return {
    /** After `document.open()` erased this window's listeners (see hooks.ts, `armSubmit`). */
    rearm() {
      for (const w of watched) listen(w);
      firstAdvice = true;
    },
    stop() {
      close(false);
      for (const w of watched) {
        call(w, 'removeEventListener', 'focusin', onEnter, { capture: true });
        call(w, 'removeEventListener', 'keydown', onInput, { capture: true });
        call(w, 'removeEventListener', 'pointerdown', onInput, { capture: true });
        call(w, 'removeEventListener', 'pointerdown', onEnter, { capture: true });
        call(w, 'removeEventListener', 'scroll', onMove, { capture: true });
        call(w, 'removeEventListener', 'resize', onMove);
      }
    },
  };
}
