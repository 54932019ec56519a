// The built extension in real Debian Chromium, driven by playwright-core (no browser download).
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../lib/find-browser.mjs';
import { portable, tabRegistry, type Driver, type TabPage } from './driver';
import { extensionSide } from './extension-side';
import { PretendWeb } from './pretend-web';
import { startRecordingProxy, type RecordingProxy } from './loopback';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Flags for a Chromium that runs as root on a closed network and keeps its own traffic to a minimum. */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--no-pings',
  '--metrics-recording-only',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkPrediction,PreconnectToSearch,HttpsUpgrades',
  '--dns-prefetch-disable',
];

/** Playwright always adds --disable-extensions; --disable-extensions-except is what loads ours. */
export function extensionArgs(path: string): string[] {
  return [`--disable-extensions-except=${path}`, `--load-extension=${path}`];
}

export interface ChromiumOptions {
  locale?: string;
  /** Send every real request through a recording proxy, to prove the extension makes none (default true). */
  recordNetwork?: boolean;
  headless?: boolean;
  extensionPath?: string;
  /** Let requests for addresses nobody registered go to the network (the audit of real portals). */
  passthrough?: boolean;
}

function wrapPage(page: Page): TabPage {
  return {
    get url() {
      return page.url();
    },
    currentUrl: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(portable(fn, arg)) as never,
    run: (source) => page.evaluate(source),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text, { delay: 5 }),
    click: (selector) => page.locator(selector).first().click({ timeout: 10_000 }),
    focus: (selector) => page.locator(selector).first().focus(),
    press: (key) => page.keyboard.press(key),
    goto: async (url) => {
      await page.goto(url);
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

export interface ChromiumDriver extends Driver {
  readonly context: BrowserContext;
  /** Requests that left the browser (through the recording proxy), and those the extension's own service worker
   * and pages made (seen at the context's route, whatever became of them). */
  readonly network: {
    seen: string[];
    fromExtension: string[];
    allow(hostPort: string): void;
    /** What reached the proxy that the browser itself does not explain (see `browserOwn`). */
    unexplained(): string[];
  };
  readonly worker: () => Promise<Worker>;
  pageOf(tab: TabPage): Page;
}

/**
 * Traffic at the proxy that is not the extension's. Chromium's own services (Google's update, time and sign-in),
 * which no flag fully silences; and every CONNECT, which is a tunnel the proxy refuses before a byte of a request
 * passes: Chromium opens them ahead of a navigation and when the pointer rests on or presses a link (a page's
 * link to a host nobody registered gets one, at a time no test controls). What the extension asks for is not
 * judged here but where it is made: every request of its service worker and pages passes the context's route
 * first and is recorded there (`fromExtension`), https ones included, before any tunnel could open.
 */
function browserOwn(line: string): boolean {
  if (line.startsWith('CONNECT ')) return true;
  const host = (/^[A-Z]+ https?:\/\/([^/:\s]+)/.exec(line)?.[1] ?? '').toLowerCase();
  return /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|googleusercontent\.com)$/.test(host);
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumDriver> {
  const web = new PretendWeb();
  const userDataDir = mkdtempSync(join(tmpdir(), 'jaga-chromium-'));
  const ext = options.extensionPath ?? CHROME_BUILD;
  const locale = options.locale ?? 'en-US';
  const args = [...extensionArgs(ext), ...QUIET_CHROMIUM_ARGS, `--lang=${locale}`];
  // Every request that is not answered by the pretend web goes through this proxy, loopback included
  // (`<-loopback>` removes Chromium's implicit bypass), so anything the extension fetches is seen here.
  let proxy: RecordingProxy | null = null;
  if (options.recordNetwork ?? true) {
    proxy = await startRecordingProxy();
    args.push(`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>');
  }
  const fromExtension: string[] = [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    // A loaded machine can take far longer than the default 30 s to start Chromium.
    timeout: 90_000,
    locale,
    args,
    viewport: { width: 1200, height: 900 },
  });
  // Every action and navigation gives up with a named error instead of running into the test's timeout.
  context.setDefaultTimeout(20_000);
  const tabs = tabRegistry(wrapPage);
  try {
    await context.route('**/*', async (route) => {
      const request = route.request();
      const url = request.url();
      const frameUrl = (() => {
        try {
          return request.frame().url();
        } catch {
          return '';
        }
      })();
      // Everything the service worker asks for is the extension's (lists, catalogues: never allowed unless a
      // test turned a source on). A tab leaving an extension page for a web address is the person navigating
      // (the danger page's "continue"), not the extension fetching; everything else an extension page asks for
      // is recorded.
      const fromWorker = request.serviceWorker() !== null;
      const fromPage = frameUrl.startsWith('chrome-extension:') && !request.isNavigationRequest();
      if (/^https?:/.test(url) && (fromWorker || fromPage)) fromExtension.push(url);
      const fate = web.route(url, request.method(), options.passthrough);
      if (fate === 'continue') await route.continue();
      else if (fate === 'refuse') await route.abort();
      else {
        const { status, contentType, body, headers } = fate;
        await route.fulfill({ status, contentType, body, headers });
      }
    });
    const worker = async () =>
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 45_000 }));
    const sw = await worker();
    const extensionId = new URL(sw.url()).host;
    const extensionOrigin = `chrome-extension://${extensionId}`;
    const control = await context.newPage();
    await control.goto(`${extensionOrigin}/popup.html?control=1`);

    const side = extensionSide((source) => control.evaluate(source));
    await side.backgroundReady();
    const driver: ChromiumDriver = {
      name: 'chromium',
      web,
      context,
      worker,
      network: {
        seen: proxy?.seen ?? [],
        fromExtension,
        allow: (hostPort) => proxy?.allow(hostPort),
        unexplained: () => (proxy?.seen ?? []).filter((line) => !browserOwn(line)),
      },
      extensionOrigin,
      pageOf: tabs.pageOf,
      async open(url) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return tabs.add(page);
      },
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`${extensionOrigin}${path}`);
        return tabs.add(page);
      },
      ...side,
      async close() {
        await context.close();
        await proxy?.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
    return driver;
  } catch (err) {
    await context.close();
    await proxy?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
}
