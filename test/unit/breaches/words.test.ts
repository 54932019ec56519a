// The breach popup's wording tables: every status and count source has its own words in both languages, and the
// date reads "happened on" only when the entry knows when it happened.
import { describe, expect, it } from 'vitest';
import { RECORDS_LABEL, STATUS_LABEL, breachNote, breachTitle, dateLabel } from '../../../components/breach-words';
import { BREACH_STATUSES, RECORDS_SOURCES } from '../../../lib/breaches/types';
import { CATALOGUES } from '../../../lib/i18n/translate';

describe('breach wording', () => {
  it('gives each status and each count source distinct words in English and Bahasa Indonesia', () => {
    for (const locale of ['en', 'id'] as const) {
      const words = CATALOGUES[locale];
      const statuses = BREACH_STATUSES.map((s) => words[STATUS_LABEL[s]]);
      const counts = RECORDS_SOURCES.map((s) => words[RECORDS_LABEL[s]]);
      for (const w of [...statuses, ...counts]) expect(w, locale).toBeTruthy();
      expect(new Set(statuses).size).toBe(statuses.length);
      expect(new Set(counts).size).toBe(counts.length);
    }
    expect(CATALOGUES.id[STATUS_LABEL.partly_confirmed]).not.toBe(CATALOGUES.en[STATUS_LABEL.partly_confirmed]);
  });

  it('says "reported" for a date that is only the first report', () => {
    expect(dateLabel({ dateIsDisclosure: true })).toBe('breachDateReported');
    expect(dateLabel({ dateIsDisclosure: false })).toBe('breachDate');
  });

  it('shows the Indonesian title and note in Indonesian, and falls back to English where none exists', () => {
    const b = { title: 'T', titleId: 'J', statusNote: 'N.', statusNoteId: 'C.' };
    expect([breachTitle(b, 'id'), breachNote(b, 'id')]).toEqual(['J', 'C.']);
    expect([breachTitle(b, 'en'), breachNote(b, 'en')]).toEqual(['T', 'N.']);
    expect(breachTitle({ title: 'T' }, 'id')).toBe('T');
    expect(breachNote({ statusNote: 'N.' }, 'id')).toBe('N.');
    expect(breachNote({}, 'en')).toBeNull();
  });
});
