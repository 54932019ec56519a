// Known breaches of the site and who else is on a page that asks for sensitive data, as the extension reports
// them. Tracker scripts and pixels are served from pretend tracker addresses; nothing reaches the internet.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll } from '../../scripts/harness/driver';
import { CATALOGUES } from '../../lib/i18n/translate';
import { PIXEL_GIF } from '../../scripts/harness/pretend-web';

const SIRS = `<!doctype html><html lang="id"><title>SIRS Online</title><h1>Sistem Informasi Rumah Sakit</h1>
<form><label for="nik">NIK</label><input id="nik" name="nik"><label for="pw">Kata sandi</label><input id="pw" type="password"></form></html>`;

const TRACKED = (withForm: boolean) => `<!doctype html><html lang="id"><head><title>Klinik</title>
<script src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>
<script src="https://connect.facebook.net/en_US/fbevents.js"></script>
<script src="https://klinik-contoh.example/app.js"></script>
</head><body><h1>Klinik Contoh</h1>
<img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1" alt="">
${withForm ? '<form><label for="diag">Diagnosis / keluhan</label><textarea id="diag" name="diagnosa"></textarea><label for="bpjs">No. Kartu BPJS</label><input id="bpjs" name="no_bpjs"></form>' : '<p>Jam buka: 08.00–20.00</p>'}
</body></html>`;

describeInBrowsers('breaches and third parties', (driver) => {
  it('shows the Ministry of Health breaches on sirs.kemkes.go.id, honestly marked alleged', async () => {
    const d = driver();
    const url = 'https://sirs.kemkes.go.id/fo/login';
    d.web.html(url, SIRS);
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.scanned && v.breaches.length > 0);
    const kemkes = view.breaches.find((b) => b.id === 'id-kemkes-patient-records-2022');
    expect(kemkes).toMatchObject({
      status: 'alleged',
      date: '2022-01-05',
      dateIsDisclosure: true,
      recordsIsClaim: true,
    });
    expect(view.reasons.map((r) => r.code)).toContain('known_breach');
    expect(view.site).toBe('kemkes.go.id');
    // Health and identity breaches come first.
    expect(view.breaches[0]!.healthOrId).toBe(true);
    await page.close();
  });

  it('tells a site whose only breach is alleged that it is a claim, in the popup, and presses no action on the person', async () => {
    const d = driver();
    const url = 'https://sscasn.bkn.go.id/daftar';
    d.web.html(
      url,
      '<!doctype html><html lang="id"><title>SSCASN</title><form><label for="k">NIK</label><input id="k" name="nik"></form></html>',
    );
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.scanned && v.breaches.length > 0);
    expect(view.breaches.map((b) => b.status)).toEqual(['alleged']);
    const popup = await d.openExtensionPage(`/popup.html?tab=${await d.tabIdOf(url)}`);
    const shown = await poll(
      () =>
        popup.evaluate(() => ({
          line: document.querySelector('.reason-known_breach .reason-title')?.textContent ?? '',
          pill: document.querySelector('.breach .pill')?.textContent ?? '',
          meta: document.querySelector('.breach-meta')?.textContent ?? '',
          actions: document.querySelectorAll('.actions button').length,
          filled: [...document.querySelectorAll('.actions button.primary')].map((b) => b.className),
          emoji: document.querySelector('.banner-icon')?.textContent ?? '',
          svg: document.querySelector('.banner-icon svg') !== null,
        })),
      (s) => s.line !== '' && s.meta !== '',
      8000,
      'the popup’s breach section',
    );
    const words = [CATALOGUES.en, CATALOGUES.id];
    expect(words.map((w) => w.reasonKnownBreachAlleged)).toContain(shown.line);
    expect(words.map((w) => w.breachStatusAlleged)).toContain(shown.pill);
    expect(words.some((w) => shown.meta.startsWith(w.breachDateReported!.split('{')[0]!))).toBe(true);
    // A caution about a real institution (here an alleged breach of BKN) must not press patients to block it.
    expect(shown.actions).toBeGreaterThan(0);
    expect(shown.filled).toEqual([]);
    expect([shown.emoji, shown.svg]).toEqual(['', true]);
    await popup.close();
    await page.close();
  });

  it('names the trackers on a page that asks for health data, above all the one that records keystrokes', async () => {
    const d = driver();
    const url = 'https://klinik-contoh.example/daftar';
    d.web.html(url, TRACKED(true));
    d.web.set('https://static.hotjar.com/c/hotjar-1.js?sv=6', {
      body: '/* stand-in */',
      contentType: 'text/javascript',
    });
    d.web.set('https://connect.facebook.net/en_US/fbevents.js', {
      body: '/* stand-in */',
      contentType: 'text/javascript',
    });
    d.web.set('https://klinik-contoh.example/app.js', { body: '/* first party */', contentType: 'text/javascript' });
    d.web.set('https://www.facebook.com/tr?id=1&ev=PageView', { body: PIXEL_GIF, contentType: 'image/gif' });
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length === 2 && v.thirdParties.length >= 2);
    const sites = view.thirdParties.map((t) => t.site);
    expect(sites).toEqual(expect.arrayContaining(['hotjar.com', 'facebook.net']));
    expect(sites).not.toContain('klinik-contoh.example');
    expect(view.thirdParties.find((t) => t.site === 'hotjar.com')).toMatchObject({
      capturesInput: true,
      company: 'Hotjar',
      category: 'session_replay',
    });
    // Whatever can capture what is typed is listed first.
    const firstOther = view.thirdParties.findIndex((t) => !t.capturesInput);
    if (firstOther >= 0) expect(view.thirdParties.slice(firstOther).every((t) => !t.capturesInput)).toBe(true);
    const reason = view.reasons.find((r) => r.code === 'third_party_trackers');
    expect(reason?.detail).toContain('hotjar.com');
    expect(view.level).toBe('caution');
    await page.close();
  });

  it('stays silent about trackers on a page without sensitive fields', async () => {
    const d = driver();
    const url = 'https://klinik-contoh.example/jam-buka';
    d.web.html(url, TRACKED(false));
    const page = await d.open(url);
    // A search box (never a sensitive field) brings the scanner, which looks at the trackers too: once it has
    // reported, the page has been judged with everything on it.
    await page.evaluate(() => {
      const box = document.createElement('input');
      box.type = 'search';
      box.name = 'q';
      box.setAttribute('aria-label', 'Cari jadwal dokter');
      document.body.append(box);
    });
    const view = await d.waitForView(url, (v) => v.scanned);
    expect(view.fields).toEqual([]);
    expect(view.thirdParties).toEqual([]);
    expect(view.reasons.map((r) => r.code)).not.toContain('third_party_trackers');
    expect(view.level).toBe('ok');
    expect(await d.badge(url)).toBe('');
    await page.close();
  });
});
