// The notice at the moment of entry and the pre-submit check, used the way a person would: focusing a field,
// pressing Escape, submitting with the keyboard. Decisions are read back from the extension (warning record,
// settings) and from what the pretend web received.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, type Driver, type TabPage } from '../../scripts/harness/driver';
import {
  hostsAdded,
  overlayAfterFocus,
  overlayUp,
  pressUntilClosed,
  watchOverlay,
} from '../../scripts/harness/page-barriers';

const NIK = '3171011708450001';
const FORM = (action: string) => `<!doctype html><html lang="id"><title>Pendaftaran</title><h1>Pendaftaran pasien</h1>
<form id="f" action="${action}" method="post">
<label for="nama">Nama lengkap</label><input id="nama" name="nama">
<label for="nik">No. KTP / NIK</label><input id="nik" name="nik" maxlength="16">
<button id="kirim">Daftar</button></form></html>`;
const THANKS = '<!doctype html><title>Terima kasih</title><p>Terima kasih</p>';

async function enableRecord(d: Driver): Promise<void> {
  const view = await d.send<{ settings: { warningLog: { enabled: boolean; retentionDays: number } } }>(
    'getSettingsView',
    {},
  );
  await d.send('saveSettings', { patch: { warningLog: { ...view.settings.warningLog, enabled: true } } });
}

/** What our overlay added to the page: the last child of <html> when it is not the page's own. */
function overlayState(page: TabPage) {
  return page.evaluate(() => {
    const last = document.documentElement.lastElementChild;
    const ours = last !== null && last !== document.body && last.localName === 'div' && last.attributes.length === 0;
    return {
      present: ours,
      shadowVisibleToPage: ours ? last.shadowRoot !== null : false,
      text: ours ? (last as HTMLElement).innerText : '',
    };
  });
}

describeInBrowsers('notice and pre-submit check', (driver) => {
  it('shows a notice next to a sensitive field on a plain-HTTP page, closes it with Escape and does not show it again', async () => {
    const d = driver();
    await enableRecord(d);
    const url = 'http://rs-contoh.example/daftar';
    d.web.html(url, FORM('/simpan'));
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution' && v.fields.length === 1);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await watchOverlay(page);
    await page.click('#nama');
    // The page's own focus listener runs after the extension's for the same focus: nothing was shown for it.
    expect(await overlayAfterFocus(page, 'nama')).toBe(false);
    expect((await overlayState(page)).present).toBe(false);
    await page.click('#nik');
    const shown = await overlayUp(page, 'the notice');
    expect(shown).toBe(true);
    expect(await overlayAfterFocus(page, 'nik')).toBe(true);
    expect(await hostsAdded(page)).toBe(1);
    const state = await overlayState(page);
    expect(state.shadowVisibleToPage).toBe(false);
    expect(state.text).toBe('');
    await pressUntilClosed(page, 'Escape');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.click('#nama');
    await page.click('#nik');
    // The person dismissed it: focusing the field again shows nothing (seen right after the extension saw it).
    expect(await overlayAfterFocus(page, 'nama', 2)).toBe(false);
    expect(await overlayAfterFocus(page, 'nik', 2)).toBe(false);
    expect((await overlayState(page)).present).toBe(false);
    expect(await hostsAdded(page)).toBe(1);
    const log = await d.send<{
      entries: Array<{ site: string; action: string; fieldKinds: string[]; reasons: string[] }>;
    }>('getWarningLog', {});
    const actions = log.entries.filter((e) => e.site === 'rs-contoh.example').map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['shown', 'dismissed']));
    expect(log.entries.find((e) => e.action === 'shown')).toMatchObject({
      fieldKinds: ['national_id'],
      reasons: expect.arrayContaining(['insecure_page']),
    });
    await page.close();
  });

  // The person is in the field before the verdict arrives (here: autofocus, so before the extension could even
  // listen; also a quick click on a slow machine): the first verdict shows the notice where they are.
  it('shows the notice for a sensitive field that had focus before the verdict arrived', async () => {
    const d = driver();
    const url = 'http://rs-fokus.example/daftar';
    d.web.html(url, FORM('/simpan').replace('<input id="nik"', '<input id="nik" autofocus'));
    const page = await d.open(url);
    expect(await overlayUp(page, 'the notice for the field that had focus')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nik');
    await pressUntilClosed(page, 'Escape');
    await page.close();
  });

  it("stops a risky submission and honours don't send, send once and trust", async () => {
    const d = driver();
    // Plain HTTP on both sides: a secure page posting to plain HTTP meets the browser's own mixed-form warning.
    const url = 'http://klinik-contoh.example/daftar';
    const action = 'http://203.0.113.7/simpan';
    d.web.html(url, FORM(action));
    d.web.html(action, THANKS);
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.type('#nik', NIK);
    const posted = () => d.web.served.filter((s) => s === `POST ${action}`).length;

    // Don't send: the safe choice has the focus.
    await page.click('#kirim');
    await overlayUp(page);
    await pressUntilClosed(page, 'Enter');
    expect(posted()).toBe(0);
    expect(page.url).toBe(url);

    // Send once: the next button.
    await page.click('#kirim');
    await overlayUp(page);
    await page.press('Tab');
    await pressUntilClosed(page, 'Enter');
    await poll(
      async () => posted(),
      (n) => n === 1,
      5000,
      'the form to be sent once',
    );

    // Trust: the third button; afterwards the site is trusted and the form is sent without asking.
    const page2 = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1);
    await page2.type('#nik', NIK);
    await page2.click('#kirim');
    await overlayUp(page2);
    await page2.press('Tab');
    await page2.press('Tab');
    await pressUntilClosed(page2, 'Enter');
    await poll(
      async () => posted(),
      (n) => n === 2,
      5000,
      'the form to be sent after trusting',
    );
    // The choice is saved by the background while the form goes: wait for the rule, not for the send.
    const settings = await poll(
      () => d.send<{ settings: { trusted: Array<{ value: string }> } }>('getSettingsView', {}),
      (v) => v.settings.trusted.some((r) => r.value === 'klinik-contoh.example'),
      10_000,
      'the trust rule saved',
    );
    expect(settings.settings.trusted.map((r) => r.value)).toEqual(expect.arrayContaining(['klinik-contoh.example']));
    // Only the page's own site: where its form sends was the page's choice, not the person's.
    expect(settings.settings.trusted.map((r) => r.value)).not.toContain('203.0.113.7');
    await page.close();
    await page2.close();
    await d.send('setSiteStatus', { site: 'klinik-contoh.example', status: 'none' });
    await d.send('setSiteStatus', { site: '203.0.113.7', status: 'none' });
  });

  it('lets an ordinary form on a secure page submit without asking', async () => {
    const d = driver();
    const url = 'https://rs-aman.example/daftar';
    const action = 'https://rs-aman.example/simpan';
    d.web.html(url, FORM('/simpan'));
    d.web.html(action, THANKS);
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1 && v.level === 'ok');
    await page.type('#nik', NIK);
    await page.click('#kirim');
    await poll(
      async () => d.web.served,
      (served) => served.includes(`POST ${action}`),
      10_000,
      'the form sent',
    );
    expect(d.web.served).toContain(`POST ${action}`);
    await page.close();
  });
});
