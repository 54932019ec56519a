// The manifest both browsers get: what a keyboard user needs to reach the popup, where every action lives.
import { describe, expect, it } from 'vitest';
import { POPUP_SHORTCUT, buildManifest } from '../../scripts/build/manifest';
import en from '../../lib/i18n/locales/en.json';
import id from '../../lib/i18n/locales/id.json';

describe('the manifest', () => {
  it.each(['chrome', 'firefox'])('opens the popup from the keyboard in %s', (browser) => {
    const commands = buildManifest(browser).commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands._execute_action?.suggested_key.default).toBe(POPUP_SHORTCUT);
  });

  it('names the shortcut in the notice, in both languages', () => {
    expect(en.noticeMore).toContain(POPUP_SHORTCUT);
    expect(id.noticeMore).toContain(POPUP_SHORTCUT);
  });
});
