import { describe, expect, it } from 'vitest';
import { isIsoDay, isPartialIsoDate, monthsBefore, periodEnd, periodStart } from '../../../lib/breaches/dates';

describe('partial ISO dates', () => {
  it('accepts day, month and year precision and rejects the rest', () => {
    for (const ok of ['2021', '2021-05', '2021-05-12', '2024-02-29']) expect(isPartialIsoDate(ok), ok).toBe(true);
    for (const bad of ['2021-13', '2021-02-29', '2021-5', '21-05-12', '2021/05/12', '', 'soon', 2021, null]) {
      expect(isPartialIsoDate(bad), String(bad)).toBe(false);
    }
    expect(isIsoDay('2021-05')).toBe(false);
    expect(isIsoDay('2021-05-12')).toBe(true);
  });

  it('gives the first and last millisecond of the period', () => {
    expect(periodStart('2023')).toBe(Date.UTC(2023, 0, 1));
    expect(periodEnd('2023')).toBe(Date.UTC(2024, 0, 1) - 1);
    expect(periodStart('2023-02')).toBe(Date.UTC(2023, 1, 1));
    expect(periodEnd('2023-02')).toBe(Date.UTC(2023, 2, 1) - 1);
    expect(periodEnd('2023-12-31')).toBe(Date.UTC(2024, 0, 1) - 1);
    expect(periodStart('nonsense')).toBeNaN();
  });

  it('steps back whole calendar months, clamping the day', () => {
    expect(monthsBefore(Date.UTC(2026, 10, 27, 12), 36)).toBe(Date.UTC(2023, 10, 27, 12));
    expect(monthsBefore(Date.UTC(2024, 2, 31), 1)).toBe(Date.UTC(2024, 1, 29));
    expect(monthsBefore(Date.UTC(2024, 0, 15), 13)).toBe(Date.UTC(2022, 11, 15));
  });
});
