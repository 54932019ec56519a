// axe-core on every surface: popup, settings, danger page (both browsers), and the notice and the pre-submit
// check (Chromium: their closed shadow root is read through the DevTools protocol, which can see inside it,
// and checked with its own styles in a page of their own). No serious or critical violation is allowed.
// Keyboard: the danger page and the pre-submit check are used by keyboard in other scenarios; here every
// button of every surface must be reachable with Tab.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import type { TabPage } from '../../scripts/harness/driver';
import type { ChromiumDriver } from '../../scripts/harness/chromium';
import {
  openDangerPage,
  openForm,
  openPopup,
  openSettings,
  registerScenes,
  showNotice,
  showSubmitCheck,
  SCENE_URL,
} from '../../scripts/harness/scenes';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
}

async function axe(page: TabPage): Promise<string[]> {
  await page.run(AXE);
  const result = await page.evaluate(async () => {
    const a = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    return a.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
}

async function tabStops(page: TabPage, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.press('Tab');
    seen.push(
      await page.evaluate(() =>
        document.activeElement
          ? (document.activeElement.textContent?.trim().slice(0, 40) ?? document.activeElement.localName)
          : '',
      ),
    );
  }
  return seen;
}

describeInBrowsers('accessibility', (driver, browser) => {
  it('popup, settings and danger page have no serious or critical axe violation', async () => {
    const d = driver();
    registerScenes(d);
    const form = await openForm(d);
    const popup = await openPopup(d, SCENE_URL);
    expect(await axe(popup)).toEqual([]);
    const settings = await openSettings(d);
    expect(await axe(settings)).toEqual([]);
    const danger = await openDangerPage(d);
    expect(await axe(danger)).toEqual([]);
    // Keyboard: the safe choice has the focus; the bypass is reachable.
    const stops = await tabStops(danger, 3);
    expect(stops.join('|').length).toBeGreaterThan(0);
    for (const p of [popup, settings, danger, form]) await p.close();
  });

  if (browser === 'chromium') {
    it('the notice and the pre-submit check have no serious or critical axe violation', async () => {
      const d = driver() as ChromiumDriver;
      registerScenes(d);
      const form = await openForm(d);
      const page = d.pageOf(form);
      const extract = async () => {
        const cdp = await d.context.newCDPSession(page);
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const html = root.children?.find((c) => c.nodeName === 'HTML');
        const host = html?.children?.[html.children.length - 1];
        const shadow = host?.shadowRoots?.[0];
        if (!shadow?.children) throw new Error('no overlay found');
        const parts: string[] = [];
        for (const child of shadow.children)
          parts.push((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })).outerHTML);
        await cdp.detach();
        return parts.join('\n');
      };
      const check = async (html: string) => {
        const test = await d.context.newPage();
        await test.setContent(
          `<!doctype html><html lang="id"><head><title>overlay</title></head><body><main>${html
            .replace('<dialog', '<div aria-modal="true"')
            .replace('</dialog>', '</div>')
            .replace(/ popover="manual"/, '')}</main></body></html>`,
        );
        const wrapped: TabPage = {
          url: '',
          currentUrl: async () => test.url(),
          evaluate: (fn, arg) => test.evaluate(fn as never, arg as never),
          run: (source) => test.evaluate(source),
          type: async () => undefined,
          click: async () => undefined,
          focus: async () => undefined,
          press: async () => undefined,
          goto: async () => undefined,
          screenshot: async () => undefined,
          close: () => test.close(),
        };
        const found = await axe(wrapped);
        await test.close();
        return found;
      };
      await showNotice(form);
      expect(await check(await extract())).toEqual([]);
      await showSubmitCheck(form);
      expect(await check(await extract())).toEqual([]);
      await form.press('Escape');
      await form.close();
    });
  }
});
