// The interface language: the person's choice, else the browser's language (Indonesian and Malay → Indonesian).
import { browser } from 'wxt/browser';
import type { LanguagePref } from '../../lib/settings/types';
import type { Locale } from '../../lib/report/views';
import { localeFor } from '../../lib/i18n/locale';

export async function uiLocale(pref: LanguagePref): Promise<Locale> {
  return localeFor(pref, browser.i18n.getUILanguage());
}
