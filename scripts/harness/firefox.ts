// The built extension in real Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver,
// no download). The add-on id is fixed in the manifest so its moz-extension UUID can be pinned.
import puppeteer, { type Browser as PBrowser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { findFirefox } from '../lib/find-browser.mjs';
import { poll, portable, tabRegistry, type Driver, type TabPage } from './driver';
import { extensionSide } from './extension-side';
import { PretendWeb } from './pretend-web';
import { startRecordingProxy, type RecordingProxy } from './loopback';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const FIREFOX_ADDON_ID = 'jaga-data@jagadata.example';
export const FIREFOX_UUID = '6f1d3e2a-0b1c-4d2e-8f00-00000000da7a';

export interface FirefoxOptions {
  locale?: string;
  extensionPath?: string;
  extraPrefs?: Record<string, unknown>;
  /** Send requests the pretend web lets through (`web.passThrough`) to a recording proxy (loopback stays direct). */
  recordNetwork?: boolean;
  /** Let requests for addresses nobody registered go to the network (the audit of real portals). */
  passthrough?: boolean;
}

// Firefox's own traffic is switched off so that the only requests are the ones the tests make.
export const QUIET_FIREFOX_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'browser.region.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
};

export interface FirefoxDriver extends Driver {
  readonly browser: PBrowser;
  /** Requests that reached the recording proxy (with `recordNetwork`), and hosts it forwards (as in Chromium). */
  readonly network: { seen: string[]; allow(hostPort: string): void };
  pageOf(tab: TabPage): Page;
}

async function interceptInto(page: Page, web: PretendWeb, passthrough = false): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    const fate = web.route(url, req.method(), passthrough);
    if (fate === 'continue') void req.continue();
    else if (fate === 'refuse') void req.abort();
    else {
      // Firefox's BiDi interception runs beside an extension's blocking webRequest listener: a request the
      // extension cancels is gone by the time the answer comes back. It never opened a connection.
      const { status, contentType, body, headers } = fate;
      req.respond({ status, contentType, body, headers }).catch(() => web.dropped(url, req.method()));
    }
  });
}

function wrapPage(page: Page): TabPage {
  return {
    get url() {
      return page.url();
    },
    currentUrl: async () => {
      try {
        return (await page.evaluate('location.href')) as string;
      } catch {
        return page.url();
      }
    },
    evaluate: (fn, arg) => evaluateSettled(page, portable(fn, arg)) as never,
    run: (source) => evaluateSettled(page, source),
    type: (selector, text) => page.type(selector, text, { delay: 5 }),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key as never),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

/**
 * Errors that mean "the document went away under the evaluation", not "the script failed": Firefox's WebDriver BiDi
 * answers an evaluation that a navigation terminated with `right-hand side of 'in' should be an object, got null`
 * (its `#buildReturnValue` reads a null completion), others say the realm or context is gone. Such an evaluation
 * never ran to completion in the new document, so running it again there is safe.
 */
const INTERRUPTED_BY_NAVIGATION =
  /right-hand side of 'in' should be an object, got null|execution context was destroyed|no such (frame|handle|node|script)|realm .*(not found|destroyed|discarded)|inspected target navigated|discarded browsing context|target closed/i;

export function interruptedByNavigation(err: unknown): boolean {
  return INTERRUPTED_BY_NAVIGATION.test(
    err instanceof Error ? `${err.message} ${String(err.cause ?? '')}` : String(err),
  );
}

/** Evaluates in the page, running it again (until `timeoutMs`) when a navigation interrupted it. */
async function evaluateSettled<T>(page: Page, expression: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return (await page.evaluate(expression)) as T;
    } catch (err) {
      if (!interruptedByNavigation(err) || Date.now() > until) throw err;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * moz-extension pages never report a load event to puppeteer: start the navigation and poll the DOM with our own
 * loop (puppeteer's waitForFunction gives up on the first evaluation the navigation interrupts).
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 5000 }).catch(() => undefined);
  const loaded = `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`;
  await poll(
    () => page.evaluate(loaded),
    (ok) => ok === true,
    30_000,
    `${url} to load`,
  );
}

/** Firefox's manual proxy settings for a loopback proxy; loopback itself stays direct (Firefox's default). */
function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
  };
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxDriver> {
  const web = new PretendWeb();
  const locale = options.locale ?? 'en-US';
  const proxy: RecordingProxy | null = options.recordNetwork ? await startRecordingProxy() : null;
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      // A loaded machine (CI with other work beside it) can take far longer than puppeteer's 30 s to start Firefox.
      timeout: 90_000,
      args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
      extraPrefsFirefox: {
        ...QUIET_FIREFOX_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
        'intl.locale.requested': locale,
        'intl.accept_languages': locale,
        ...(proxy ? proxyPrefs(proxy.port) : {}),
        ...options.extraPrefs,
      },
    })
    .catch(async (err: unknown) => {
      await proxy?.close();
      throw err;
    });
  const tabs = tabRegistry(wrapPage);
  try {
    await browser.installExtension(options.extensionPath ?? FIREFOX_BUILD);
    const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
    const control = await browser.newPage();
    await gotoExtensionPage(control, `${extensionOrigin}/popup.html?control=1`);

    const side = extensionSide((source) => control.evaluate(source));
    await side.backgroundReady();
    const driver: FirefoxDriver = {
      name: 'firefox',
      web,
      browser,
      network: { seen: proxy?.seen ?? [], allow: (hostPort) => proxy?.allow(hostPort) },
      extensionOrigin,
      pageOf: tabs.pageOf,
      async open(url) {
        const page = await browser.newPage();
        await interceptInto(page, web, options.passthrough);
        await page.goto(url, { waitUntil: 'load' });
        return tabs.add(page);
      },
      async openExtensionPage(path) {
        const page = await browser.newPage();
        await gotoExtensionPage(page, `${extensionOrigin}${path}`);
        return tabs.add(page);
      },
      ...side,
      async close() {
        await browser.close();
        await proxy?.close();
      },
    };
    return driver;
  } catch (err) {
    await browser.close();
    await proxy?.close();
    throw err;
  }
}
