// Issue 15, "real-world markup": ordinary pages that used to switch the checks off without anyone noticing.
// Controls named after form properties (PHP systems post a hidden `action`), forms inside frames, trusted pages
// that send elsewhere, and real fields hidden behind thousands of decoys. Each scenario is what a person would
// do: type, press the button; the answer is read from the extension (the tab view) and from what the pretend
// web received.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, type Driver, type TabPage } from '../../scripts/harness/driver';
import { NIK, shadowingPage } from '../fixtures/markup/shadowing';

const THANKS = '<!doctype html><title>Terima kasih</title><p>Terima kasih</p>';
const FORM_BODY = (action: string) => `<form id="f" action="${action}" method="post">
<label for="nama">Nama lengkap</label><input id="nama" name="nama">
<label for="nik">No. KTP / NIK</label><input id="nik" name="nik" maxlength="16">
<button id="kirim">Daftar</button></form>`;

/**
 * Whether our dialog or notice is in the page or in one of its same-origin frames: a host element added as the
 * last child of <html>, a plain `<div>` with no attributes. Read with the prototypes' own members, so the
 * page's named images cannot answer instead.
 */
function overlayShown(page: TabPage): Promise<boolean> {
  return page.evaluate(() => {
    const de = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!.get!;
    const last = Object.getOwnPropertyDescriptor(Element.prototype, 'lastElementChild')!.get!;
    const attrs = Object.getOwnPropertyDescriptor(Element.prototype, 'attributes')!.get!;
    const frames = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentDocument')!.get!;
    const qsa = Document.prototype.querySelectorAll;
    const ours = (doc: Document) => {
      const html = de.call(doc) as Element | null;
      const el = html ? (last.call(html) as Element | null) : null;
      return !!el && el.localName === 'div' && (attrs.call(el) as NamedNodeMap).length === 0;
    };
    const docs = [document];
    for (const f of qsa.call(document, 'iframe') as NodeListOf<HTMLIFrameElement>) {
      const d = frames.call(f) as Document | null;
      if (d) docs.push(d);
    }
    return docs.some(ours);
  });
}

async function waitForOverlay(page: TabPage, what: string): Promise<void> {
  await poll(
    () => overlayShown(page),
    (v) => v,
    5000,
    what,
  );
}

const posts = (d: Driver, action: string) => d.web.served.filter((s) => s === `POST ${action}`).length;

/** Fills the NIK in a same-origin frame's form (the value is what counts) and presses its button from the keyboard. */
async function submitInFrame(page: TabPage, frameSelector: string): Promise<void> {
  await page.evaluate(
    ({ sel, nik }) => {
      const frame = document.querySelector(sel) as HTMLIFrameElement;
      const doc = frame.contentDocument!;
      (doc.getElementById('nik') as HTMLInputElement).value = nik;
      (doc.getElementById('kirim') as HTMLButtonElement).focus();
    },
    { sel: frameSelector, nik: NIK },
  );
  await page.press('Enter');
}

describeInBrowsers('real-world markup', (driver) => {
  it('finds the fields and asks before sending when every form property is shadowed by a control of that name', async () => {
    const d = driver();
    const url = 'https://simrs-contoh.example/pendaftaran';
    const action = 'https://pengumpul-lain.example/simpan';
    d.web.html(url, shadowingPage(action));
    d.web.html(action, THANKS);
    const page = await d.open(url);
    const view = await d.waitForView(
      url,
      (v) =>
        v.fields.some((f) => f.kind === 'national_id') && v.reasons.some((r) => r.code === 'cross_site_form_action'),
    );
    expect(view.reasons.find((r) => r.code === 'cross_site_form_action')?.detail).toContain('pengumpul-lain.example');
    // Enter in the field submits (the form's own `getAttribute` is a control, which trips up the automation
    // library's click checks, not a person).
    await page.type('#nik', NIK);
    await page.press('Enter');
    await waitForOverlay(page, 'the pre-submit dialog');
    expect(posts(d, action)).toBe(0);
    await page.close();
  });

  it('still scans a page whose images take over document.querySelector, documentElement and friends', async () => {
    const d = driver();
    const url = 'https://simrs-gambar.example/pendaftaran';
    d.web.html(url, shadowingPage('/simpan', true));
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.some((f) => f.kind === 'national_id'));
    await page.close();
  });

  it('shows the notice and the pre-submit check on a page whose images take over document.createElement, documentElement and friends', async () => {
    const d = driver();
    // Plain HTTP: the notice has something to say, and sending asks first.
    const url = 'http://simrs-gambar.example/daftar';
    const action = 'http://simrs-gambar.example/simpan';
    d.web.html(url, shadowingPage('/simpan', true));
    d.web.html(action, THANKS);
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.level === 'caution' && v.fields.some((f) => f.kind === 'national_id'));
    // The automation library's own click and type trip over the shadowed form (as in the first scenario): the
    // name field is focused through the prototype, then the keyboard does the rest, as a person's would.
    await page.evaluate(() => {
      const byId = Object.getOwnPropertyDescriptor(Document.prototype, 'getElementById')!.value as (
        id: string,
      ) => HTMLElement;
      HTMLElement.prototype.focus.call(byId.call(document, 'nama'));
    });
    await page.press('Tab');
    await waitForOverlay(page, 'the notice, in its place as the last child of <html>');
    // Escape closes it (once it has been up a moment), so what shows next is the pre-submit dialog.
    await poll(
      async () => {
        await page.press('Escape');
        return overlayShown(page);
      },
      (shown) => !shown,
      8000,
      'the notice to take Escape',
    );
    for (const digit of NIK) await page.press(digit);
    await page.press('Enter');
    await waitForOverlay(page, 'the pre-submit dialog');
    expect(posts(d, action)).toBe(0);
    await page.close();
  });

  it('checks a form in a same-origin frame before sending', async () => {
    const d = driver();
    const url = 'http://klinik-bingkai.example/portal';
    const child = 'http://klinik-bingkai.example/formulir';
    const action = 'http://klinik-bingkai.example/simpan';
    d.web.html(
      url,
      `<!doctype html><title>Portal</title><h1>Portal</h1><iframe id="fr" src="/formulir" width="600" height="300"></iframe>`,
    );
    d.web.html(child, `<!doctype html><html lang="id"><title>Formulir</title>${FORM_BODY('/simpan')}</html>`);
    d.web.html(action, THANKS);
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.some((f) => f.kind === 'national_id'));
    await submitInFrame(page, '#fr');
    await waitForOverlay(page, 'the pre-submit dialog for the framed form');
    expect(posts(d, action)).toBe(0);
    await page.close();
  });

  it('checks a form in a srcdoc frame before sending', async () => {
    const d = driver();
    const url = 'http://klinik-srcdoc.example/portal';
    const action = 'http://klinik-srcdoc.example/simpan';
    const srcdoc = FORM_BODY('/simpan').replace(/"/g, '&quot;');
    d.web.html(
      url,
      `<!doctype html><title>Portal</title><h1>Portal</h1><iframe id="fr" srcdoc="${srcdoc}" width="600" height="300"></iframe>`,
    );
    d.web.html(action, THANKS);
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.some((f) => f.kind === 'national_id'));
    await submitInFrame(page, '#fr');
    await waitForOverlay(page, 'the pre-submit dialog for the srcdoc form');
    expect(posts(d, action)).toBe(0);
    await page.close();
  });

  it('checks a form that a script writes into an about:blank frame before sending', async () => {
    const d = driver();
    const url = 'http://klinik-kosong.example/portal';
    const action = 'http://klinik-kosong.example/simpan';
    d.web.html(
      url,
      `<!doctype html><title>Portal</title><h1>Portal</h1><div id="slot"></div><script>
setTimeout(() => {
  const f = document.createElement('iframe');
  f.id = 'fr';
  f.width = 600; f.height = 300;
  document.getElementById('slot').append(f);
  f.contentDocument.open();
  f.contentDocument.write(${JSON.stringify(FORM_BODY('/simpan'))});
  f.contentDocument.close();
}, 300);
</script>`,
    );
    d.web.html(action, THANKS);
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.fields.some((f) => f.kind === 'national_id'));
    await submitInFrame(page, '#fr');
    await waitForOverlay(page, 'the pre-submit dialog for the about:blank form');
    expect(posts(d, action)).toBe(0);
    await page.close();
  });

  it('asks on a trusted page whose button formaction or script sends to an untrusted site', async () => {
    const d = driver();
    const url = 'https://rs-percaya.example/daftar';
    const own = 'https://rs-percaya.example/simpan';
    const other = 'https://pengumpul-data.example/ambil';
    d.web.html(
      url,
      `<!doctype html><html lang="id"><title>Pendaftaran</title><h1>Pendaftaran</h1>${FORM_BODY('/simpan').replace(
        '</form>',
        `<button id="lain" formaction="${other}">Kirim ke mitra</button>
<button id="skrip" type="button">Kirim cepat</button></form>
<script>document.getElementById('skrip').addEventListener('click', () => {
  const f = document.getElementById('f'); f.setAttribute('action', '${other}'); f.requestSubmit();
});</script>`,
      )}</html>`,
    );
    d.web.html(own, THANKS);
    d.web.html(other, THANKS);
    await d.send('setSiteStatus', { site: 'rs-percaya.example', status: 'trusted' });
    try {
      // A button's formaction.
      const page = await d.open(url);
      await d.waitForView(url, (v) => v.level === 'trusted' && v.fields.some((f) => f.kind === 'national_id'));
      await page.type('#nik', NIK);
      await page.click('#lain');
      await waitForOverlay(page, 'the pre-submit dialog for a formaction elsewhere');
      expect(posts(d, other)).toBe(0);
      await page.close();

      // A script that points the form elsewhere and submits it.
      const page2 = await d.open(url);
      await d.waitForView(url, (v) => v.level === 'trusted' && v.fields.some((f) => f.kind === 'national_id'));
      await page2.type('#nik', NIK);
      await page2.click('#skrip');
      await waitForOverlay(page2, 'the pre-submit dialog for a script-chosen destination');
      expect(posts(d, other)).toBe(0);
      await page2.close();

      // The page's own destination is still sent without asking.
      const page3 = await d.open(url);
      await d.waitForView(url, (v) => v.level === 'trusted' && v.fields.some((f) => f.kind === 'national_id'));
      await page3.type('#nik', NIK);
      await page3.click('#kirim');
      await poll(
        async () => posts(d, own),
        (n) => n === 1,
        5000,
        'the form sent to its own trusted site',
      );
      await page3.close();
    } finally {
      await d.send('setSiteStatus', { site: 'rs-percaya.example', status: 'none' });
    }
  });

  it('finds a visible NIK field behind 20,000 hidden and decoy inputs', async () => {
    const d = driver();
    const url = 'https://rs-padding.example/daftar';
    const hidden = Array.from({ length: 10_000 }, (_, i) => `<input name="h${i}" hidden>`).join('');
    const decoys = Array.from({ length: 10_000 }, (_, i) => `<input name="d${i}" style="display:none">`).join('');
    d.web.html(
      url,
      `<!doctype html><html lang="id"><title>Pendaftaran</title><h1>Pendaftaran</h1><form action="/simpan" method="post">${hidden}${decoys}
<label for="nik">No. KTP / NIK</label><input id="nik" name="nik" maxlength="16"><button>Daftar</button></form></html>`,
    );
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.some((f) => f.kind === 'national_id'), 20_000);
    expect(view.fields.map((f) => f.kind)).toEqual(['national_id']);
    await page.close();
  });
});
