// Issue 15, "frames": a form inside a `blob:` frame, a `data:` frame, an about:blank pop-up the opener writes
// into, and a pop-up at an ordinary address gets the same notice at the moment of entry and the same pre-submit
// check as a form in the top page. Both manifests set `match_about_blank` and `match_origin_as_fallback`, so the
// bootstrap runs in documents without an address of their own, matched by the origin that made them: Chrome
// documents this for about:, blob:, data: and filesystem: frames (a data: frame's origin is opaque, so the
// creator's origin is used); Firefox has done the same since 128 (bugs 1475831 and 1897113: data: documents and,
// only with match_origin_as_fallback, blob: documents), and this project requires ESR 140.
//
// Each scenario is what a person does: a real click into the field (the notice), typing and pressing Enter (the
// check). What the page itself cannot see (inside a data: frame, a pop-up) is read through the automation
// library's own handle on that frame or window, never by the page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, portable, type Driver, type TabPage } from '../../scripts/harness/driver';
import type { ChromiumDriver } from '../../scripts/harness/chromium';
import type { FirefoxDriver } from '../../scripts/harness/firefox';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/harness/loopback';

const NIK = '3171011708450001';
/** Plain HTTP to a bare address: a reason to ask before sending wherever the form is. One per scenario. */
const actionFor = (where: string) => `http://203.0.113.9/simpan/${where}`;
const THANKS = '<!doctype html><title>Terima kasih</title><p>Terima kasih</p>';
const FORM = (
  ACTION: string,
) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Formulir</title></head><body>
<form id="f" action="${ACTION}" method="post">
<label for="nama">Nama lengkap</label><input id="nama" name="nama">
<label for="nik">No. KTP / NIK</label><input id="nik" name="nik" maxlength="16">
<button id="kirim">Daftar</button></form></body></html>`;

/** Where the form is: one frame of a tab, or a whole pop-up window; driven as a person drives it. */
interface Surface {
  evaluate<R>(fn: () => R): Promise<R>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
}

function chromiumSurface(page: PwPage, frame: PwFrame): Surface {
  return {
    evaluate: (fn) => frame.evaluate(portable(fn)) as never,
    click: (sel) => frame.locator(sel).first().click({ timeout: 10_000 }),
    type: (sel, text) => frame.locator(sel).first().pressSequentially(text, { delay: 5 }),
    press: (key) => page.keyboard.press(key),
  };
}

function firefoxSurface(page: PpPage, frame: PpFrame): Surface {
  return {
    evaluate: (fn) => frame.evaluate(portable(fn)) as never,
    click: (sel) => frame.click(sel),
    type: (sel, text) => frame.type(sel, text, { delay: 5 }),
    press: (key) => page.keyboard.press(key as never),
  };
}

/** The frame of `tab` whose address starts with `scheme` (`blob:`, `data:`), once it has the form. */
async function frameOf(d: Driver, tab: TabPage, scheme: string): Promise<Surface> {
  return poll(
    async () => {
      if (d.name === 'chromium') {
        const page = (d as ChromiumDriver).pageOf(tab);
        const frame = page.frames().find((f) => f.url().startsWith(scheme));
        if (!frame || !(await frame.evaluate(() => !!document.getElementById('nik')))) return null;
        return chromiumSurface(page, frame);
      }
      const page = (d as FirefoxDriver).pageOf(tab);
      const frame = page.frames().find((f) => f.url().startsWith(scheme));
      if (!frame || !(await frame.evaluate(() => !!document.getElementById('nik')))) return null;
      return firefoxSurface(page, frame);
    },
    (s): s is Surface => s !== null,
    10_000,
    `the ${scheme} frame with the form`,
  ) as Promise<Surface>;
}

/** Clicks `selector` in `tab` (a real click: pop-ups need one) and returns the pop-up it opened, with the form. */
async function popupFrom(d: Driver, tab: TabPage, selector: string): Promise<Surface> {
  if (d.name === 'chromium') {
    const page = (d as ChromiumDriver).pageOf(tab);
    const [popup] = await Promise.all([page.waitForEvent('popup'), tab.click(selector)]);
    await poll(
      () => popup.evaluate(() => !!document.getElementById('nik')),
      (ok) => ok,
      10_000,
      'the pop-up with the form',
    );
    // A person clicks in the window they see: the pop-up is the active one.
    await popup.bringToFront();
    return chromiumSurface(popup, popup.mainFrame());
  }
  const fd = d as FirefoxDriver;
  const before = new Set(await fd.browser.pages());
  await tab.click(selector);
  const popup = await poll(
    async () => {
      const page = (await fd.browser.pages()).find((p) => !before.has(p));
      return page && (await page.evaluate(() => !!document.getElementById('nik'))) ? page : null;
    },
    (p): p is PpPage => p !== null,
    10_000,
    'the pop-up with the form',
  );
  await popup!.bringToFront();
  return firefoxSurface(popup!, popup!.mainFrame());
}

/** Our notice or dialog is in this document: a host `<div>` without attributes added as the last child of <html>. */
function overlayIn(s: Surface): Promise<boolean> {
  return s.evaluate(() => {
    const last = document.documentElement.lastElementChild;
    return !!last && last !== document.body && last.localName === 'div' && last.attributes.length === 0;
  });
}

const waitForOverlay = (s: Surface, what: string) =>
  poll(
    () => overlayIn(s),
    (shown) => shown,
    8000,
    what,
  );

/** The notice on a real click into the NIK field, then (Escape) the check on Enter, with nothing sent. */
async function noticeAndCheck(d: Driver, s: Surface, where: string, action: string): Promise<void> {
  await s.click('#nik');
  await waitForOverlay(s, `the notice in ${where}`);
  // Dismiss it (Escape counts once the notice has been up a moment), so the next overlay is the dialog.
  await poll(
    async () => {
      await s.press('Escape');
      return !(await overlayIn(s));
    },
    (gone) => gone,
    8000,
    `the notice in ${where} to take Escape`,
  );
  await s.type('#nik', NIK);
  await s.press('Enter');
  await waitForOverlay(s, `the pre-submit check in ${where}`);
  // The dialog is in the form's own document, so it did not navigate away: nothing was sent.
  expect(await s.evaluate(() => !!document.getElementById('nik'))).toBe(true);
  expect(d.web.served).not.toContain(`POST ${action}`);
}

const POPUP_HOST = 'klinik-popup.example';
const POPUP_ACTION = actionFor('popup');

describeInBrowsers(
  'forms in blob: and data: frames and in pop-ups',
  (driver) => {
    let server: LoopbackServer;
    beforeAll(async () => {
      server = await startLoopbackServer();
      server.route('/formulir', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(FORM(POPUP_ACTION));
      });
    });
    afterAll(() => server?.close());

    it('gives a form in a blob: frame the notice and the pre-submit check', async () => {
      const d = driver();
      const url = 'http://klinik-blob.example/portal';
      const action = actionFor('blob');
      d.web.html(action, THANKS);
      d.web.html(
        url,
        `<!doctype html><title>Portal</title><h1>Portal</h1><script>
        const f = document.createElement('iframe');
        f.width = 600; f.height = 400;
        f.src = URL.createObjectURL(new Blob([${JSON.stringify(FORM(action))}], { type: 'text/html' }));
        document.body.append(f);
      </script>`,
      );
      const tab = await d.open(url);
      await d.waitForView(url, (v) => v.fields.some((f) => f.kind === 'national_id') && v.level === 'caution');
      await noticeAndCheck(d, await frameOf(d, tab, 'blob:'), 'the blob: frame', action);
      await tab.close();
    });

    it('gives a form in a data: frame the notice and the pre-submit check', async () => {
      const d = driver();
      const url = 'http://klinik-data.example/portal';
      const action = actionFor('data');
      d.web.html(action, THANKS);
      d.web.html(
        url,
        `<!doctype html><title>Portal</title><h1>Portal</h1><iframe width="600" height="400" src="data:text/html;charset=utf-8,${encodeURIComponent(FORM(action))}"></iframe>`,
      );
      const tab = await d.open(url);
      await d.waitForView(url, (v) => v.fields.some((f) => f.kind === 'national_id') && v.level === 'caution');
      await noticeAndCheck(d, await frameOf(d, tab, 'data:'), 'the data: frame', action);
      await tab.close();
    });

    it('gives a form the opener writes into an about:blank pop-up the notice and the pre-submit check', async () => {
      const d = driver();
      const url = 'http://klinik-jendela.example/portal';
      const action = actionFor('blank-popup');
      d.web.html(action, THANKS);
      d.web.html(
        url,
        `<!doctype html><title>Portal</title><h1>Portal</h1><button id="buka">Buka formulir</button><script>
        document.getElementById('buka').addEventListener('click', () => {
          const w = window.open('', '_blank', 'popup,width=700,height=500');
          w.document.open();
          w.document.write(${JSON.stringify(FORM(action))});
          w.document.close();
        });
      </script>`,
      );
      const tab = await d.open(url);
      await noticeAndCheck(d, await popupFrom(d, tab, '#buka'), 'the about:blank pop-up', action);
      await tab.close();
    });

    it('gives a form in a pop-up at an ordinary address the notice and the pre-submit check', async () => {
      const d = driver();
      const origin = `http://${POPUP_HOST}:${server.port}`;
      const url = `${origin}/portal`;
      const opener = `<!doctype html><title>Portal</title><h1>Portal</h1><button id="buka">Buka formulir</button><script>
        document.getElementById('buka').addEventListener('click', () => window.open('/formulir', '_blank', 'popup,width=700,height=500'));
      </script>`;
      d.web.html(POPUP_ACTION, THANKS);
      d.web.html(url, opener);
      d.web.html(`${origin}/formulir`, FORM(POPUP_ACTION));
      const tab = await d.open(url);
      await noticeAndCheck(d, await popupFrom(d, tab, '#buka'), 'the pop-up', POPUP_ACTION);
      await tab.close();
    });
  },
  // Firefox's test interception is set per tab, after it opens: a pop-up's first request would escape it. There
  // the pop-up's host resolves to this machine and the loopback server answers it (Chromium's interception
  // covers every tab, so the pretend web answers there and the server sees nothing).
  { firefox: { extraPrefs: { 'network.dns.localDomains': POPUP_HOST } } },
);
