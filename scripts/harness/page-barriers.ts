// Barriers for tests that check the extension did NOT react to something. Instead of waiting a fixed time, a test
// waits for a positive event that can only come after the extension already looked:
//   - the page's own bubble-phase `focusin` listener on window runs after the extension's capture-phase listener
//     for the same event, which shows the notice synchronously; so what it sees is what the extension decided;
//   - a message the page posts after others is delivered after them, to every listener, the extension's included.
import { poll, pollPage, type TabPage } from './driver';

/** Our overlay's host is the last child of <html> (a div with no attribute); false while the page navigates. */
export function overlayPresent(page: TabPage): Promise<boolean> {
  return page
    .evaluate(() => {
      const last = document.documentElement.lastElementChild;
      return !!last && last !== document.body && last.localName === 'div' && last.attributes.length === 0;
    })
    .catch(() => false);
}

/** Waits until our overlay (the notice or the pre-submit check) is up. */
export function overlayUp(page: TabPage, what = 'the overlay'): Promise<boolean> {
  return poll(
    () => overlayPresent(page),
    (p) => p,
    10_000,
    what,
  );
}

/**
 * Presses `key` until our overlay has closed. The overlay ignores keys for its first 500 ms and while covered
 * (clickjacking), so a single press right after it appears may rightly do nothing.
 */
export async function pressUntilClosed(page: TabPage, key = 'Escape', what = `the overlay to take ${key}`) {
  await poll(
    async () => {
      await page.press(key);
      return overlayPresent(page);
    },
    (present) => !present,
    10_000,
    what,
  );
}

interface Watch {
  focus: Array<{ id: string; overlay: boolean }>;
  hostsAdded: number;
}

/**
 * Starts recording, in the page, each trusted focus (with whether our overlay was up right after the extension
 * handled it) and how many overlay hosts (a div appended to <html>) were added.
 */
export function watchOverlay(page: TabPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __jdWatch?: Watch };
    if (w.__jdWatch) return;
    const watch: Watch = { focus: [], hostsAdded: 0 };
    w.__jdWatch = watch;
    const html = document.documentElement;
    addEventListener('focusin', (e) => {
      if (!e.isTrusted) return;
      const last = html.lastElementChild;
      const overlay = !!last && last !== document.body && last.localName === 'div' && last.attributes.length === 0;
      watch.focus.push({ id: (e.target as Element).id, overlay });
    });
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if ((n as Element).localName === 'div') watch.hostsAdded++;
    }).observe(html, { childList: true });
  });
}

/**
 * Waits until the page saw the `nth` trusted focus on #id (1 = the first since watchOverlay); true if our overlay
 * was up right after the extension handled that focus.
 */
export async function overlayAfterFocus(page: TabPage, id: string, nth = 1): Promise<boolean> {
  const seen = await pollPage(
    page,
    (target) => (window as unknown as { __jdWatch: Watch }).__jdWatch.focus.filter((f) => f.id === target),
    (list) => list.length >= nth,
    `trusted focus ${nth} on #${id}`,
    id,
  );
  return seen[nth - 1]!.overlay;
}

/** How many overlay hosts the page has seen added since watchOverlay. */
export function hostsAdded(page: TabPage): Promise<number> {
  return page.evaluate(() => (window as unknown as { __jdWatch: Watch }).__jdWatch.hostsAdded);
}

/** Resolves once a message posted now reaches the page: every message posted before it was delivered first. */
export function messagesDelivered(page: TabPage): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const token = `jd-barrier-${Math.random()}`;
        const onMessage = (e: MessageEvent) => {
          if (e.data !== token) return;
          removeEventListener('message', onMessage);
          done();
        };
        addEventListener('message', onMessage);
        postMessage(token, '*');
      }),
  );
}
