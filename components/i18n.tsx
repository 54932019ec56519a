// Components get their words from a context set by the page that renders them.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate } from '../lib/i18n/translate';
import type { Locale } from '../lib/report/views';

export interface I18n {
  t: Translate;
  locale: Locale;
}

export const I18nContext = createContext<I18n>({ t: translator('en'), locale: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function i18nFor(locale: Locale): I18n {
  return { t: translator(locale), locale };
}
