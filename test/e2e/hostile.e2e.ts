// Hostile pages: scripts that try to read, remove, cover or click our notice, forge events for the content
// script, detect the extension from the DOM, or drown it in controls, deep shadow trees, megabyte labels and
// endless mutations. Reading and forging fail; removal is detected and the warning moves to the popup and
// badge; without a warning on screen the page's DOM is exactly as it was; limits are reported.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import type { TabPage } from '../../scripts/harness/driver';

const NIK = '3171011708450001';
const HTTP_FORM = (extra = '') => `<!doctype html><html lang="id"><head><title>Daftar</title></head><body>
<form id="f" action="http://203.0.113.9/simpan" method="post"><label for="nama">Nama</label><input id="nama" name="nama">
<label for="nik">No. KTP / NIK</label><input id="nik" name="nik"><button id="kirim">Kirim</button></form>${extra}</body></html>`;

async function noticeShown(page: TabPage): Promise<boolean> {
  return page.evaluate(async () => {
    for (let i = 0; i < 30; i++) {
      const last = document.documentElement.lastElementChild;
      if (last && last !== document.body && last.localName === 'div') return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  });
}

describeInBrowsers('hostile pages', (driver) => {
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
        new MutationObserver((r) => window.__seen.push('mutation ' + r.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      </script>`),
    );
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.length === 1);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
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
    const url = 'http://pengintai.example/baca';
    d.web.html(url, HTTP_FORM());
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution');
    await page.click('#nik');
    expect(await noticeShown(page)).toBe(true);
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
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await noticeShown(page)).toBe(true);
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
    expect(await noticeShown(page)).toBe(true);
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
    await page.evaluate(() => {
      const nik = document.getElementById('nik')!;
      nik.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      nik.dispatchEvent(new FocusEvent('focus'));
      window.postMessage({ type: 'reportFrame', data: { report: {} } }, '*');
      window.postMessage({ type: 'adviceChanged', data: { level: 'trusted' } }, '*');
    });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
    expect(await page.evaluate(() => document.documentElement.lastElementChild === document.body)).toBe(true);
    // A forged submit event sends nothing and asks nothing.
    await page.type('#nik', NIK);
    await page.evaluate(() =>
      document.getElementById('f')!.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true })),
    );
    await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
    expect(d.web.served).not.toContain(`POST ${action}`);
    const view = await d.view(url);
    expect(view!.level).toBe('caution');
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
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    expect((await d.view(url))!.fields.length).toBe(1);
    await page.close();
  });
});
