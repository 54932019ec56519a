// Identifiers recognised from what is typed, without keeping it: a valid NIK in a field no label explains
// raises the badge; a card number in a card field does not; clearing clears; no storage area and no message
// the test captures contains what was typed.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { captureMessages, everythingKept } from '../../scripts/harness/extension-state';
import { UNLABELLED } from './pages';

const NIK = '3171015708450001';
const CARD = '5105105105105100';

describeInBrowsers('typed values', (driver) => {
  it('flags an unlabelled field holding a valid NIK, and clears the flag when it is emptied', async () => {
    const d = driver();
    await captureMessages(d);
    const url = 'https://data-contoh.example/isian';
    d.web.html(url, UNLABELLED);
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.scanned);
    expect(await d.badge(url)).toBe('');
    await page.type('#x1', NIK);
    const view = await d.waitForView(url, (v) => v.fields.length === 1);
    expect(view.fields[0]).toMatchObject({ kind: 'national_id', source: 'value', scheme: 'id.nik', id: 'x1' });
    expect(await d.badge(url)).toBe('1');

    // A card number in the card field is not an identifier. The NIK typed into #x2 afterwards is the barrier:
    // once it is reported, the card number typed before it has been looked at too.
    await page.type('#kartu', CARD);
    await page.type('#x2', NIK);
    const both = await d.waitForView(url, (v) => v.fields.some((f) => f.id === 'x2'));
    expect(both.fields.map((f) => f.id)).toEqual(['x1', 'x2']);

    for (const id of ['x1', 'x2']) {
      await page.evaluate((i) => (document.getElementById(i) as HTMLInputElement).select(), id);
      await page.press('Backspace');
    }
    await d.waitForView(url, (v) => v.fields.length === 0);
    expect(await d.badge(url)).toBe('');

    const kept = await everythingKept(d);
    expect(kept).not.toContain(NIK);
    expect(kept).not.toContain(CARD);
    expect(kept).not.toContain('31710157');
    await page.close();
  });

  it('ignores a value set and announced by the page itself (forged input events)', async () => {
    const d = driver();
    const url = 'https://data-contoh.example/palsu';
    d.web.html(url, UNLABELLED);
    const page = await d.open(url);
    await d.waitForView(url, (v) => v.scanned);
    await page.evaluate((nik) => {
      const el = document.getElementById('x2') as HTMLInputElement;
      el.value = nik;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, NIK);
    // The barrier: a NIK really typed into #x1 is reported; the one the page put into #x2 before it is not.
    await page.type('#x1', NIK);
    const view = await d.waitForView(url, (v) => v.fields.length > 0);
    expect(view.fields.map((f) => f.id)).toEqual(['x1']);
    await page.close();
  });
});
