// A notice counts as told (breaches marked told once per site) only when it stayed up, uncovered, and a person
// did something real around it: a script flashing it from programmatic focus uses up nothing.
import { describe, expect, it } from 'vitest';
import { INPUT_LEAD_MS, SEEN_MS, noticeSeen } from '../../../lib/page/notice-seen';

describe('noticeSeen', () => {
  it('needs the time on screen, a clear view and a real input', () => {
    const base = { openedAt: 10_000, now: 10_000 + SEEN_MS, lastInputAt: 9_990, clear: true };
    expect(noticeSeen(base)).toBe(true);
    expect(noticeSeen({ ...base, now: 10_000 + SEEN_MS - 1 })).toBe(false);
    expect(noticeSeen({ ...base, clear: false })).toBe(false);
    expect(noticeSeen({ ...base, lastInputAt: null })).toBe(false);
    expect(noticeSeen({ ...base, lastInputAt: 10_000 - INPUT_LEAD_MS - 1 })).toBe(false);
    expect(noticeSeen({ ...base, lastInputAt: 10_500 })).toBe(true);
  });
});
