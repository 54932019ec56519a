import { describe, expect, it } from 'vitest';
import {
  EMPTY_NOTIFY_STATE,
  breachesToNotify,
  dismiss,
  isWithinNoticeWindow,
  markNotified,
  parseNotifyState,
  publicSince,
} from '../../../lib/breaches/notify';
import { breach } from './fixtures';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0); // 2026-11-27 12:00 UTC
const ids = (list: Array<{ id: string }>) => list.map((b) => b.id);

describe('notice window', () => {
  it('keeps health and ID breaches notifiable for 36 months after they became public', () => {
    const nik = (breachDate: string) =>
      breach({ id: 'x', breachDate, dataClasses: ['national_id'], addedDate: '2024-01-01' });
    expect(isWithinNoticeWindow(nik('2024-02-10'), NOW)).toBe(true);
    expect(isWithinNoticeWindow(nik('2023-11-27'), NOW)).toBe(true);
    expect(isWithinNoticeWindow(nik('2023-11-26'), NOW)).toBe(false);
    // A month-precision date counts until the end of that month.
    expect(isWithinNoticeWindow(nik('2023-11'), NOW)).toBe(true);
    expect(isWithinNoticeWindow(nik('2023-10'), NOW)).toBe(false);
  });

  it('uses the disclosure date when it is later than the breach date', () => {
    const b = breach({
      id: 'x',
      breachDate: '2021-01',
      disclosedDate: '2024-03-01',
      dataClasses: ['diagnosis'],
      addedDate: '2024-03-02',
    });
    expect(isWithinNoticeWindow(b, NOW)).toBe(true);
  });

  it('notifies an old health or ID breach newly added to the catalogue, for 12 months', () => {
    const b = breach({
      id: 'x',
      breachDate: '2021-05-12',
      dataClasses: ['health_insurance_id'],
      addedDate: '2026-11-27',
    });
    expect(isWithinNoticeWindow(b, NOW)).toBe(true);
    expect(isWithinNoticeWindow(b, Date.UTC(2027, 10, 27, 12))).toBe(true);
    expect(isWithinNoticeWindow(b, Date.UTC(2027, 10, 29))).toBe(false);
  });

  it('gives other breaches 12 months, and does not count our curation date for them', () => {
    const other = (breachDate: string, addedDate = '2026-11-27') =>
      breach({ id: 'x', breachDate, dataClasses: ['email', 'password'], addedDate });
    expect(isWithinNoticeWindow(other('2026-01-10'), NOW)).toBe(true);
    expect(isWithinNoticeWindow(other('2025-11-27'), NOW)).toBe(true);
    expect(isWithinNoticeWindow(other('2025-11-26'), NOW)).toBe(false);
    expect(isWithinNoticeWindow(other('2020-04-17'), NOW)).toBe(false);
  });

  it('treats HIBP loading a breach as it becoming public', () => {
    const hibp = breach({
      id: 'hibp-X',
      origin: 'hibp',
      hibpName: 'X',
      breachDate: '2019-01-01',
      addedDate: '2026-06-01',
      dataClasses: ['email'],
    });
    expect(publicSince(hibp)).toBe(Date.UTC(2026, 5, 2) - 1);
    expect(isWithinNoticeWindow(hibp, NOW)).toBe(true);
    const oldHealth = breach({
      id: 'hibp-Y',
      origin: 'hibp',
      hibpName: 'Y',
      breachDate: '2019-01-01',
      addedDate: '2021-06-01',
      dataClasses: ['health_other'],
    });
    expect(isWithinNoticeWindow(oldHealth, NOW)).toBe(false);
  });

  it('accepts a Date as well as milliseconds', () => {
    const b = breach({ id: 'x', breachDate: '2026-10-01', dataClasses: ['email'] });
    expect(isWithinNoticeWindow(b, new Date(NOW))).toBe(true);
  });
});

describe('breachesToNotify, markNotified and dismiss', () => {
  const kemkes = breach({
    id: 'kemkes',
    domains: ['kemkes.go.id'],
    breachDate: '2024-05-01',
    dataClasses: ['medical_record'],
  });
  const shop = breach({ id: 'shop', domains: ['kemkes.go.id'], breachDate: '2026-09-01', dataClasses: ['email'] });
  const ancient = breach({
    id: 'ancient',
    domains: ['kemkes.go.id'],
    breachDate: '2015-01-01',
    addedDate: '2016-01-01',
    dataClasses: ['email'],
  });

  it('notifies recent breaches once per site and breach, most relevant first', () => {
    const due = breachesToNotify('kemkes.go.id', [ancient, shop, kemkes], EMPTY_NOTIFY_STATE, NOW);
    expect(ids(due)).toEqual(['kemkes', 'shop']);
    const state = markNotified(EMPTY_NOTIFY_STATE, 'kemkes.go.id', due);
    expect(breachesToNotify('kemkes.go.id', [ancient, shop, kemkes], state, NOW)).toEqual([]);
    expect(breachesToNotify('KEMKES.go.id', [kemkes], state, NOW)).toEqual([]);
    // Another site is a separate notice.
    expect(ids(breachesToNotify('pedulilindungi.id', [kemkes], state, NOW))).toEqual(['kemkes']);
  });

  it('notifies again for a new breach or a newer version of a seen one', () => {
    const state = markNotified(EMPTY_NOTIFY_STATE, 'kemkes.go.id', [kemkes, shop]);
    const added = breach({
      id: 'new-one',
      breachDate: '2026-11-01',
      addedDate: '2026-11-20',
      dataClasses: ['national_id'],
    });
    const revised = { ...kemkes, modifiedDate: '2026-11-25' };
    expect(ids(breachesToNotify('kemkes.go.id', [revised, shop, added], state, NOW))).toEqual(['new-one', 'kemkes']);
    const again = markNotified(state, 'kemkes.go.id', [revised, added]);
    expect(breachesToNotify('kemkes.go.id', [revised, shop, added], again, NOW)).toEqual([]);
    // An older version arriving later never re-notifies or lowers what was recorded.
    expect(markNotified(again, 'kemkes.go.id', [kemkes]).seen['kemkes.go.id']?.kemkes).toBe('2026-11-25');
  });

  it('after a dismissal, notifies only breaches added or changed later', () => {
    const state = dismiss(EMPTY_NOTIFY_STATE, 'kemkes.go.id', Date.UTC(2026, 4, 1));
    expect(state.dismissed['kemkes.go.id']).toBe('2026-05-01');
    expect(breachesToNotify('kemkes.go.id', [kemkes, shop], state, NOW)).toEqual([]);
    const later = breach({ id: 'later', breachDate: '2026-08-01', addedDate: '2026-08-02', dataClasses: ['email'] });
    expect(ids(breachesToNotify('kemkes.go.id', [kemkes, later], state, NOW))).toEqual(['later']);
    // An earlier dismissal date never replaces a later one.
    expect(dismiss(state, 'kemkes.go.id', Date.UTC(2025, 0, 1)).dismissed['kemkes.go.id']).toBe('2026-05-01');
  });

  it('returns new state objects and leaves the old ones untouched', () => {
    const before = JSON.stringify(EMPTY_NOTIFY_STATE);
    const a = markNotified(EMPTY_NOTIFY_STATE, 'kemkes.go.id', [kemkes]);
    const b = dismiss(a, 'kemkes.go.id', NOW);
    expect(JSON.stringify(EMPTY_NOTIFY_STATE)).toBe(before);
    expect(a.dismissed).toEqual({});
    expect(b.seen).toEqual(a.seen);
    expect(b.seen).not.toBe(a.seen);
  });
});

describe('parseNotifyState', () => {
  it('returns an empty state for junk', () => {
    for (const junk of [undefined, null, 42, 'x', [], { seen: [1], dismissed: 'no' }]) {
      expect(parseNotifyState(junk)).toEqual({ seen: {}, dismissed: {} });
    }
  });

  it('keeps valid entries, lower-cases sites and drops invalid dates and prototype keys', () => {
    const raw = JSON.parse(
      '{"seen":{"KEMKES.go.id":{"a":"2026-01-02","b":"yesterday"},"x.example":"bad","__proto__":{"c":"2026-01-01"}},' +
        '"dismissed":{"Shop.example":"2026-02-30","ok.example":"2026-03-01"}}',
    );
    const state = parseNotifyState(raw);
    expect(state).toEqual({ seen: { 'kemkes.go.id': { a: '2026-01-02' } }, dismissed: { 'ok.example': '2026-03-01' } });
    expect(Object.getPrototypeOf(state.seen)).toBe(Object.prototype);
  });
});
