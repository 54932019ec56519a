// `npm start`: builds Jaga Data, opens Chromium with it on a bundled hospital registration form shown at a
// pretend address, and prints what the extension concluded. Headed when there is a display; otherwise
// headless, and the screenshots it saves (page, notice, popup, danger page) show what a person would see.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, type ChromiumDriver } from './harness/chromium';
import { BrowserNotFoundError } from './lib/find-browser.mjs';
import { translator } from '../lib/i18n/translate';
import { describeReason, KIND_LABEL, LEVEL_TITLE } from '../lib/i18n/describe';
import type { TabView } from '../lib/report/views';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'demo-output');
const DEMO_URL = 'https://rs-sehat-sentosa.example/pendaftaran';
const LOOKALIKE_URL = 'https://bpjs-kesehatan-verifikasi.com/login';
const KEMKES_URL = 'https://sirs.kemkes.go.id/fo/home/dashboard_rs';
const t = translator(process.env.JAGA_LOCALE === 'en' ? 'en' : 'id');

function hasDisplay(): boolean {
  if (process.env.HEADLESS === '1') return false;
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function printView(title: string, view: TabView): void {
  console.log(`\n■ ${title}`);
  console.log(`  ${view.url}`);
  console.log(`  badge: ${view.badge || '(none)'}   level: ${view.level} — ${t(LEVEL_TITLE[view.level])}`);
  for (const r of view.reasons) {
    const words = describeReason(r, t, view.site, { breachStatuses: view.breaches.map((b) => b.status) });
    console.log(`  • [${r.code}] ${words.title}`);
  }
  if (view.fields.length) {
    console.log(`  ${view.fields.length} sensitive fields:`);
    for (const f of view.fields) console.log(`    - ${t(KIND_LABEL[f.kind])}  ← “${f.label}”  (${f.path})`);
  }
  for (const p of view.thirdParties.filter((x) => x.company)) {
    console.log(
      `  other company on the page: ${p.company} (${p.site})${p.capturesInput ? ' — can record what you type' : ''}`,
    );
  }
  for (const b of view.breaches) console.log(`  breach: ${b.title} (${b.date}, ${b.status})`);
}

async function main(): Promise<void> {
  console.log('Building Jaga Data for Chrome…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(OUT, { recursive: true });
  const headed = hasDisplay();
  let driver: ChromiumDriver;
  try {
    driver = await launchChromium({ headless: !headed, locale: process.env.JAGA_LOCALE === 'en' ? 'en-US' : 'id-ID' });
  } catch (err) {
    if (err instanceof BrowserNotFoundError) {
      console.error(`\n${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  try {
    const web = driver.web;
    web.set(DEMO_URL, { body: readFileSync(resolve(ROOT, 'demo/pendaftaran-pasien.html')) });
    // Stand-ins for the third-party scripts the page loads: empty, answered locally.
    web.set('https://static.hotjar.com/c/hotjar-3120411.js?sv=6', {
      body: '/* stand-in */',
      contentType: 'text/javascript',
    });
    web.set('https://www.googletagmanager.com/gtag/js?id=G-RSS2024', {
      body: '/* stand-in */',
      contentType: 'text/javascript',
    });
    web.html(
      LOOKALIKE_URL,
      '<!doctype html><title>BPJS Kesehatan</title><form><input name="nik"><input type="password"></form>',
    );
    web.html(
      KEMKES_URL,
      '<!doctype html><html lang="id"><title>SIRS Kemkes</title><h1>Sistem Informasi Rumah Sakit</h1><form><label>NIK Petugas <input name="nik"></label><label>Kata sandi <input type="password"></label></form></html>',
    );

    const page = await driver.open(DEMO_URL);
    const view = await driver.waitForView(DEMO_URL, (v) => v.fields.length > 0);
    await new Promise((r) => setTimeout(r, 500));
    const settled = (await driver.view(DEMO_URL)) ?? view;
    printView('Hospital registration form (demo)', settled);
    await page.screenshot(resolve(OUT, '1-page.png'));
    await page.click('#no_ktp');
    await new Promise((r) => setTimeout(r, 600));
    await page.screenshot(resolve(OUT, '2-notice.png'));

    const tabId = await driver.tabIdOf(DEMO_URL);
    const popup = await driver.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`${driver.extensionOrigin}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.banner');
    await popup.screenshot({ path: resolve(OUT, '3-popup.png'), fullPage: true });

    const kemkes = await driver.open(KEMKES_URL);
    const kemkesView = await driver.waitForView(KEMKES_URL, (v) => v.scanned);
    printView('A Ministry of Health portal', kemkesView);
    void kemkes;

    const danger = await driver.context.newPage();
    await danger.goto(LOOKALIKE_URL).catch(() => undefined);
    await danger.waitForURL(/danger\.html/, { timeout: 5000 }).catch(() => undefined);
    await danger.waitForSelector('#danger-title', { timeout: 5000 }).catch(() => undefined);
    await danger.screenshot({ path: resolve(OUT, '4-danger-page.png') });
    console.log(`\n■ A lookalike of BPJS Kesehatan (${LOOKALIKE_URL})`);
    console.log(
      `  ${danger.url().includes('danger.html') ? 'stopped before it loaded: the danger page was shown' : 'NOT stopped'}`,
    );

    console.log(`\nScreenshots saved in ${OUT}:`);
    for (const f of ['1-page.png', '2-notice.png', '3-popup.png', '4-danger-page.png'])
      console.log(`  ${resolve(OUT, f)}`);
    if (headed) {
      console.log('\nThe browser stays open so you can try the form. Close it (or press Ctrl+C) to end the demo.');
      await new Promise<void>((done) => driver.context.on('close', () => done()));
    }
  } finally {
    await driver.close().catch(() => undefined);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
