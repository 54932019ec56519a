// The foundation: the built extension loads in both browsers, a fixture shows at a pretend address, the
// background answers the popup's questions, and a page with no form is left alone.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, pollPage } from '../../scripts/harness/driver';

describeInBrowsers('foundation', (driver) => {
  it('shows a fixture at a pretend https address and reports on it', async () => {
    const d = driver();
    const url = 'https://rs-contoh.example/tentang';
    d.web.html(url, '<!doctype html><title>Tentang kami</title><h1>RS Contoh</h1><p>Profil rumah sakit.</p>');
    const page = await d.open(url);
    expect(await page.evaluate(() => location.href)).toBe(url);
    const view = await d.waitForView(url, (v) => v.url.startsWith('https://rs-contoh.example/'));
    expect(view.site).toBe('rs-contoh.example');
    expect(view.level).toBe('ok');
    expect(view.fields).toEqual([]);
    expect(await d.badge(url)).toBe('');
    await page.close();
  });

  it('renders the popup for a tab in the browser language', async () => {
    const d = driver();
    const url = 'https://klinik-contoh.example/';
    d.web.html(url, '<!doctype html><title>Klinik</title><p>Selamat datang</p>');
    const page = await d.open(url);
    const tabId = await d.tabIdOf(url);
    const popup = await d.openExtensionPage(`/popup.html?tab=${tabId}`);
    await pollPage(
      popup,
      () => !!document.querySelector('.site'),
      (ready) => ready,
      'the popup to render',
    );
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('klinik-contoh.example');
    expect(text).toContain('No problems found');
    await popup.close();
    await page.close();
  });

  it('refuses every address that is not a fixture, so no test reaches the internet', async () => {
    const d = driver();
    const url = 'https://rs-contoh.example/gambar';
    d.web.html(url, '<!doctype html><img src="https://not-a-fixture.example/x.png"><p>x</p>');
    const page = await d.open(url);
    await poll(
      async () => d.web.refused,
      (refused) => refused.includes('https://not-a-fixture.example/x.png'),
      5000,
      'the image request refused',
    );
    await page.close();
  });
});
