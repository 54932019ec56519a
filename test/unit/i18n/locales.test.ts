// The two catalogues: same keys, same placeholders, nothing empty; every key the shared word maps use exists; the
// locale choice; numbers and dates as each language writes them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryLabelFor, classLabelFor } from '../../../components/labels';
import { DATA_CLASSES } from '../../../lib/breaches/data-classes';
import { FIELD_KINDS } from '../../../lib/kinds/field-kinds';
import { describeReason, KIND_LABEL, LEVEL_TITLE } from '../../../lib/i18n/describe';
import { localeFor } from '../../../lib/i18n/locale';
import en from '../../../lib/i18n/locales/en.json';
import id from '../../../lib/i18n/locales/id.json';
import { formatDate, formatNumber, translator } from '../../../lib/i18n/translate';
import { LEVELS, REASON_CODES } from '../../../lib/risk/reason-codes';
import { TRACKER_CATEGORIES } from '../../../lib/trackers/types';

const CATALOGUES = { en: en as Record<string, string>, id: id as Record<string, string> };
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w{1,40})\}/g)].map((m) => m[1]!))].sort();

describe('catalogues', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders for each key', () => {
    for (const key of Object.keys(en))
      expect([key, placeholders(CATALOGUES.id[key]!)]).toEqual([key, placeholders(CATALOGUES.en[key]!)]);
  });

  it('hold no empty or untrimmed strings and no broken placeholders', () => {
    for (const [lang, cat] of Object.entries(CATALOGUES)) {
      for (const [key, message] of Object.entries(cat)) {
        expect([lang, key, typeof message]).toEqual([lang, key, 'string']);
        expect([lang, key, message.trim().length > 0, message === message.trim()]).toEqual([lang, key, true, true]);
        // A brace that is not a whole {name} placeholder would be shown to people as is.
        expect([lang, key, message.replace(/\{\w{1,40}\}/g, '').match(/[{}]/)]).toEqual([lang, key, null]);
      }
    }
  });

  it('have keys the browser accepts as message names (they are also emitted as _locales)', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('keys used by the shared word maps', () => {
  /** String literals in a source file that look like message keys. */
  function literalKeys(file: string): string[] {
    const text = readFileSync(resolve(__dirname, '../../..', file), 'utf8');
    return [...text.matchAll(/'([a-z][A-Za-z0-9]+)'/g)].map((m) => m[1]!).filter((k) => /[A-Z]/.test(k));
  }

  it.each(['lib/i18n/describe.ts', 'components/labels.ts'])(
    'every key named in %s exists in both catalogues',
    (file) => {
      const keys = literalKeys(file);
      expect(keys.length).toBeGreaterThan(10);
      for (const key of keys) {
        expect([key, key in en, key in id]).toEqual([key, true, true]);
      }
    },
  );

  it.each(['en', 'id'] as const)(
    '%s: every kind, level, reason, data class and tracker category has words',
    (locale) => {
      const t = translator(locale);
      const plain = (s: string) => {
        expect(s.trim().length).toBeGreaterThan(0);
        expect(s).not.toMatch(/\{\w+\}/);
      };
      for (const kind of FIELD_KINDS) plain(t(KIND_LABEL[kind]));
      for (const level of LEVELS) plain(t(LEVEL_TITLE[level]));
      for (const code of REASON_CODES) {
        const words = describeReason({ code, detail: 'https://kemkes-verifikasi.example/login' }, t, 'rs.example');
        plain(words.title);
        plain(words.more);
        const bare = describeReason({ code }, t, 'rs.example');
        plain(bare.title);
      }
      // An unmapped class or category comes back as its code: in Indonesian no code reads as a word.
      const cls = classLabelFor(t);
      for (const c of DATA_CLASSES) {
        plain(cls(c));
        if (locale === 'id') expect(cls(c)).not.toBe(c);
      }
      const cat = categoryLabelFor(t);
      for (const c of [...TRACKER_CATEGORIES, 'unknown']) {
        plain(cat(c));
        if (locale === 'id') expect(cat(c)).not.toBe(c);
      }
    },
  );

  it('the two languages say different things (the Indonesian catalogue is translated)', () => {
    const same = Object.keys(en).filter(
      (k) => CATALOGUES.en[k] === CATALOGUES.id[k] && placeholders(CATALOGUES.en[k]!).length === 0,
    );
    // Brand names and a few shared words may coincide; most strings must not.
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });
});

describe('localeFor', () => {
  it.each(['id', 'id-ID', 'ID', 'id_ID', 'in', 'in-ID', 'ms', 'ms-MY', 'jv', 'jv-ID', 'su', 'ban'])(
    'picks Indonesian for %s',
    (lang) => {
      expect(localeFor('auto', lang)).toBe('id');
    },
  );

  it.each(['en', 'en-US', 'en-GB', 'nl', 'zh-Hans-ID', 'idx', 'msa', 'jvx', ''])('picks English for %s', (lang) => {
    expect(localeFor('auto', lang)).toBe('en');
  });

  it("honours the person's choice over the browser's language", () => {
    expect(localeFor('en', 'id-ID')).toBe('en');
    expect(localeFor('id', 'en-US')).toBe('id');
  });
});

describe('numbers and dates', () => {
  it('write numbers as each language does', () => {
    expect(formatNumber('id', 6_000_000)).toBe('6.000.000');
    expect(formatNumber('en', 6_000_000)).toBe('6,000,000');
    expect(formatNumber('id', 0)).toBe('0');
  });

  it('write dates at the precision known, in UTC', () => {
    expect(formatDate('id', '2024-05-01')).toBe('1 Mei 2024');
    expect(formatDate('en', '2024-05-01')).toBe('1 May 2024');
    expect(formatDate('id', '2021-12')).toBe('Desember 2021');
    expect(formatDate('en', '2021-12')).toBe('December 2021');
    expect(formatDate('id', '2019')).toBe('2019');
    expect(formatDate('en', '2024-12-31')).toBe('31 December 2024');
  });

  it('give back what is not a date', () => {
    expect(formatDate('en', 'unknown')).toBe('unknown');
    expect(formatDate('id', '')).toBe('');
  });
});
