// Interface strings come from lib/i18n/locales/<locale>.json (also emitted as the browser's _locales).
// `{name}` placeholders are filled from params; a missing key is a compile error (MessageKey).
import en from './locales/en.json';
import id from './locales/id.json';
import type { Locale } from '../report/views';

export type MessageKey = keyof typeof en;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, id };

export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w{1,40})\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
  const primary = CATALOGUES[locale];
  return (key, params) => fill(primary[key] ?? en[key], params);
}

/** Numbers as people of that locale write them (6.000.000 in Indonesian, 6,000,000 in English). */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(n);
}

export function formatDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : m
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { ...opts, timeZone: 'UTC' }).format(date);
}
