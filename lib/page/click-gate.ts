// When a click or key press on our notice or pre-submit dialog counts as the person's choice. A page can try
// clickjacking: draw something over the dialog (a popover, a modal dialog of its own, a transparent layer)
// and get the person to click through it, or pull the cover away just as the pointer comes down. So a choice
// counts only from a real (trusted) event, on a dialog that is not covered now, that has been on screen and
// uncovered for COOLDOWN_MS: after it appears and after every moment it was seen covered.
// Pure: the caller says what time it is and what it saw.

export const COOLDOWN_MS = 500;

export interface GateState {
  /** Earliest time (ms) a choice counts. */
  readyAt: number;
  /** The dialog was covered when last looked at. */
  covered: boolean;
}

export function openedGate(now: number): GateState {
  return { readyAt: now + COOLDOWN_MS, covered: false };
}

/**
 * What the gate knows after looking at the dialog at `now`. While covered the wait is pushed on; when the
 * cover goes, the whole cooldown starts again from that moment.
 */
export function observeGate(state: GateState, now: number, covered: boolean): GateState {
  if (covered) return { readyAt: Math.max(state.readyAt, now + COOLDOWN_MS), covered: true };
  if (state.covered) return { readyAt: Math.max(state.readyAt, now + COOLDOWN_MS), covered: false };
  return state;
}

export type GateVerdict = 'accept' | 'forged' | 'covered' | 'too_soon';

/** Whether an event at `now` counts as a choice; `coveredNow` is what the caller saw at that very moment. */
export function judgeChoice(
  state: GateState,
  now: number,
  event: { trusted: boolean; coveredNow: boolean },
): GateVerdict {
  if (!event.trusted) return 'forged';
  if (event.coveredNow || state.covered) return 'covered';
  if (now < state.readyAt) return 'too_soon';
  return 'accept';
}
