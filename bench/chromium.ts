// Headless Chromium for the bench: one browser per configuration (no extension, the floor, Jaga Data), pages
// answered from memory at a pretend address so nothing leaves the machine, and the page's main-thread script time.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../scripts/lib/find-browser.mjs';
import { QUIET_CHROMIUM_ARGS, extensionArgs } from '../scripts/harness/chromium';

export const ORIGIN = 'https://bench.example';
export const CHROME_BUILD = resolve(import.meta.dirname, '../.output/chrome-mv3');

/**
 * The floor: an MV3 extension whose only content script is empty, at document_start, in every frame. The same
 * directory loads in Chromium and in Firefox (which needs the add-on id; Chromium ignores that key).
 */
export function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jaga-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1',
      browser_specific_settings: { gecko: { id: 'floor@bench.example' } },
      content_scripts: [{ matches: ['<all_urls>'], js: ['cs.js'], run_at: 'document_start', all_frames: true }],
    }),
  );
  writeFileSync(join(dir, 'cs.js'), '');
  return dir;
}

export interface Launched {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(extension: string | null, pages: Record<string, string>): Promise<Launched> {
  const dir = mkdtempSync(join(tmpdir(), 'jaga-bench-'));
  const args = [...QUIET_CHROMIUM_ARGS, ...(extension ? extensionArgs(extension) : [])];
  const context = await chromium.launchPersistentContext(dir, { executablePath: findChromium(), headless: true, args });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const body = url.origin === ORIGIN ? pages[url.pathname] : undefined;
    if (body) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (url.protocol === 'http:' || url.protocol === 'https:') return route.abort();
    return route.continue();
  });
  if (extension === CHROME_BUILD && !context.serviceWorkers().length)
    await context.waitForEvent('serviceworker', { timeout: 15000 });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Slows the page's renderer down `rate` times (CDP Emulation; 1 = off), as a modest phone would run it. */
export async function throttle(page: Page, rate: number): Promise<void> {
  if (rate === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export async function loadTime(page: Page, path: string, run: number): Promise<number> {
  await page.goto(`${ORIGIN}${path}?run=${run}`, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
}

/** Main-thread script time of a page (all worlds: the page's and the extension's content scripts), in ms. */
export async function metered(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}
