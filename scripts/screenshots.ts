// `npm run screenshots`: PNGs of every surface in Bahasa Indonesia and English (docs/screenshots/), taken in
// headless Chromium with the built extension: popup, notice, pre-submit check, danger page, settings.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './harness/chromium';
import {
  openDangerPage,
  openForm,
  openPopup,
  openSettings,
  registerScenes,
  showNotice,
  showSubmitCheck,
  BREACH_SCENES,
  SCENE_URL,
} from './harness/scenes';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs/screenshots');

async function shoot(lang: 'id' | 'en'): Promise<string[]> {
  const d = await launchChromium({ locale: lang === 'id' ? 'id-ID' : 'en-US' });
  const saved: string[] = [];
  const file = (name: string) => {
    const f = resolve(OUT, `${lang}-${name}.png`);
    saved.push(f);
    return f;
  };
  try {
    registerScenes(d);
    const page = await openForm(d);
    await d.pageOf(page).setViewportSize({ width: 900, height: 720 });
    await showNotice(page);
    await page.screenshot(file('notice'));
    await showSubmitCheck(page);
    await page.screenshot(file('submit-check'));
    await page.press('Escape');
    const popup = await openPopup(d, SCENE_URL);
    await d.pageOf(popup).setViewportSize({ width: 400, height: 900 });
    await d.pageOf(popup).screenshot({ path: file('popup-caution'), fullPage: true });
    // Every status at once (Ministry of Health), then one status each: alleged, partly confirmed, confirmed.
    for (const scene of BREACH_SCENES) {
      const tab = await d.open(scene.url);
      await d.waitForView(scene.url, (v) => v.scanned && v.breaches.length > 0);
      const popupPage = await openPopup(d, scene.url);
      await d.pageOf(popupPage).setViewportSize({ width: 400, height: 900 });
      await d.pageOf(popupPage).screenshot({ path: file(scene.name), fullPage: true });
      await popupPage.close();
      await tab.close();
    }
    const danger = await openDangerPage(d);
    await d.pageOf(danger).setViewportSize({ width: 1000, height: 700 });
    await danger.screenshot(file('danger-page'));
    const settings = await openSettings(d);
    await d.pageOf(settings).setViewportSize({ width: 1000, height: 900 });
    await d.pageOf(settings).screenshot({ path: file('settings'), fullPage: true });
  } finally {
    await d.close();
  }
  return saved;
}

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['id', 'en'] as const) for (const f of await shoot(lang)) console.log(f);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
