// composeTab joins a tab's frame reports into one page; badgeText is what the toolbar shows (CONTRACTS.md §2).
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS, type FieldKind } from '../../../lib/kinds/field-kinds';
import { badgeText, composeTab } from '../../../lib/report/compose-tab';
import type { PageText } from '../../../lib/report/page-text';
import type { FieldReport, FormReport, FrameReport } from '../../../lib/report/types';
import type { TabState } from '../../../lib/report/tab-state';
import { SENSITIVITY } from '../../../lib/kinds/field-kinds';

const t = (s: string) => s as PageText;

function field(kind: FieldKind, form: number, id: string = kind): FieldReport {
  return {
    kind,
    sensitivity: SENSITIVITY[kind],
    label: t(id),
    tag: 'input',
    type: t('text'),
    id: t(id),
    name: t(id),
    path: t(`#${id}`),
    source: 'label',
    form,
    filled: false,
  };
}
const form = (action: string, sensitive = true): FormReport => ({ action: t(action), method: 'post', sensitive });
function frame(over: Partial<FrameReport>): FrameReport {
  return { url: t('https://rs.example/'), fields: [], forms: [], thirdParties: [], truncated: false, ...over };
}
function tab(frames: Record<string, FrameReport>): TabState {
  return { url: 'https://rs.example/daftar', frames, receivedAt: {}, noticeRemoved: false };
}

describe('composeTab', () => {
  it('takes frame 0 first, then the others in numeric order, and renumbers each frame’s forms', () => {
    const composed = composeTab(
      tab({
        '10': frame({ fields: [field('allergy', 0, 'f10')], forms: [form('https://c.example/10')] }),
        '2': frame({
          fields: [field('passport', 1, 'f2'), field('medication', -1, 'loose')],
          forms: [form('https://b.example/2a'), form('https://b.example/2b')],
        }),
        '0': frame({ fields: [field('national_id', 0, 'nik')], forms: [form('https://rs.example/simpan')] }),
      }),
    );
    expect(composed.forms.map((f) => f.action)).toEqual([
      'https://rs.example/simpan',
      'https://b.example/2a',
      'https://b.example/2b',
      'https://c.example/10',
    ]);
    expect(composed.fields.map((f) => [f.id, f.form])).toEqual([
      ['nik', 0],
      ['f2', 2],
      ['loose', -1],
      ['f10', 3],
    ]);
    // Each field's form is the form it was in.
    expect(composed.forms[composed.fields[1]!.form]!.action).toBe('https://b.example/2b');
    expect(composed.url).toBe('https://rs.example/daftar');
    expect(composed.scanned).toBe(true);
  });

  it('lists each third party once per way of loading, across frames', () => {
    const composed = composeTab(
      tab({
        '0': frame({
          thirdParties: [
            { host: t('hotjar.com'), via: 'script' },
            { host: t('hotjar.com'), via: 'image' },
          ],
        }),
        '1': frame({
          thirdParties: [
            { host: t('hotjar.com'), via: 'script' },
            { host: t('facebook.net'), via: 'script' },
          ],
        }),
      }),
    );
    expect(composed.observations.map((o) => `${o.host}|${o.via}`)).toEqual([
      'hotjar.com|script',
      'hotjar.com|image',
      'facebook.net|script',
    ]);
  });

  it('is truncated when any frame is, and not scanned when no frame reported', () => {
    expect(composeTab(tab({ '0': frame({}), '4': frame({ truncated: true }) })).truncated).toBe(true);
    expect(composeTab(tab({ '0': frame({}) })).truncated).toBe(false);
    expect(composeTab(tab({}))).toEqual({
      url: 'https://rs.example/daftar',
      fields: [],
      forms: [],
      observations: [],
      truncated: false,
      scanned: false,
    });
  });

  it('does not change the stored state', () => {
    const state = tab({
      '1': frame({ fields: [field('tax_id', 0)], forms: [form('https://x/')] }),
      '0': frame({ forms: [form('https://y/')] }),
    });
    const before = structuredClone(state);
    composeTab(state);
    expect(state).toEqual(before);
  });
});

describe('badgeText', () => {
  it('is empty with no sensitive fields', () => {
    expect(badgeText([])).toBe('');
  });

  it('counts fields of both sensitivities, every kind', () => {
    expect(badgeText(FIELD_KINDS.map((k) => field(k, -1)))).toBe(String(FIELD_KINDS.length));
    expect(badgeText([field('date_of_birth', -1)])).toBe('1');
  });

  it('caps at 999+', () => {
    expect(badgeText(Array.from({ length: 999 }, () => field('allergy', -1)))).toBe('999');
    expect(badgeText(Array.from({ length: 1000 }, () => field('allergy', -1)))).toBe('999+');
  });

  it('does not count a field of a kind it does not know', () => {
    expect(badgeText([{ ...field('allergy', -1), kind: 'email' as FieldKind }])).toBe('');
  });
});
