import type { Locale } from '../report/views';
import type { LanguagePref } from '../settings/types';

/**
 * Languages whose readers read Indonesian more easily than English: Indonesian itself (`in` is its old code),
 * Malay, and Indonesia's regional languages a browser may be set to (Javanese, Sundanese, Balinese,
 * Minangkabau, Acehnese, Buginese, Madurese, Banjar).
 */
const READS_INDONESIAN = new Set(['id', 'in', 'ms', 'jv', 'su', 'ban', 'min', 'ace', 'bug', 'mad', 'bjn']);

/** The person's choice wins; otherwise Indonesian for the languages above, English for the rest. */
export function localeFor(pref: LanguagePref, browserLanguage: string): Locale {
  if (pref === 'id' || pref === 'en') return pref;
  const lang = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return READS_INDONESIAN.has(lang) ? 'id' : 'en';
}
