// The settings page, used the way a person would: typing a site and pressing Add, choosing an answer, removing
// an entry, switching the language, importing a breach file. What was saved is read back from the background
// (`getSettingsView`), never from the page that saved it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, pollPage, type Driver, type TabPage } from '../../scripts/harness/driver';
import type { SettingsView } from '../../lib/messaging/protocol';
import type { ChromiumDriver } from '../../scripts/harness/chromium';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/harness/loopback';

const view = (d: Driver) => d.send<SettingsView>('getSettingsView', {});
const until = (d: Driver, ok: (v: SettingsView) => boolean, what: string) => poll(() => view(d), ok, 8000, what);

async function openSettings(d: Driver): Promise<TabPage> {
  const page = await d.openExtensionPage('/options.html');
  await pollPage(
    page,
    () => !!document.querySelector('.settings-section'),
    (ready) => ready,
    'the settings page',
  );
  return page;
}

const text = (page: TabPage, selector: string) =>
  page.evaluate((s) => document.querySelector<HTMLElement>(s)?.innerText ?? '', selector);

/** The element's text once it contains `wanted` (or a timeout naming what was seen last). */
function waitForText(page: TabPage, selector: string, wanted: string): Promise<string> {
  return pollPage(
    page,
    (s) => document.querySelector<HTMLElement>(s)?.innerText ?? '',
    (seen) => seen.includes(wanted),
    `"${wanted}" in ${selector}`,
    selector,
  );
}

const HIBP_ENTRY = {
  Name: 'KlinikContoh',
  Title: 'Klinik Contoh',
  Domain: 'klinik-contoh.example',
  BreachDate: '2024-03-01',
  AddedDate: '2024-04-02T10:00:00Z',
  ModifiedDate: '2024-04-02T10:00:00Z',
  PwnCount: 1200,
  DataClasses: ['Email addresses', 'Names'],
  IsVerified: true,
  IsFabricated: false,
  IsSensitive: false,
  IsRetired: false,
  IsSpamList: false,
};

describeInBrowsers('settings page', (driver) => {
  it('adds a trusted site typed by the person, then removes it', async () => {
    const d = driver();
    const page = await openSettings(d);
    await page.type('#settings-trusted-input', 'https://www.kemkes.go.id/layanan');
    await page.click('[data-list="trusted"] form button[type="submit"]');
    const added = await until(d, (v) => v.settings.trusted.some((r) => r.value === 'kemkes.go.id'), 'the trusted site');
    expect(added.settings.trusted).toContainEqual({ scope: 'domain', value: 'kemkes.go.id' });
    expect(await waitForText(page, '[data-list="trusted"] .settings-rules', 'kemkes.go.id')).toContain(
      'and every address ending in .kemkes.go.id',
    );

    await page.click('[data-list="trusted"] [data-rule="*.kemkes.go.id"] button');
    const removed = await until(d, (v) => v.settings.trusted.length === 0, 'the site removed');
    expect(removed.settings.trusted).toEqual([]);
    const rulesLeft = await pollPage(
      page,
      () => document.querySelectorAll('[data-list="trusted"] [data-rule]').length,
      (n) => n === 0,
      'the rule gone from the page',
    );
    expect(rulesLeft).toBe(0);
    await page.close();
  });

  it('saves how eager warnings are, and the mode', async () => {
    const d = driver();
    expect((await view(d)).settings.eagerness).toBe('normal');
    const page = await openSettings(d);
    await page.click('input[name="eagerness"][value="eager"]');
    await until(d, (v) => v.settings.eagerness === 'eager', 'eagerness saved');
    await page.click('input[name="mode"][value="clinic"]');
    const saved = await until(d, (v) => v.settings.mode === 'clinic', 'mode saved');
    expect(saved.settings.eagerness).toBe('eager');
    expect(await waitForText(page, '.settings-status', 'Saved.')).toContain('Saved.');
    await page.click('input[name="eagerness"][value="normal"]');
    await page.click('input[name="mode"][value="patient"]');
    await until(d, (v) => v.settings.eagerness === 'normal' && v.settings.mode === 'patient', 'defaults back');
    await page.close();
  });

  it('re-renders in Indonesian once the language is saved, and back', async () => {
    const d = driver();
    const page = await openSettings(d);
    expect(await text(page, 'h1')).toBe('Jaga Data settings');
    await page.click('input[name="language"][value="id"]');
    await until(d, (v) => v.locale === 'id', 'Indonesian saved');
    expect(await waitForText(page, 'h1', 'Pengaturan')).toBe('Pengaturan Jaga Data');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await page.click('input[name="language"][value="auto"]');
    await until(d, (v) => v.settings.language === 'auto' && v.locale === 'en', 'automatic again');
    expect(await waitForText(page, 'h1', 'settings')).toBe('Jaga Data settings');
    await page.close();
  });

  it('imports a breach file, and lists the problems of a broken one without losing anything', async () => {
    const d = driver();
    const before = (await view(d)).breachCatalogue.entries;
    const page = await openSettings(d);
    await page.click('#settings-section-breaches summary');
    const paste = (value: string) =>
      page.evaluate((v) => {
        const area = document.querySelector<HTMLTextAreaElement>('#settings-breach-import-text')!;
        area.value = v;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    await paste(
      JSON.stringify([HIBP_ENTRY, { ...HIBP_ENTRY, Name: 'Rusak', Title: undefined, BreachDate: '2024-13-40' }]),
    );
    await page.click('#settings-section-breaches .settings-import button');
    const problems = await waitForText(page, '#settings-section-breaches .settings-result', 'Entry 2');
    expect(problems).toContain('Entry 2: A required part of this entry is missing.');
    expect(problems).toContain('Entry 2: A date is not written correctly.');
    expect((await view(d)).breachCatalogue.entries).toBe(before);

    await paste(JSON.stringify([HIBP_ENTRY]));
    await page.click('#settings-section-breaches .settings-import button');
    expect(await waitForText(page, '#settings-section-breaches .settings-result', 'added')).toContain(
      '1 breaches added or updated.',
    );
    await until(d, (v) => v.breachCatalogue.entries === before + 1, 'one more breach');
    await page.close();
  });

  it('imports a list of sites to block, listing the refused lines first', async () => {
    const d = driver();
    const page = await openSettings(d);
    await page.click('[data-list="blocked"] summary');
    const paste = (value: string) =>
      page.evaluate((v) => {
        const area = document.querySelector<HTMLTextAreaElement>('#settings-blocked-import-text')!;
        area.value = v;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    await paste('phishing-contoh.example\n*.scam-bpjs.example\nnot a site!\n');
    await page.click('[data-list="blocked"] .settings-import button');
    expect(await waitForText(page, '[data-list="blocked"] .settings-result', 'Line 3')).toContain(
      'Line 3: This is not a site address.',
    );
    expect((await view(d)).settings.blocked).toEqual([]);

    await paste('phishing-contoh.example\n*.scam-bpjs.example\n');
    await page.click('[data-list="blocked"] .settings-import button');
    expect(await waitForText(page, '[data-list="blocked"] .settings-result', 'Added')).toContain('Added 2 sites.');
    const saved = await until(d, (v) => v.settings.blocked.length === 2, 'two blocked sites');
    // A plain name on its own line means the site and everything under it (lib/reputation/import-list.ts).
    expect(saved.settings.blocked.map((r) => r.value)).toEqual(['phishing-contoh.example', 'scam-bpjs.example']);
    expect(await waitForText(page, '[data-list="blocked"] .settings-rules', 'scam-bpjs')).toContain(
      'phishing-contoh.example',
    );
    await d.send('saveSettings', { patch: { blocked: [] } });
    await page.close();
  });

  it('turns the warning record on, shows a recorded warning in words, and deletes the record after confirming', async () => {
    const d = driver();
    const settings = await openSettings(d);
    if (
      !(await settings.evaluate(
        () => document.querySelector<HTMLInputElement>('input[name="warningLogEnabled"]')!.checked,
      ))
    ) {
      await settings.click('input[name="warningLogEnabled"]');
    }
    await until(d, (v) => v.settings.warningLog.enabled, 'the record switched on');

    // A warning happens: a plain-HTTP page asks for a NIK and the person focuses the field.
    const url = 'http://puskesmas-contoh.example/daftar';
    d.web.html(
      url,
      '<!doctype html><html lang="id"><form action="/simpan" method="post"><label for="nik">NIK</label><input id="nik" name="nik"><button>Daftar</button></form></html>',
    );
    const form = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1);
    await form.click('#nik');
    await poll(
      () => d.send<{ entries: Array<{ site: string }> }>('getWarningLog', {}),
      (log) => log.entries.some((e) => e.site === 'puskesmas-contoh.example'),
      8000,
      'the warning recorded',
    );
    await form.close();

    await settings.close();
    const record = await openSettings(d);
    const table = await waitForText(record, '.settings-log', 'puskesmas-contoh.example');
    expect(table).toContain('ID number (NIK / KTP)');
    expect(table).toContain('Connection not protected');
    expect(table).toContain('Warning shown');

    await record.click('#settings-section-log button.danger');
    expect(await waitForText(record, '.settings-confirm', 'cannot be undone')).toContain('cannot be undone');
    expect((await d.send<{ entries: unknown[] }>('getWarningLog', {})).entries.length).toBeGreaterThan(0);
    await record.click('.settings-confirm button.danger');
    await poll(
      () => d.send<{ entries: unknown[] }>('getWarningLog', {}),
      (log) => log.entries.length === 0,
      8000,
      'the record deleted',
    );
    expect(await waitForText(record, '#settings-section-log', 'deleted')).toContain('The record was deleted.');
    await record.close();
  });
});

// A list source served from this machine: added on the page, switched on, downloaded with "Download the lists now".
describeInBrowsers(
  'settings page: list sources',
  (driver) => {
    let server: LoopbackServer;
    beforeAll(async () => {
      server = await startLoopbackServer();
      server.route('/daftar-situs-berbahaya.txt', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('phishing-contoh.example\nscam-bpjs.example\nlookalike-kemkes.example\n');
      });
    });
    afterAll(() => server?.close());

    it('adds a source switched off, downloads it once switched on, and removes it', async () => {
      const d = driver();
      (d as Partial<ChromiumDriver>).network?.allow(`127.0.0.1:${server.port}`);
      const url = `${server.origin}/daftar-situs-berbahaya.txt`;
      const page = await openSettings(d);
      await page.type('#settings-source-url', url);
      await page.click('#settings-source-url ~ .settings-row button[type="submit"]');
      const added = await until(d, (v) => v.settings.listSources.length === 1, 'the source added');
      expect(added.settings.listSources[0]).toMatchObject({ url, kind: 'reputation', enabled: false });
      expect(server.log).toEqual([]);

      await page.click(`[data-source="${url}"] input[type="checkbox"]`);
      await until(d, (v) => v.settings.listSources[0]?.enabled === true, 'the source switched on');
      await page.click('#settings-refresh');
      expect(await waitForText(page, '#settings-refresh-result', 'downloaded,')).toBe(
        'Lists checked: 1 downloaded, 0 failed.',
      );
      const done = await until(
        d,
        (v) => v.sources[0]?.lastOk !== null && v.sources[0]?.entries === 3,
        'the download recorded',
      );
      expect(done.sources[0]?.lastError).toBeNull();
      expect(await waitForText(page, `[data-source="${url}"]`, 'Last downloaded')).toContain(': 3 entries.');
      expect(server.log).toContain('GET /daftar-situs-berbahaya.txt');

      await page.click(`[data-source="${url}"] button`);
      await until(d, (v) => v.settings.listSources.length === 0, 'the source removed');
      await page.close();
    });

    it('refuses a redirect without contacting its target, and keeps the last good copy when a new one is unreadable', async () => {
      const d = driver();
      (d as Partial<ChromiumDriver>).network?.allow(`127.0.0.1:${server.port}`);
      let broken = false;
      server.route('/daftar-berganti.txt', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        // A server that starts answering an error page with 200: nearly every line is unreadable as a site.
        res.end(
          broken
            ? [
                'phishing-berganti.example',
                ...Array.from({ length: 60 }, (_, i) => `<p class="x${i}">Maintenance, come back later</p>`),
              ].join('\n')
            : 'phishing-berganti.example\nscam-berganti.example\n',
        );
      });
      server.route('/daftar-pindah.txt', (_req, res) => {
        res.writeHead(302, { location: `http://localhost:${server.port}/tujuan-pindah.txt` });
        res.end();
      });
      const good = `${server.origin}/daftar-berganti.txt`;
      const moved = `${server.origin}/daftar-pindah.txt`;
      const listSources = [
        { id: 'own-berganti', kind: 'reputation', url: good, enabled: true },
        { id: 'own-pindah', kind: 'reputation', url: moved, enabled: true },
      ];
      expect((await d.send<{ ok: boolean }>('saveSettings', { patch: { listSources } })).ok).toBe(true);
      type Results = { results: Array<{ id: string; ok: boolean; error?: string; entries?: number }> };
      const first = await d.send<Results>('refreshListSources', {});
      expect(first.results).toEqual([
        { id: 'own-berganti', ok: true, entries: 2 },
        { id: 'own-pindah', ok: false, error: 'redirected' },
      ]);
      expect(server.log).toContain('GET /daftar-pindah.txt');
      expect(server.log.some((l) => l.includes('tujuan-pindah'))).toBe(false);

      broken = true;
      const second = await d.send<Results>('refreshListSources', {});
      expect(second.results[0]).toEqual({ id: 'own-berganti', ok: false, error: 'too_many_errors' });
      // The last good copy still warns.
      const danger = await d.send<{ reasons: Array<{ code: string }> }>('getDangerView', {
        url: 'https://phishing-berganti.example/',
      });
      expect(danger.reasons.map((r) => r.code)).toContain('blocklisted');
      const shown = await until(d, (v) => v.sources[0]?.lastError === 'too_many_errors', 'the error recorded');
      expect(shown.sources[0]?.entries).toBe(2);

      const page = await openSettings(d);
      expect(await waitForText(page, `[data-source="${good}"]`, 'last good copy')).toContain(
        'too many lines of the list could not be read',
      );
      expect(await waitForText(page, `[data-source="${moved}"]`, 'final address')).toContain(
        'the address sends elsewhere',
      );
      await page.close();
      await d.send('saveSettings', { patch: { listSources: [] } });
    });
  },
  { networkAllowed: true },
);
