// The built extension in real Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver,
// no download). The add-on id is fixed in the manifest so its moz-extension UUID can be pinned.
import puppeteer, { type Browser as PBrowser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { findFirefox } from '../lib/find-browser.mjs';
import type { TabView } from '../../lib/report/views';
import { poll, portable, type Driver, type TabPage } from './driver';
import { PretendWeb } from './pretend-web';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const FIREFOX_ADDON_ID = 'jaga-data@jagadata.example';
export const FIREFOX_UUID = '6f1d3e2a-0b1c-4d2e-8f00-00000000da7a';

export interface FirefoxOptions {
  locale?: string;
  extensionPath?: string;
  extraPrefs?: Record<string, unknown>;
}

// Firefox's own traffic is switched off so that the only requests are the ones the tests make.
const QUIET_PREFS: Record<string, unknown> = {
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
  pageOf(tab: TabPage): Page;
}

async function interceptInto(page: Page, web: PretendWeb): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    if (/^(moz-extension|about|data|blob):/.test(url) || /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) {
      void req.continue();
      return;
    }
    const answer = web.answer(url, req.method());
    if (answer) {
      // Firefox's BiDi interception runs beside an extension's blocking webRequest listener: a request the
      // extension cancels is gone by the time the answer comes back. It never opened a connection.
      req
        .respond({ status: answer.status, contentType: answer.contentType, body: answer.body, headers: answer.headers })
        .catch(() => web.dropped(url, req.method()));
    } else {
      web.refused.push(url);
      void req.abort();
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
    evaluate: (fn, arg) => page.evaluate(portable(fn, arg)) as never,
    run: (source) => page.evaluate(source),
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

/** moz-extension pages never report a load event to puppeteer: start the navigation and poll the DOM. */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 5000 }).catch(() => undefined);
  await page.waitForFunction(
    (u: string) => location.href === u && document.readyState === 'complete',
    { timeout: 15_000, polling: 100 },
    url,
  );
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxDriver> {
  const web = new PretendWeb();
  const locale = options.locale ?? 'en-US';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      ...options.extraPrefs,
    },
  });
  const pages = new WeakMap<TabPage, Page>();
  try {
    await browser.installExtension(options.extensionPath ?? FIREFOX_BUILD);
    const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
    const control = await browser.newPage();
    await gotoExtensionPage(control, `${extensionOrigin}/popup.html?control=1`);

    const inExtension: Driver['inExtension'] = (fn, arg) => control.evaluate(portable(fn, arg)) as never;
    const send = async <T>(type: string, data: unknown): Promise<T> => {
      const reply = await control.evaluate(
        async (t: string, d: unknown) =>
          (await (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
            type: t,
            data: d,
          })) as {
            ok: boolean;
            value?: unknown;
            error?: string;
          },
        type,
        data,
      );
      if (!reply?.ok) throw new Error(`message ${type} failed: ${reply?.error ?? 'no reply'}`);
      return reply.value as T;
    };
    const tabIdOf = async (url: string): Promise<number> => {
      const id = await control.evaluate(async (u: string) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const tabs = await api.tabs.query({});
        const matching = tabs.filter((t) => t.url === u);
        return matching.length ? Math.max(...matching.map((t) => t.id ?? -1)) : -1;
      }, url);
      if (id < 0) throw new Error(`no tab at ${url}`);
      return id;
    };
    const view = async (url: string) => send<TabView | null>('getTabView', { tabId: await tabIdOf(url) });
    const driver: FirefoxDriver = {
      name: 'firefox',
      web,
      browser,
      extensionOrigin,
      pageOf: (tab) => {
        const p = pages.get(tab);
        if (!p) throw new Error('not a page of this driver');
        return p;
      },
      async open(url) {
        const page = await browser.newPage();
        await interceptInto(page, web);
        await page.goto(url, { waitUntil: 'load' });
        const tab = wrapPage(page);
        pages.set(tab, page);
        return tab;
      },
      async openExtensionPage(path) {
        const page = await browser.newPage();
        await gotoExtensionPage(page, `${extensionOrigin}${path}`);
        const tab = wrapPage(page);
        pages.set(tab, page);
        return tab;
      },
      send,
      inExtension,
      tabIdOf,
      view,
      waitForView: (url, ok, timeoutMs = 10_000) =>
        poll(
          () => view(url),
          (v): v is TabView => v !== null && ok(v),
          timeoutMs,
          `the report of ${url}`,
        ) as Promise<TabView>,
      badge: async (url) => {
        const tabId = await tabIdOf(url);
        return control.evaluate(
          (t: number) =>
            (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({ tabId: t }),
          tabId,
        );
      },
      async close() {
        await browser.close();
      },
    };
    return driver;
  } catch (err) {
    await browser.close();
    throw err;
  }
}
