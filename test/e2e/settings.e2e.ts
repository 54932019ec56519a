// The settings page, used the way a person would: typing a site and pressing Add, choosing an answer, removing
// an entry, switching the language, importing a breach file. What was saved is read back from the background
// (`getSettingsView`), never from the page that saved it.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, type Driver, type TabPage } from '../../scripts/harness/driver';
import type { SettingsView } from '../../lib/messaging/protocol';

const view = (d: Driver) => d.send<SettingsView>('getSettingsView', {});
const until = (d: Driver, ok: (v: SettingsView) => boolean, what: string) => poll(() => view(d), ok, 8000, what);

async function openSettings(d: Driver): Promise<TabPage> {
  const page = await d.openExtensionPage('/options.html');
  await page.evaluate(async () => {
    for (let i = 0; i < 100 && !document.querySelector('.settings-section'); i++)
      await new Promise((r) => setTimeout(r, 50));
  });
  return page;
}

const text = (page: TabPage, selector: string) =>
  page.evaluate((s) => document.querySelector<HTMLElement>(s)?.innerText ?? '', selector);

async function waitForText(page: TabPage, selector: string, wanted: string): Promise<string> {
  return page.evaluate(
    async ([s, w]) => {
      let seen = '';
      for (let i = 0; i < 100; i++) {
        seen = document.querySelector<HTMLElement>(s)?.innerText ?? '';
        if (seen.includes(w)) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      return seen;
    },
    [selector, wanted] as const,
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
    expect(await text(page, '[data-list="trusted"]')).not.toContain('kemkes.go.id\n');
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
});
