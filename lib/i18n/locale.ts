import type { Locale } from '../report/views';
import type { LanguagePref } from '../settings/types';

/** The person's choice wins; otherwise Indonesian for Indonesian (and Malay, which reads closest to it). */
export function localeFor(pref: LanguagePref, browserLanguage: string): Locale {
  if (pref === 'id' || pref === 'en') return pref;
  const lang = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return lang === 'id' || lang === 'in' || lang === 'ms' ? 'id' : 'en';
}
