// When a click on our notice or pre-submit dialog counts (clickjacking): real events only, never while
// covered, and only after the cooldown since it appeared or was last seen covered. Time is passed in.
import { describe, expect, it } from 'vitest';
import { COOLDOWN_MS, judgeChoice, observeGate, openedGate } from '../../../lib/page/click-gate';

const real = { trusted: true, coveredNow: false };

describe('click gate', () => {
  it('ignores clicks for the cooldown after the dialog appears', () => {
    const g = openedGate(1000);
    expect(judgeChoice(g, 1000, real)).toBe('too_soon');
    expect(judgeChoice(g, 1000 + COOLDOWN_MS - 1, real)).toBe('too_soon');
    expect(judgeChoice(g, 1000 + COOLDOWN_MS, real)).toBe('accept');
  });

  it('never accepts a forged event, and never one while covered', () => {
    const g = openedGate(0);
    expect(judgeChoice(g, 10_000, { trusted: false, coveredNow: false })).toBe('forged');
    expect(judgeChoice(g, 10_000, { trusted: true, coveredNow: true })).toBe('covered');
    const covered = observeGate(g, 5_000, true);
    expect(judgeChoice(covered, 60_000, real)).toBe('covered');
  });

  it('restarts the whole cooldown when a cover goes away', () => {
    let g = openedGate(0);
    g = observeGate(g, 2_000, true);
    g = observeGate(g, 3_000, true);
    g = observeGate(g, 4_000, false);
    expect(judgeChoice(g, 4_000 + COOLDOWN_MS - 1, real)).toBe('too_soon');
    expect(judgeChoice(g, 4_000 + COOLDOWN_MS, real)).toBe('accept');
    // Looking again while nothing covers it changes nothing.
    expect(observeGate(g, 9_000, false)).toBe(g);
  });

  it('a cover that flashes just before the click still blocks it', () => {
    let g = openedGate(0);
    g = observeGate(g, 10_000, true);
    g = observeGate(g, 10_050, false);
    expect(judgeChoice(g, 10_100, real)).toBe('too_soon');
  });
});
