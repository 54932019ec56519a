// Hostile pages: scripts that try to read, remove, cover or click our notice, forge events for the content
// script, detect the extension from the DOM, or drown it in controls, deep shadow trees, megabyte labels and
// endless mutations. Reading and forging fail; removal is detected and the warning moves to the popup and
// badge; without a warning on screen the page's DOM is exactly as it was; limits are reported.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, type Driver, type TabPage } from '../../scripts/harness/driver';
import {
  hostsAdded,
  messagesDelivered,
  overlayAfterFocus,
  overlayPresent,
  overlayUp,
  pressUntilClosed,
  watchOverlay,
} from '../../scripts/harness/page-barriers';
import type { ChromiumDriver } from '../../scripts/harness/chromium';
import type { FirefoxDriver } from '../../scripts/harness/firefox';

const NIK = '3171011708450001';
const HTTP_FORM = (extra = '') => `<!doctype html><html lang="id"><head><title>Daftar</title></head><body>
<form id="f" action="http://203.0.113.9/simpan" method="post"><label for="nama">Nama</label><input id="nama" name="nama">
<label for="nik">No. KTP / NIK</label><input id="nik" name="nik"><button id="kirim">Kirim</button></form>${extra}</body></html>`;

async function enableRecord(d: Driver): Promise<void> {
  const view = await d.send<{ settings: { warningLog: { enabled: boolean; retentionDays: number } } }>(
    'getSettingsView',
    {},
  );
  await d.send('saveSettings', { patch: { warningLog: { ...view.settings.warningLog, enabled: true } } });
}

async function recorded(d: Driver, site: string): Promise<string[]> {
  const log = await d.send<{ entries: Array<{ site: string; action: string }> }>('getWarningLog', {});
  return log.entries.filter((e) => e.site === site).map((e) => e.action);
}

/** Waits until the warning record holds `action` for `site`. */
function recordedAction(d: Driver, site: string, action: string, timeoutMs = 5000): Promise<string[]> {
  return poll(
    () => recorded(d, site),
    (a) => a.includes(action),
    timeoutMs,
    `${action} recorded`,
  );
}

/**
 * Presses `key` `times` times, 100 ms apart, checking after each press that `still` holds: proof that for
 * the whole stretch (longer than the cooldown) nothing the person pressed counted.
 */
async function pressWhile(page: TabPage, key: string, times: number, still: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < times; i++) {
    await page.press(key);
    if (!(await still())) return false;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  }
  return true;
}

/** Page helpers that draw over our overlay: a popover, a modal dialog, a transparent top-layer sheet. */
const COVERS = `<script>
  window.__cover = (kind) => {
    window.__uncover?.();
    let el;
    if (kind === 'dialog') {
      el = document.createElement('dialog');
      el.textContent = 'Menang hadiah!';
      document.body.append(el);
      el.showModal();
    } else if (kind === 'form') {
      // A popover that is a form: its controls take over the members a content script reads in Chromium.
      el = document.createElement('form');
      el.setAttribute('popover', 'manual');
      el.innerHTML = '<input type="hidden" name="matches"><input type="hidden" name="isConnected">' +
        '<input type="hidden" name="getBoundingClientRect"><p>Tekan tombolnya</p>';
      el.style.cssText = 'pointer-events:none;position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:#fff;border:0';
      document.body.append(el);
      el.showPopover();
    } else {
      el = document.createElement('div');
      el.setAttribute('popover', 'manual');
      el.style.cssText = kind === 'popover'
        ? 'pointer-events:none;position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:#fff;border:0'
        : 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:transparent;border:0';
      el.textContent = kind === 'popover' ? 'Tekan Enter untuk lanjut' : '';
      document.body.append(el);
      el.showPopover();
    }
    window.__uncover = () => { if (el.localName === 'dialog') el.close(); else el.hidePopover(); el.remove(); window.__uncover = null; };
  };
</script>`;

/** The centre of the notice's button on screen, and whether the notice's "covered" line shows (it moves the button). */
type NoticeButton = { x: number; y: number; coveredLine: boolean };

/**
 * Where the notice's button is on screen, asked from the extension's side: a script injected into the tab's
 * content-script world opens the closed shadow root with the API browsers give extensions for exactly that
 * (`chrome.dom.openOrClosedShadowRoot` in Chromium, `Element.openOrClosedShadowRoot` in Firefox). The page
 * itself still cannot reach inside.
 */
async function noticeButton(d: Driver, url: string): Promise<NoticeButton | null> {
  const tabId = await d.tabIdOf(url);
  return d.inExtension(async (t) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const [done] = await api.scripting.executeScript({
      target: { tabId: t },
      func: () => {
        const host = document.documentElement.lastElementChild as HTMLElement | null;
        if (!host || host === document.body || host.localName !== 'div') return null;
        const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot } } })
          .chrome?.dom;
        const root = dom?.openOrClosedShadowRoot
          ? dom.openOrClosedShadowRoot(host)
          : (host as unknown as { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
        const button = root?.querySelector('.jd-box .row button');
        const line = root?.querySelector<HTMLElement>('.jd-covered');
        if (!button || !line) return null;
        const r = button.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, coveredLine: !line.hidden };
      },
    });
    return (done?.result as NoticeButton | null | undefined) ?? null;
  }, tabId);
}

/** A real pointer click at a point of the tab's viewport (the automation library's mouse, as a person's). */
async function mouseClick(d: Driver, page: TabPage, at: { x: number; y: number }): Promise<void> {
  if (d.name === 'chromium') await (d as ChromiumDriver).pageOf(page).mouse.click(at.x, at.y);
  else await (d as FirefoxDriver).pageOf(page).mouse.click(at.x, at.y);
}

describeInBrowsers('hostile pages', (driver, browser) => {
  it('leaves the page DOM exactly as it was and sends it no event or message while nothing is shown', async () => {
    const d = driver();
    const url = 'http://pengintai.example/daftar';
    d.web.html(
      url,
      HTTP_FORM(`<script>
        window.__seen = [];
        addEventListener('message', (e) => window.__seen.push('message ' + JSON.stringify(e.data)));
        for (const t of ['wxt:content-script-started']) document.addEventListener(t, () => window.__seen.push(t));
        const original = document.documentElement.outerHTML;
        window.__original = original;
        // The page's own addition (one <p data-own>) is not counted; anything else anyone changes is.
        const own = (r) => r.addedNodes.length === 1 && r.addedNodes[0].dataset?.own === '' && r.removedNodes.length === 0;
        new MutationObserver((rs) => { const n = rs.filter((r) => !own(r)).length; if (n) window.__seen.push('mutation ' + n); }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        window.__addField = () => {
          const p = document.createElement('p');
          p.dataset.own = '';
          p.innerHTML = '<label for="bpjs">No. Kartu BPJS</label><input id="bpjs" name="bpjs">';
          document.getElementById('f').append(p);
          window.__original = document.documentElement.outerHTML;
        };
      </script>`),
    );
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1);
    // Barrier: the page adds a field and the extension reports it, so it has looked at the page again since.
    await page.evaluate(() => (window as unknown as { __addField: () => void }).__addField());
    await d.waitForView(url, (v) => v.fields.length === 2);
    const result = await page.evaluate(() => {
      const w = window as unknown as { __seen: string[]; __original: string };
      return { seen: w.__seen, same: document.documentElement.outerHTML === w.__original };
    });
    expect(result.seen).toEqual([]);
    expect(result.same).toBe(true);
    await page.close();
  });

  it('cannot read, click or dismiss the notice, and a forged Escape does not close it', async () => {
    const d = driver();
    // Its own site: the real Escape at the end dismisses the notice, which is then not shown again on that site.
    const url = 'http://baca-notis.example/baca';
    d.web.html(url, HTTP_FORM());
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.click('#nik');
    expect(await overlayUp(page, 'the notice')).toBe(true);
    const probe = await page.evaluate(() => {
      const host = document.documentElement.lastElementChild as HTMLElement;
      const before = document.documentElement.lastElementChild;
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return {
        shadow: host.shadowRoot,
        text: host.innerText + host.textContent,
        bodyText: document.body.innerText.includes('Jaga'),
        attributes: host.getAttributeNames(),
        stillThere: document.documentElement.lastElementChild === before,
      };
    });
    expect(probe).toEqual({ shadow: null, text: '', bodyText: false, attributes: [], stillThere: true });
    // Barrier: a real Escape, handled after the forged ones, is what closes it.
    expect(await overlayPresent(page)).toBe(true);
    await pressUntilClosed(page, 'Escape', 'the notice to take a real Escape');
    await page.close();
  });

  it('puts the notice back when the page removes it, then moves the warning to the popup and badge', async () => {
    const d = driver();
    const url = 'http://pengintai.example/hapus';
    d.web.html(
      url,
      HTTP_FORM(`<script>
        new MutationObserver(() => {
          const last = document.documentElement.lastElementChild;
          if (last && last !== document.body && last.localName === 'div') last.remove();
        }).observe(document.documentElement, { childList: true });
      </script>`),
    );
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.click('#nik');
    const view = await d.waitForView(url, (v) => v.noticeRemoved);
    expect(view.noticeRemoved).toBe(true);
    expect(await d.badge(url)).not.toBe('');
    await page.close();
  });

  it('keeps the notice above a full-page cover the page puts on top', async () => {
    const d = driver();
    const url = 'http://pengintai.example/tutup';
    d.web.html(url, HTTP_FORM());
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.click('#nik');
    expect(await overlayUp(page, 'the notice')).toBe(true);
    const onTop = await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,0.99)';
      document.body.append(cover);
      const field = document.getElementById('nik')!.getBoundingClientRect();
      const hit = document.elementFromPoint(field.left + 30, field.bottom + 40);
      return hit === document.documentElement.lastElementChild;
    });
    expect(onTop).toBe(true);
    await page.close();
  });

  it('ignores forged focus and submit events and garbage messages', async () => {
    const d = driver();
    const url = 'http://pengintai.example/palsu';
    const action = 'http://203.0.113.9/simpan';
    d.web.html(url, HTTP_FORM());
    d.web.html(action, '<p>ok</p>');
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await watchOverlay(page);
    await page.evaluate(() => {
      const nik = document.getElementById('nik')!;
      nik.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      nik.dispatchEvent(new FocusEvent('focus'));
      window.postMessage({ type: 'reportFrame', data: { report: {} } }, '*');
      window.postMessage({ type: 'adviceChanged', data: { level: 'trusted' } }, '*');
    });
    await messagesDelivered(page);
    expect(await page.evaluate(() => document.documentElement.lastElementChild === document.body)).toBe(true);
    // Barrier: a real focus, handled after the forged one and the messages, shows the notice: the forged focus
    // showed none, and the forged advice did not make the site trusted.
    await page.click('#nik');
    expect(await overlayAfterFocus(page, 'nik')).toBe(true);
    expect(await hostsAdded(page)).toBe(1);
    // A forged submit event asks nothing. (Firefox sends a form on a forged submit event, as on form.submit();
    // the page's own listener stops that here. Intercepting it ourselves would only tell the page we are there:
    // see the fingerprinting scenario.)
    await page.type('#nik', NIK);
    await page.evaluate(() => {
      const form = document.getElementById('f')!;
      form.addEventListener('submit', (e) => e.preventDefault());
      form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
    });
    expect(await hostsAdded(page)).toBe(1);
    // Barrier: a real submit, handled after the forged one, opens the pre-submit check: the only overlay added
    // since the notice.
    await page.click('#kirim');
    await poll(
      () => hostsAdded(page),
      (n) => n >= 2,
      5000,
      'the pre-submit check',
    );
    expect(await hostsAdded(page)).toBe(2);
    expect(d.web.served).not.toContain(`POST ${action}`);
    const view = await d.view(url);
    expect(view!.level).toBe('caution');
    await page.close();
  });

  it('clickjacking: the pre-submit check counts no key press for 500 ms after it appears', async () => {
    const d = driver();
    await enableRecord(d);
    const url = 'http://pengintai.example/cepat';
    const action = 'http://203.0.113.9/simpan';
    d.web.html(
      url,
      HTTP_FORM(`<script>
        // What the page can time: the click that asked to send, every Enter, and when the last overlay went.
        window.__t = { enters: [] };
        addEventListener('click', (e) => { if (e.target.id === 'kirim') window.__t.click = e.timeStamp; }, true);
        addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__t.enters.push(e.timeStamp); }, true);
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.removedNodes) if (n.localName === 'div') window.__t.gone = performance.now();
        }).observe(document.documentElement, { childList: true });
      </script>`),
    );
    d.web.html(action, '<p>ok</p>');
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.type('#nik', NIK);
    await page.click('#kirim');
    // Enter at once and again and again: the focused safe choice counts only once the cooldown is over.
    await pressUntilClosed(page, 'Enter', 'the dialog to take Enter');
    const t = await page.evaluate(
      () => (window as unknown as { __t: { click: number; enters: number[]; gone: number } }).__t,
    );
    const accepted = Math.max(...t.enters.filter((at) => at <= t.gone));
    // The first presses came inside the cooldown and were ignored; the one that counted came after it.
    expect(t.enters[0]! - t.click).toBeLessThan(500);
    expect(accepted - t.click).toBeGreaterThanOrEqual(500);
    expect(d.web.served).not.toContain(`POST ${action}`);
    await recordedAction(d, 'pengintai.example', 'cancelled');
    await page.close();
  });

  it('clickjacking: a popover, a transparent sheet and a modal dialog over the pre-submit check block it, and no choice counts', async () => {
    const d = driver();
    await enableRecord(d);
    const url = 'http://pengintai.example/tutupi';
    const action = 'http://203.0.113.9/simpan';
    d.web.html(url, HTTP_FORM(COVERS));
    d.web.html(action, '<p>ok</p>');
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.type('#nik', NIK);
    await page.click('#kirim');
    await overlayUp(page, 'the pre-submit check');
    // Focus on "send this time": a press of Enter there would send, if it counted.
    await page.press('Tab');
    const posted = () => d.web.served.includes(`POST ${action}`);
    for (const kind of ['popover', 'transparent', 'dialog']) {
      await page.evaluate((k) => (window as unknown as { __cover: (k: string) => void }).__cover(k), kind);
      const held = await pressWhile(page, 'Enter', 8, async () => !posted() && (await overlayPresent(page)));
      expect(held, `covered by a ${kind}`).toBe(true);
      await page.evaluate(() => (window as unknown as { __uncover: () => void }).__uncover());
    }
    expect(posted()).toBe(false);
    expect(await recorded(d, 'pengintai.example')).not.toEqual(expect.arrayContaining(['sent_once']));
    // Uncovered, the dialog works again (after its cooldown): Escape is "don't send".
    await pressUntilClosed(page, 'Escape', 'the dialog to take Escape');
    expect(posted()).toBe(false);
    await page.close();
  });

  if (browser === 'chromium') {
    // Only Chromium's protocol reads inside a closed shadow root (the page itself cannot).
    it('clickjacking: the pre-submit check says so while the page covers it', async () => {
      const d = driver() as ChromiumDriver;
      const url = 'http://pengintai.example/bilang';
      d.web.html(url, HTTP_FORM(COVERS));
      const page = await d.open(url);
      await d.waitForView(url, (v) => v.level === 'caution');
      await page.type('#nik', NIK);
      await page.click('#kirim');
      await overlayUp(page, 'the pre-submit check');
      /** Whether the "covered" line in our overlay is showing. */
      const coveredLine = async (): Promise<boolean> => {
        const cdp = await d.context.newCDPSession(d.pageOf(page));
        try {
          const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
          const html = root.children?.find((c) => c.nodeName === 'HTML');
          const host = html?.children?.[html.children.length - 1];
          const box = host?.shadowRoots?.[0]?.children?.find((c) => c.nodeName === 'DIALOG');
          const line = box?.children?.[0];
          if (!line?.attributes) throw new Error('no overlay');
          const attrs = line.attributes;
          const cls = attrs[attrs.indexOf('class') + 1];
          if (cls !== 'jd-covered') throw new Error('no covered line');
          return !attrs.includes('hidden');
        } finally {
          await cdp.detach();
        }
      };
      expect(await coveredLine()).toBe(false);
      await page.evaluate(() => (window as unknown as { __cover: (k: string) => void }).__cover('popover'));
      await poll(coveredLine, (c) => c, 5000, 'the covered line to show');
      await page.evaluate(() => (window as unknown as { __uncover: () => void }).__uncover());
      await poll(coveredLine, (c) => !c, 5000, 'the covered line to go');
      await pressUntilClosed(page, 'Escape', 'the dialog to take Escape');
      await page.close();
    });
  }

  it('clickjacking: a covered notice cannot be dismissed, and is once uncovered', async () => {
    const d = driver();
    await enableRecord(d);
    const url = 'http://tutup-notis.example/daftar';
    d.web.html(url, HTTP_FORM(COVERS));
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.click('#nik');
    await overlayUp(page, 'the notice');
    await page.evaluate(() => (window as unknown as { __cover: (k: string) => void }).__cover('popover'));
    expect(await pressWhile(page, 'Escape', 8, () => overlayPresent(page))).toBe(true);
    expect(await recorded(d, 'tutup-notis.example')).not.toContain('dismissed');
    await page.evaluate(() => (window as unknown as { __uncover: () => void }).__uncover());
    await pressUntilClosed(page, 'Escape', 'the notice to take Escape');
    await recordedAction(d, 'tutup-notis.example', 'dismissed');
    await page.close();
  });

  it('clickjacking: a real click on the notice through a cover does not count; an uncovered one after the delay does', async () => {
    const d = driver();
    await enableRecord(d);
    const url = 'http://tutup-klik.example/daftar';
    d.web.html(
      url,
      HTTP_FORM(`${COVERS}<script>
        // What the page can time: every real click that reached it (a click in our closed root is retargeted to
        // the host), and when the last cover went.
        window.__clicks = [];
        addEventListener('click', (e) => { if (e.isTrusted) window.__clicks.push(e.timeStamp); }, true);
        const uncover = () => window.__uncover?.();
        window.__uncoverTimed = () => { uncover(); window.__uncoveredAt = performance.now(); };
      </script>`),
    );
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.click('#nik');
    /** The button once the notice shows (`covered`) or no longer shows its "covered" line. */
    const button = (covered: boolean) =>
      poll(
        () => noticeButton(d, url),
        (b) => b !== null && b.coveredLine === covered,
        5000,
        `the notice's button, ${covered ? '' : 'not '}saying it is covered`,
      ) as Promise<NoticeButton>;
    await button(false);
    type Timed = { __clicks: number[]; __uncoveredAt: number; __cover: (k: string) => void; __uncoverTimed(): void };
    // A visible decoy that lets the pointer through (pointer-events: none): the click lands on our button,
    // and must not count; the same decoy made of a form whose controls are named `matches`, `isConnected` and
    // `getBoundingClientRect` (in Chromium a content script sees those controls in place of the form's members:
    // read directly, they hid the cover). Then a transparent sheet that takes the pointer: the click never reaches us.
    for (const kind of ['popover', 'form', 'transparent']) {
      await page.evaluate((k) => (window as unknown as Timed).__cover(k), kind);
      // Where the button is now: the notice says it is covered, above the button.
      const at = await button(true);
      // Clicks for longer than the cooldown, each with the notice still there afterwards.
      for (let i = 0; i < 6; i++) {
        await mouseClick(d, page, at);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
        expect(await overlayPresent(page), `a click through a ${kind}`).toBe(true);
      }
      await page.evaluate(() => (window as unknown as Timed).__uncoverTimed());
    }
    expect(await recorded(d, 'tutup-klik.example')).not.toContain('dismissed');
    // Uncovered, the same click counts once the cooldown since the cover went is over.
    const at = await button(false);
    const clicksBefore = (await page.evaluate(() => (window as unknown as Timed).__clicks)).length;
    await poll(
      async () => {
        await mouseClick(d, page, at);
        return !(await overlayPresent(page));
      },
      (gone) => gone,
      8000,
      'the notice to take an uncovered click',
    );
    const t = await page.evaluate(() => {
      const w = window as unknown as Timed;
      return { clicks: w.__clicks, uncoveredAt: w.__uncoveredAt };
    });
    expect(t.clicks.length).toBeGreaterThan(clicksBefore);
    expect(t.clicks[t.clicks.length - 1]! - t.uncoveredAt).toBeGreaterThanOrEqual(500);
    await poll(
      () => recorded(d, 'tutup-klik.example'),
      (a) => a.includes('dismissed'),
      5000,
      'dismissal recorded',
    );
    await page.close();
  });

  it('fingerprinting: forged submit, focus and key events tell the page nothing', async () => {
    const d = driver();
    const url = 'http://pengintai.example/sidik';
    d.web.html(
      url,
      HTTP_FORM(`<script>
        window.__mutations = 0;
        new MutationObserver((r) => (window.__mutations += r.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        window.__probe = () => {
          const form = document.getElementById('f');
          const nik = document.getElementById('nik');
          const out = {};
          nik.value = '${NIK}';
          nik.dispatchEvent(new Event('input', { bubbles: true }));
          let reached = false;
          const mine = (e) => { reached = true; e.preventDefault(); };
          form.addEventListener('submit', mine);
          const submit = new SubmitEvent('submit', { bubbles: true, cancelable: true });
          out.submitDispatchResult = form.dispatchEvent(submit);
          out.submitPrevented = submit.defaultPrevented;
          out.submitReachedPage = reached;
          form.removeEventListener('submit', mine);
          let keys = 0;
          const countKeys = () => keys++;
          window.addEventListener('keydown', countKeys);
          for (const key of ['Escape', 'Enter', 'a']) {
            const ev = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
            nik.dispatchEvent(ev);
            out['key ' + key] = ev.defaultPrevented;
          }
          window.removeEventListener('keydown', countKeys);
          out.keysReachedPage = keys;
          const focus = new FocusEvent('focusin', { bubbles: true, composed: true, cancelable: true });
          nik.dispatchEvent(focus);
          out.focusPrevented = focus.defaultPrevented;
          out.htmlAttributes = document.documentElement.getAttributeNames().join(',');
          out.children = document.documentElement.children.length;
          return out;
        };
      </script>`),
    );
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution' && v.fields.length === 1);
    const first = await page.evaluate(() =>
      (window as unknown as { __probe: () => Record<string, unknown> }).__probe(),
    );
    // Give the extension every chance to react (a notice, a report, a dialog) before looking at the DOM again.
    await d.waitForView(url, (v) => v.fields.length === 1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await page.evaluate(() => ({
      mutations: (window as unknown as { __mutations: number }).__mutations,
      children: document.documentElement.children.length,
    }));
    expect(first).toMatchObject({
      submitDispatchResult: false,
      submitPrevented: true,
      submitReachedPage: true,
      'key Escape': false,
      'key Enter': false,
      'key a': false,
      keysReachedPage: 3,
      focusPrevented: false,
      htmlAttributes: 'lang',
      children: 2,
    });
    expect(after).toEqual({ mutations: 0, children: 2 });
    await page.close();
  });

  it('flooding: a page that flashes the notice from a script records nothing and writes almost nothing', async () => {
    const d = driver();
    await enableRecord(d);
    const url = 'http://banjir.example/daftar';
    d.web.html(
      url,
      `<!doctype html><html lang="id"><title>Banjir</title><body><form action="/simpan" method="post">
      <label for="a">No. KTP / NIK pasien</label><input id="a" name="nik_a">
      <label for="b">No. KTP / NIK wali</label><input id="b" name="nik_b"></form>
      <script>
        // Focus from a script is a trusted focus event: each one would show (and count) a notice.
        window.__flood = () => new Promise((done) => {
          let n = 0;
          const t = setInterval(() => {
            document.getElementById(n % 2 ? 'a' : 'b').focus();
            if (++n >= 300) { clearInterval(t); done(n); }
          }, 5);
        });
      </script></body></html>`,
    );
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 2 && v.level === 'caution');
    // Count the extension's storage writes while the page floods (and one report after it).
    await d.inExtension(() => {
      const g = globalThis as unknown as { __writes: number; chrome: typeof chrome; browser?: typeof chrome };
      g.__writes = 0;
      (g.browser ?? g.chrome).storage.onChanged.addListener(() => g.__writes++);
    });
    await page.evaluate(() => (window as unknown as { __flood: () => Promise<number> }).__flood());
    // Nobody pressed anything, so no notice of the flood can count however long it stays (lib/page/notice-seen.ts);
    // what the flood made the scanner send left before this barrier: the page adds a field, and the report of it,
    // sent after, is answered.
    await page.evaluate(() => {
      document
        .querySelector('form')!
        .insertAdjacentHTML('beforeend', '<label for="c">No. KTP / NIK ibu</label><input id="c">');
    });
    await d.waitForView(url, (v) => v.fields.length === 3);
    const writes = await d.inExtension(() => (globalThis as unknown as { __writes: number }).__writes);
    expect(writes).toBeLessThanOrEqual(6);
    expect(await recorded(d, 'banjir.example')).toEqual([]);
    // A person who then uses the page gets the notice, and it counts.
    await page.click('#a');
    await overlayUp(page, 'the notice');
    await recordedAction(d, 'banjir.example', 'shown', 8000);
    await page.close();
  });

  it('caps its work on 50,000 controls, deep shadow trees and megabyte labels, and says it did', async () => {
    const d = driver();
    const url = 'https://besar-sekali.example/';
    d.web.html(
      url,
      `<!doctype html><html lang="id"><title>Besar</title><body><form id="big"></form><div id="deep"></div><script>
        const form = document.getElementById('big');
        const parts = [];
        for (let i = 0; i < 50000; i++) parts.push('<input name="f' + i + '">');
        form.innerHTML = '<label for="nik">No. KTP / NIK</label><input id="nik" name="nik">' + parts.join('');
        let host = document.getElementById('deep');
        for (let i = 0; i < 400; i++) { const el = document.createElement('div'); host.attachShadow({ mode: 'open' }).append(el); host = el; }
        host.innerHTML = '<label for="rm">No. Rekam Medis</label><input id="rm">';
        const big = document.createElement('label');
        big.htmlFor = 'diag';
        big.textContent = 'Diagnosis '.padEnd(1000000, 'x');
        document.body.append(big);
        const inp = document.createElement('input'); inp.id = 'diag'; document.body.append(inp);
      </script></body></html>`,
    );
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.scanned, 30_000);
    expect(view.truncated).toBe(true);
    // The page still answers (it was not frozen), and what was found is reported.
    expect(await page.evaluate(() => document.querySelectorAll('input').length)).toBeGreaterThan(50000);
    for (const f of view.fields) expect(f.label.length).toBeLessThanOrEqual(200);
    await page.close();
  });

  it('keeps up with a page that mutates itself without end', async () => {
    const d = driver();
    const url = 'https://gelisah.example/';
    d.web.html(
      url,
      `<!doctype html><html lang="id"><title>Gelisah</title><body><form><label for="rm">No. Rekam Medis</label><input id="rm" name="no_rm"></form><div id="noise"></div><script>
        const noise = document.getElementById('noise');
        setInterval(() => { const s = document.createElement('span'); s.textContent = String(Math.random()); noise.replaceChildren(s); }, 3);
      </script></body></html>`,
    );
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length === 1, 15_000);
    expect(view.fields[0]).toMatchObject({ kind: 'medical_record_number', id: 'rm' });
    // Barrier: a field the page adds amid the noise is reported, so the extension kept looking; the noise itself
    // added nothing.
    await page.evaluate(() => {
      document.querySelector('form')!.insertAdjacentHTML('beforeend', '<label for="nik">NIK</label><input id="nik">');
    });
    const later = await d.waitForView(url, (v) => v.fields.length >= 2, 15_000);
    expect(later.fields.map((f) => f.id).sort()).toEqual(['nik', 'rm']);
    await page.close();
  });
});
