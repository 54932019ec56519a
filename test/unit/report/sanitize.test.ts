// What arrives from a page's scanner, and what storage.session hands back, is checked before the background uses it:
// closed values, capped text, addresses without query or fragment, and never a field that is not in the type.
import { describe, expect, it } from 'vitest';
import { composeTab } from '../../../lib/report/compose-tab';
import { safeUrl } from '../../../lib/report/safe-url';
import { REPORT_LIMITS, sanitizeFrameReport } from '../../../lib/report/sanitize-report';
import { parseTabStates } from '../../../lib/report/tab-state';

const NIK = '3201234567890001';

describe('safeUrl', () => {
  it('keeps scheme, host and path only', () => {
    expect(safeUrl(`https://user:pw@rs.example:8443/daftar/pasien?nik=${NIK}#top`)).toBe(
      'https://rs.example:8443/daftar/pasien',
    );
    expect(safeUrl('HTTP://RS.Example/A')).toBe('http://rs.example/A');
  });

  it('keeps only the scheme of addresses without an origin', () => {
    expect(safeUrl(`data:text/html,<input value=${NIK}>`)).toBe('data:');
    expect(safeUrl('javascript:alert(1)')).toBe('javascript:');
    expect(safeUrl('about:blank')).toBe('about:');
    expect(safeUrl('blob:https://rs.example/0b1c')).toBe('blob:');
    expect(safeUrl(`mailto:rm@rs.example?body=${NIK}`)).toBe('mailto:');
    expect(safeUrl('file:///C:/pasien.html')).toBe('file:');
  });

  it('gives nothing for what is not an address, and caps long paths', () => {
    expect(safeUrl('not a url')).toBe('');
    expect(safeUrl('')).toBe('');
    expect(safeUrl(`https://rs.example/${'a'.repeat(2000)}`).length).toBe(600);
  });
});

describe('sanitizeFrameReport', () => {
  it('refuses what is not an object', () => {
    for (const raw of [null, undefined, 5, 'report']) expect(sanitizeFrameReport(raw)).toBeNull();
  });

  it('copies only the fields of the type: a value smuggled into a report is not carried on', () => {
    const r = sanitizeFrameReport({
      url: `https://rs.example/daftar?nik=${NIK}`,
      value: NIK,
      fields: [
        { kind: 'national_id', sensitivity: 'personal', label: 'NIK', value: NIK, typed: NIK, form: 0, filled: 'yes' },
      ],
      forms: [{ action: `https://rs.example/cari?nik=${NIK}`, method: 'get', sensitive: true, data: NIK }],
      thirdParties: [{ host: 'Hotjar.COM', via: 'script', query: NIK }],
    })!;
    expect(JSON.stringify(r)).not.toContain(NIK);
    expect(r.fields[0]).toEqual({
      kind: 'national_id',
      sensitivity: 'special', // from the kind, not from the page
      label: 'NIK',
      tag: 'input',
      type: '',
      id: '',
      name: '',
      path: '',
      source: 'label',
      form: 0,
      filled: false,
    });
    expect(r.forms).toEqual([{ action: 'https://rs.example/cari', method: 'get', sensitive: true }]);
    expect(r.thirdParties).toEqual([{ host: 'hotjar.com', via: 'script' }]);
  });

  it('drops unknown kinds and bad hosts, closes every enum, points stray form indexes nowhere', () => {
    const r = sanitizeFrameReport({
      url: 'https://rs.example/',
      fields: [
        { kind: 'email' },
        null,
        { kind: 'allergy', tag: 'marquee', source: 'guess', form: 3 },
        { kind: 'allergy', form: 0.5 },
      ],
      forms: [{ action: 5, method: 'PUT' }, 'x'],
      thirdParties: [{ host: 'a b' }, { host: 'x.example/path' }, { host: 'ok.example', via: 'carrier-pigeon' }],
      truncated: 'yes',
    })!;
    expect(r.fields.map((f) => [f.kind, f.tag, f.source, f.form])).toEqual([
      ['allergy', 'input', 'label', -1],
      ['allergy', 'input', 'label', -1],
    ]);
    expect(r.forms).toEqual([
      { action: '', method: 'get', sensitive: false },
      { action: '', method: 'get', sensitive: false },
    ]);
    expect(r.thirdParties).toEqual([{ host: 'ok.example', via: 'other' }]);
    expect(r.truncated).toBe(false);
  });

  it('caps the lists and says it did', () => {
    const r = sanitizeFrameReport({
      url: 'https://rs.example/',
      fields: Array.from({ length: REPORT_LIMITS.fields + 5 }, () => ({ kind: 'allergy' })),
      forms: [],
      thirdParties: [],
    })!;
    expect(r.fields.length).toBe(REPORT_LIMITS.fields);
    expect(r.truncated).toBe(true);
  });
});

describe('parseTabStates', () => {
  it('reads frames through the same checks as a report from a page, so a damaged one cannot break composing', () => {
    const { value, problems } = parseTabStates({
      '7': {
        url: 'https://rs.example/',
        frames: {
          '0': {
            url: 'https://rs.example/',
            fields: [null, { kind: 'allergy', form: 0 }, 'x'],
            forms: [],
            thirdParties: [],
          },
          '1': { url: 'https://rs.example/f' },
        },
        receivedAt: { '0': 'late' },
        noticeRemoved: 1,
      },
      '8': 'gone',
    });
    expect(problems).toEqual(['tabs.7.frames.1: unreadable', 'tabs.8: unreadable']);
    const state = value['7']!;
    expect(Object.keys(state.frames)).toEqual(['0']);
    expect(state.receivedAt).toEqual({ '0': 0 });
    expect(state.noticeRemoved).toBe(false);
    expect(composeTab(state).fields.map((f) => [f.kind, f.form])).toEqual([['allergy', -1]]);
  });

  it('reads nothing stored as no tabs, and a non-object as a problem', () => {
    expect(parseTabStates(undefined)).toEqual({ value: {}, problems: [] });
    expect(parseTabStates(5)).toEqual({ value: {}, problems: ['tabs: not an object'] });
  });
});
