// `npm run screenshots`: PNGs of every surface in Bahasa Indonesia and English (docs/screenshots/), taken in
// headless Chromium with the built extension: popup, notice, pre-submit check, danger page, settings; and the same
// surfaces but settings again at 360 px wide (`<lang>-phone-*.png`), the width of the phones most patients use.
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

/** Viewports per surface: the desktop set, and a phone (360 px wide, as most patients browse) for what they see. */
const DESKTOP = { form: [900, 720], popup: [400, 900], danger: [1000, 700] } as const;
const PHONE = { form: [360, 740], popup: [360, 740], danger: [360, 740] } as const;

async function shoot(lang: 'id' | 'en', phone: boolean): Promise<string[]> {
  const d = await launchChromium({ locale: lang === 'id' ? 'id-ID' : 'en-US' });
  const saved: string[] = [];
  const sizes = phone ? PHONE : DESKTOP;
  const file = (name: string) => {
    const f = resolve(OUT, `${lang}-${phone ? 'phone-' : ''}${name}.png`);
    saved.push(f);
    return f;
  };
  const size = (which: keyof typeof DESKTOP) => ({ width: sizes[which][0], height: sizes[which][1] });
  try {
    registerScenes(d);
    const page = await openForm(d);
    await d.pageOf(page).setViewportSize(size('form'));
    await showNotice(page);
    await page.screenshot(file('notice'));
    await showSubmitCheck(page, phone);
    await page.screenshot(file('submit-check'));
    await page.press('Escape');
    const shootPopup = async (url: string, name: string) => {
      const popup = await openPopup(d, url);
      await d.pageOf(popup).setViewportSize(size('popup'));
      await d.pageOf(popup).screenshot({ path: file(name), fullPage: true });
      await popup.close();
    };
    await shootPopup(SCENE_URL, 'popup-caution');
    // Every status at once (Ministry of Health), then one status each: alleged, partly confirmed, confirmed.
    for (const scene of BREACH_SCENES) {
      const tab = await d.open(scene.url);
      await d.waitForView(scene.url, (v) => v.scanned && v.breaches.length > 0);
      await shootPopup(scene.url, scene.name);
      await tab.close();
    }
    const danger = await openDangerPage(d);
    await d.pageOf(danger).setViewportSize(size('danger'));
    await (phone
      ? d.pageOf(danger).screenshot({ path: file('danger-page'), fullPage: true })
      : danger.screenshot(file('danger-page')));
    if (!phone) {
      const settings = await openSettings(d);
      await d.pageOf(settings).setViewportSize({ width: 1000, height: 900 });
      await d.pageOf(settings).screenshot({ path: file('settings'), fullPage: true });
    }
  } finally {
    await d.close();
  }
  return saved;
}

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(OUT, { recursive: true });
  for (const phone of [false, true])
    for (const lang of ['id', 'en'] as const) for (const f of await shoot(lang, phone)) console.log(f);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
