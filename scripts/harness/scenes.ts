// The surfaces a person sees, brought up in a driven browser: used by `npm run screenshots` and by the
// accessibility checks, so both look at exactly the same things.
import { poll, pollPage, type Driver, type TabPage } from './driver';
import { hostsAdded, overlayPresent, overlayUp, pressUntilClosed, watchOverlay } from './page-barriers';

export const SCENE_FORM = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pendaftaran Pasien</title>
<style>body{font-family:Arial,sans-serif;margin:24px;background:#eef3f7}form{background:#fff;padding:20px;border-radius:6px;max-width:560px}
label{display:block;margin-top:10px;font-size:14px}input,textarea{width:100%;padding:7px;box-sizing:border-box}button{margin-top:14px;padding:9px 18px}</style>
<script src="https://static.hotjar.com/c/hotjar-77.js?sv=6"></script></head><body>
<h1>RSUD Sehat Sentosa — Pendaftaran Online</h1>
<form id="f" action="http://203.0.113.10/simrs/simpan" method="post">
<label for="nama">Nama lengkap</label><input id="nama" name="nama">
<label for="nik">No. KTP / NIK</label><input id="nik" name="nik" maxlength="16">
<label for="bpjs">No. Kartu BPJS Kesehatan</label><input id="bpjs" name="no_bpjs">
<label for="keluhan">Keluhan utama</label><textarea id="keluhan" name="keluhan"></textarea>
<button id="kirim">Daftar</button></form></body></html>`;

export const SCENE_URL = 'https://rs-sehat-sentosa.example/pendaftaran';
export const SCENE_DANGER_URL = 'https://bpjs-kesehatan-verifikasi.com/login';
export const SCENE_KEMKES_URL = 'https://sirs.kemkes.go.id/fo/login';
/** A site whose known breach is only partly confirmed (BPJS Kesehatan 2021). */
export const SCENE_BPJS_URL = 'https://faskes.bpjs-kesehatan.go.id/aplicares/';
/** A site whose only known breach is alleged, never confirmed (BKN civil-servant records 2024). */
export const SCENE_ALLEGED_URL = 'https://sscasn.bkn.go.id/daftar';
/** A hospital whose only known incident is confirmed (RS Kanker Dharmais, WannaCry 2017). */
export const SCENE_CONFIRMED_URL = 'https://dharmais.co.id/pendaftaran-online';
/** The popup scenes with breaches, by what the screenshot shows: one status each, and every status at once. */
export const BREACH_SCENES = [
  { name: 'popup-breaches', url: SCENE_KEMKES_URL },
  { name: 'popup-breaches-alleged', url: SCENE_ALLEGED_URL },
  { name: 'popup-breaches-partly', url: SCENE_BPJS_URL },
  { name: 'popup-breaches-confirmed', url: SCENE_CONFIRMED_URL },
] as const;

export function registerScenes(d: Driver): void {
  d.web.html(SCENE_URL, SCENE_FORM);
  d.web.set('https://static.hotjar.com/c/hotjar-77.js?sv=6', {
    body: '/* stand-in */',
    contentType: 'text/javascript',
  });
  d.web.html('http://203.0.113.10/simrs/simpan', '<p>ok</p>');
  d.web.html(SCENE_DANGER_URL, '<!doctype html><title>BPJS</title><form><input name="nik"></form>');
  d.web.html(
    SCENE_KEMKES_URL,
    '<!doctype html><html lang="id"><title>SIRS</title><form><label for="n">NIK</label><input id="n" name="nik"></form></html>',
  );
  d.web.html(
    SCENE_BPJS_URL,
    '<!doctype html><html lang="id"><title>Aplicares</title><form><label for="b">Nomor kartu BPJS</label><input id="b" name="noka"></form></html>',
  );
  d.web.html(
    SCENE_ALLEGED_URL,
    '<!doctype html><html lang="id"><title>SSCASN</title><form><label for="k">NIK</label><input id="k" name="nik"></form></html>',
  );
  d.web.html(
    SCENE_CONFIRMED_URL,
    '<!doctype html><html lang="id"><title>Pendaftaran Pasien</title><form><label for="r">Nomor rekam medis</label><input id="r" name="no_rm"><label for="k">NIK</label><input id="k" name="nik"></form></html>',
  );
}

export async function openForm(d: Driver): Promise<TabPage> {
  const page = await d.open(SCENE_URL);
  await d.waitForView(SCENE_URL, (v) => v.fields.length >= 3 && v.thirdParties.length > 0);
  return page;
}

export async function showNotice(page: TabPage): Promise<void> {
  await page.click('#nik');
  await overlayUp(page, 'the notice');
}

/** `dismiss`: close the notice typing brings back before tapping submit (on a phone it covers the button). */
export async function showSubmitCheck(page: TabPage, dismiss = false): Promise<void> {
  // The notice takes no key for its first 500 ms (clickjacking): press until it has really closed.
  await pressUntilClosed(page, 'Escape', 'the notice to close');
  await page.type('#nik', '3171011708450001');
  if (dismiss && (await overlayPresent(page))) await pressUntilClosed(page, 'Escape', 'the notice to close');
  await watchOverlay(page);
  await page.click('#kirim');
  await poll(
    () => hostsAdded(page),
    (n) => n > 0,
    10_000,
    'the pre-submit check',
  );
}

/** Waits until the extension page shows `selector`. */
async function shown(page: TabPage, selector: string): Promise<void> {
  await pollPage(
    page,
    (sel) => {
      const el = document.querySelector(sel);
      return !!el && (!(el instanceof HTMLImageElement) || el.complete);
    },
    (ok) => ok,
    selector,
    selector,
  );
}

export async function openPopup(d: Driver, url: string): Promise<TabPage> {
  const tabId = await d.tabIdOf(url);
  const popup = await d.openExtensionPage(`/popup.html?tab=${tabId}`);
  await shown(popup, '.banner');
  return popup;
}

export async function openDangerPage(d: Driver): Promise<TabPage> {
  const page = await d.openExtensionPage(`/danger.html?u=${encodeURIComponent(SCENE_DANGER_URL)}`);
  await shown(page, '#danger-title');
  return page;
}

export async function openSettings(d: Driver): Promise<TabPage> {
  const page = await d.openExtensionPage('/options.html');
  // The header is drawn once the settings have loaded (before that, only a loading line).
  await shown(page, 'main.settings > header.settings-top img');
  return page;
}
