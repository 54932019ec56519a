// One interface over both real browsers, so every scenario runs in Chromium and in Firefox.
// What the extension concluded is read from the extension's own side: an extension page asks the background
// through the product's message protocol (`getTabView`), and reads the badge with the action API.
import type { TabView } from '../../lib/report/views';
import type { PretendWeb } from './pretend-web';

export type BrowserName = 'chromium' | 'firefox';

export interface TabPage {
  readonly url: string;
  /** The address the tab shows now, asked of the page when the driver cannot follow (extension pages in Firefox). */
  currentUrl(): Promise<string>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source text in the page (through the automation protocol, so a page CSP does not apply). */
  run(source: string): Promise<unknown>;
  /** Types like a person: one key at a time. */
  type(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  goto(url: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  readonly web: PretendWeb;
  /** Origin of the extension's pages (`chrome-extension://…` or `moz-extension://…`). */
  readonly extensionOrigin: string;
  /** Opens a new tab at `url` (registered in `web`) and waits for its load event. */
  open(url: string): Promise<TabPage>;
  /** Opens one of the extension's pages (`/popup.html?tab=3`, `/options.html`). */
  openExtensionPage(path: string): Promise<TabPage>;
  /** Sends a protocol message from an extension page and returns the unwrapped reply. */
  send<T = unknown>(type: string, data: unknown): Promise<T>;
  /** Evaluates a function in an extension page (the action API, storage…). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  tabIdOf(url: string): Promise<number>;
  view(url: string): Promise<TabView | null>;
  /** Polls the tab view until `ok` holds (or fails after `timeoutMs`, showing the last view). */
  waitForView(url: string, ok: (v: TabView) => boolean, timeoutMs?: number): Promise<TabView>;
  badge(url: string): Promise<string>;
  close(): Promise<void>;
}

export async function poll<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > until) {
      const shown = last === undefined ? String(lastError) : JSON.stringify(last, null, 1).slice(0, 3000);
      throw new Error(`timed out waiting for ${what}; last: ${shown}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The driver's own pages behind the tabs it hands out, so a test can reach the automation library's page. */
export function tabRegistry<P extends object>(wrap: (page: P) => TabPage) {
  const pages = new WeakMap<TabPage, P>();
  return {
    add(page: P): TabPage {
      const tab = wrap(page);
      pages.set(tab, page);
      return tab;
    },
    pageOf(tab: TabPage): P {
      const p = pages.get(tab);
      if (!p) throw new Error('not a page of this driver');
      return p;
    },
  };
}

/** Polls a reading taken inside the page until `ok` holds: the page-side twin of `poll`. */
export function pollPage<R, A = undefined>(
  page: TabPage,
  read: (arg: A) => R | Promise<R>,
  ok: (v: R) => boolean,
  what: string,
  arg?: A,
  timeoutMs = 10_000,
): Promise<R> {
  return poll(() => page.evaluate(read, arg), ok, timeoutMs, what);
}

/**
 * A function to run inside a browser page, as a string expression. Scripts run through tsx (esbuild with
 * keepNames) wrap named inner functions in `__name(...)`, which does not exist in the page: supply a no-op.
 */
export function portable<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): string {
  const argument = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `((__name) => (${fn.toString()})(${argument}))((f) => f)`;
}
