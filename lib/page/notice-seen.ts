// When a notice counts as told (its breaches marked as told once per site, a "shown" line in the warning
// record). A page can focus a sensitive field from a script (the focus event is then trusted) and flash our
// notice over and over while nobody looks, to use up the once-per-site breach notice and flood the record.
// So a notice counts only when it stayed on screen, uncovered, for SEEN_MS and the person did something real
// (a key press or a pointer press) around it; a dismissal that passed the click gate counts at once.
// Pure: times in ms are passed in.

export const SEEN_MS = 1000;
/** A real input this long before the notice opened still counts (the click that focused the field). */
export const INPUT_LEAD_MS = 1000;

export interface NoticeSighting {
  openedAt: number;
  now: number;
  /** Last trusted key or pointer press in the page, or null if none yet. */
  lastInputAt: number | null;
  /** The overlay is uncovered and past its cooldown (lib/page/click-gate.ts) at `now`. */
  clear: boolean;
}

export function noticeSeen(s: NoticeSighting): boolean {
  return (
    s.clear && s.now - s.openedAt >= SEEN_MS && s.lastInputAt !== null && s.lastInputAt >= s.openedAt - INPUT_LEAD_MS
  );
}
