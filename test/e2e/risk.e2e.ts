// Judging the site, at pretend addresses: a plain-HTTP hospital form, a lookalike of BPJS Kesehatan, a
// blocklisted host (the danger page, go back / continue once / always), and a form posting to another site.
// Levels and reasons are read from the extension.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, type Driver, type TabPage } from '../../scripts/harness/driver';
import type { SettingsView } from '../../lib/messaging/protocol';

const FORM = (action: string) => `<!doctype html><html lang="id"><title>Daftar</title>
<form action="${action}" method="post"><label for="nik">NIK</label><input id="nik" name="nik"><label for="rm">No. Rekam Medis</label><input id="rm" name="no_rm"><button>Kirim</button></form></html>`;

/** Listed by The Block List Project (phishing) in the bundled list. */
const BLOCKLISTED = 'https://00apple00.com/login';
/** A compromised official host, also listed: shown as "reported as abused" (caution), never trusted, never danger. */
const COMPROMISED_GO_ID = 'https://balangankab.go.id/';

/** Navigates a tab to `url` and waits until it has settled on the danger page (or elsewhere). */
async function openDanger(d: Driver, url: string): Promise<TabPage> {
  const tab = await d.open('about:blank');
  await tab.goto(url).catch(() => undefined);
  await settle(tab, (u) => u.includes('/danger.html'));
  return tab;
}

/** Waits until the tab's address satisfies `ok` and its document is ready (navigations may be under way). */
async function settle(tab: TabPage, ok: (url: string) => boolean): Promise<void> {
  await poll(
    async () =>
      ok(await tab.currentUrl()) &&
      (await tab.evaluate(
        () =>
          document.readyState === 'complete' &&
          (!location.pathname.endsWith('/danger.html') || !!document.querySelector('#danger-title')),
      )),
    (ready) => ready,
    10_000,
    'the tab to settle',
  );
}

describeInBrowsers('judging the site', (driver) => {
  it('cautions about a hospital form served over plain HTTP', async () => {
    const d = driver();
    const url = 'http://rs-contoh.example/daftar';
    d.web.html(url, FORM('/simpan'));
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length === 2);
    expect(view.level).toBe('caution');
    expect(view.reasons).toEqual(
      expect.arrayContaining([
        { code: 'insecure_page', detail: 'http://rs-contoh.example' },
        { code: 'insecure_form_action', detail: 'http://rs-contoh.example/simpan' },
      ]),
    );
    await page.close();
  });

  it('cautions about a form that sends to another site, and not about one that stays', async () => {
    const d = driver();
    const url = 'https://rs-contoh.example/klaim';
    d.web.html(url, FORM('https://formulir-pihak-ketiga.example/terima'));
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length === 2);
    expect(view.level).toBe('caution');
    expect(view.reasons).toContainEqual({
      code: 'cross_site_form_action',
      detail: 'https://formulir-pihak-ketiga.example/terima',
    });
    await page.close();

    const same = 'https://www.rs-contoh.example/klaim';
    d.web.html(same, FORM('https://api.rs-contoh.example/terima'));
    const page2 = await d.open(same);
    const view2 = await d.waitForView(same, (v) => v.fields.length === 2);
    expect(view2.reasons.map((r) => r.code)).not.toContain('cross_site_form_action');
    expect(view2.level).toBe('ok');
    await page2.close();
  });

  it('stops a lookalike of bpjs-kesehatan.go.id before it loads', async () => {
    const d = driver();
    const url = 'https://bpjs-kesehatan-verifikasi.com/klaim';
    d.web.html(url, FORM('/kirim'));
    const tab = await openDanger(d, url);
    expect(await tab.currentUrl()).toContain('/danger.html');
    const danger = await d.send<{ reasons: Array<{ code: string; detail?: string }> }>('getDangerView', { url });
    expect(danger.reasons).toContainEqual({ code: 'lookalike', detail: 'bpjs-kesehatan.go.id' });
    // The real site and its subdomains are never flagged.
    const real = 'https://pcare.bpjs-kesehatan.go.id/';
    d.web.html(real, FORM('/login'));
    const page = await d.open(real);
    const view = await d.waitForView(real, (v) => v.fields.length === 2);
    expect(view.reasons.map((r) => r.code)).not.toContain('lookalike');
    expect(view.level).not.toBe('danger');
    await page.close();
    await tab.close();
  });

  it('stops a blocklisted site; "go back" leaves, "continue once" opens it once, "always" trusts it', async () => {
    const d = driver();
    d.web.html(BLOCKLISTED, FORM('/x'));
    const tab = await openDanger(d, BLOCKLISTED);
    const danger = await d.send<{ reasons: Array<{ code: string; detail?: string }> }>('getDangerView', {
      url: BLOCKLISTED,
    });
    expect(danger.reasons[0]).toMatchObject({ code: 'blocklisted', detail: 'The Block List Project: phishing' });
    // Continue once: the bypass sits in a closed "I understand the risk" section.
    await tab.evaluate(() => {
      (document.querySelector('details.danger-more') as HTMLDetailsElement).open = true;
    });
    await tab.click('.danger-more button.danger');
    await settle(tab, (u) => u === BLOCKLISTED);
    expect(await tab.currentUrl()).toBe(BLOCKLISTED);
    const view = await d.waitForView(BLOCKLISTED, (v) => v.fields.length === 2);
    expect(view.level).toBe('danger');
    expect(view.reasons[0]).toMatchObject({ code: 'blocklisted' });
    // Once only: the next visit is stopped again.
    const again = await openDanger(d, BLOCKLISTED);
    expect(await again.currentUrl()).toContain('/danger.html');
    await again.close();
    await tab.close();

    d.web.html(COMPROMISED_GO_ID, FORM('/x'));
    const listed = await d.open(COMPROMISED_GO_ID);
    const abused = await d.waitForView(COMPROMISED_GO_ID, (v) => v.fields.length === 2);
    expect(await listed.currentUrl()).toBe(COMPROMISED_GO_ID);
    expect(abused.level).toBe('caution');
    expect(abused.reasons[0]).toMatchObject({ code: 'blocklisted', abused: true });
    expect(abused.reasons[0]!.detail).toMatch(/^The Block List Project: phishing, \d{4}-\d{2}-\d{2}$/);
    await listed.close();
  });

  it('stops a site the person blocked, and lets it through once trusted from the danger page', async () => {
    const d = driver();
    const url = 'https://klinik-yang-diblokir.example/';
    d.web.html(url, FORM('/x'));
    await d.send('setSiteStatus', { site: 'klinik-yang-diblokir.example', status: 'blocked' });
    const tab = await openDanger(d, url);
    const danger = await d.send<{ reasons: Array<{ code: string }> }>('getDangerView', { url });
    expect(danger.reasons.map((r) => r.code)).toEqual(['user_blocked']);
    await tab.evaluate(() => {
      (document.querySelector('details.danger-more') as HTMLDetailsElement).open = true;
    });
    await tab.click('.danger-more button.secondary');
    await settle(tab, (u) => u === url);
    const view = await d.waitForView(url, (v) => v.fields.length === 2);
    expect(view.level).toBe('trusted');
    await tab.close();
    await d.send('setSiteStatus', { site: 'klinik-yang-diblokir.example', status: 'none' });
  });

  it('on a private-suffix host, the popup names and trusts the owner’s site only, and the rule is kept', async () => {
    const d = driver();
    const url = 'https://klinik-saya.github.io/daftar';
    const other = 'https://penipu-lain.github.io/daftar';
    d.web.html(url, FORM('/x'));
    d.web.html(other, FORM('/x'));
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length === 2);
    expect(view.ruleSite).toBe('klinik-saya.github.io');
    const popup = await d.openExtensionPage(`/popup.html?tab=${await d.tabIdOf(url)}`);
    const buttons = () =>
      popup.evaluate(() => [...document.querySelectorAll('.actions button')].map((b) => b.textContent ?? ''));
    const labels = await poll(buttons, (b) => b.length > 0, 8000, 'the popup’s buttons');
    expect(labels).toEqual([
      'Trust klinik-saya.github.io',
      'Block klinik-saya.github.io',
      'Pause Jaga Data on klinik-saya.github.io',
    ]);
    await popup.evaluate(() => (document.querySelector('.actions button') as HTMLButtonElement).click());
    const trusted = await d.waitForView(url, (v) => v.siteStatus === 'trusted');
    expect(trusted.level).toBe('trusted');
    // Stored as the owner's site, and read back (a rule for all of github.io used to be dropped on read).
    const settings = await d.send<SettingsView>('getSettingsView', {});
    expect(settings.settings.trusted).toContainEqual({ scope: 'domain', value: 'klinik-saya.github.io' });
    expect(settings.settings.trusted.some((r) => r.value === 'github.io')).toBe(false);
    // Another owner on the same provider is not trusted.
    const page2 = await d.open(other);
    const view2 = await d.waitForView(other, (v) => v.fields.length === 2);
    expect(view2.siteStatus).toBeNull();
    await popup.close();
    await page2.close();
    await page.close();
    await d.send('setSiteStatus', { site: 'klinik-saya.github.io', status: 'none' });
  });
});
