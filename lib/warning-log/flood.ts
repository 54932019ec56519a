// A page that makes warnings happen over and over (refocusing a field in a loop, reloading itself) must not
// push older entries out of the warning record nor make it rewrite storage without end. An entry repeating
// one already recorded for the same site (same action, kinds and reasons) within REPEAT_MS is not added,
// and one site gets at most PER_SITE_PER_HOUR entries an hour. Pure: the log and the time are passed in.
import type { WarningEntry, WarningLog } from './types';

export const REPEAT_MS = 10 * 60 * 1000;
export const PER_SITE_PER_HOUR = 30;
const HOUR_MS = 60 * 60 * 1000;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function worthRecording(log: WarningLog, entry: WarningEntry, now: number): boolean {
  let sameSite = 0;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    const at = Date.parse(e.time);
    if (!(now - at < HOUR_MS)) continue;
    if (e.site !== entry.site) continue;
    sameSite++;
    if (
      now - at < REPEAT_MS &&
      e.action === entry.action &&
      sameList(e.fieldKinds, entry.fieldKinds) &&
      sameList(e.reasons, entry.reasons)
    )
      return false;
  }
  return sameSite < PER_SITE_PER_HOUR;
}
