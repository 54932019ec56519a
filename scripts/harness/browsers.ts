// Runs a group of scenarios in both real browsers. A browser that cannot start fails every test of its group
// (never skips): the launch error is stored and thrown by each test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, Driver } from './driver';
import { launchChromium, type ChromiumDriver, type ChromiumOptions } from './chromium';
import { launchFirefox, type FirefoxOptions } from './firefox';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  locale?: string;
  chromium?: ChromiumOptions;
  firefox?: FirefoxOptions;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  return name === 'chromium'
    ? launchChromium({ locale: options.locale, ...options.chromium })
    : launchFirefox({ locale: options.locale, ...options.firefox });
}

export function describeInBrowsers(
  title: string,
  body: (driver: () => Driver, browser: BrowserName) => void,
  options: LaunchOptions & {
    only?: BrowserName[];
    /** the list-source scenario talks to a loopback server */ networkAllowed?: boolean;
  } = {},
): void {
  const names = options.only ?? BROWSERS;
  describe.each(names.map((n) => [n]))(`${title} [%s]`, (name) => {
    let driver: Driver | undefined;
    let failure: unknown;
    beforeAll(async () => {
      try {
        driver = await launch(name as BrowserName, options);
      } catch (err) {
        failure = err;
      }
    }, 120_000);
    afterAll(async () => {
      await driver?.close();
    }, 60_000);
    const get = () => {
      if (!driver)
        throw new Error(
          `${name} could not be started: ${failure instanceof Error ? failure.message : String(failure)}`,
        );
      return driver;
    };
    body(get, name as BrowserName);
    if (name === 'chromium' && !options.networkAllowed) {
      // The privacy promise, checked after every group of scenarios: the extension's own contexts (service
      // worker, extension pages; content scripts never fetch) asked for nothing on the web, and nothing but the
      // browser's own traffic left through the proxy.
      it('made no network request of its own', () => {
        const d = get() as ChromiumDriver;
        expect(d.network.unexplained()).toEqual([]);
        expect(d.network.fromExtension).toEqual([]);
      });
    }
  });
}
