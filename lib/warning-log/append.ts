// Adding to the record keeps it within its age and size bounds, so it never grows without limit on a shared
// workstation. Pure: the caller reads the stored log, calls this, and writes the result back.
import type { AppendOptions, WarningEntry, WarningLog } from './types';
import { toWarningEntry } from './entry';

const DAY_MS = 86_400_000;
/** Entries dated further ahead than this (a clock that was wrong) would never expire: they are dropped. */
const FUTURE_SLACK_MS = DAY_MS;

export function pruneWarnings(log: WarningLog, options: AppendOptions): WarningLog {
  const oldest = options.now - options.retentionDays * DAY_MS;
  const newest = options.now + FUTURE_SLACK_MS;
  const kept = log.filter((e) => {
    const t = Date.parse(e.time);
    return t >= oldest && t <= newest;
  });
  const max = Math.max(0, Math.floor(options.maxEntries));
  return max === 0 ? [] : kept.slice(-max);
}

/** A new log with the entry added (when it is a valid entry) and old or surplus entries removed. */
export function appendWarning(log: WarningLog, entry: WarningEntry, options: AppendOptions): WarningLog {
  const checked = toWarningEntry(entry);
  const next = 'entry' in checked ? [...log, checked.entry] : [...log];
  return pruneWarnings(next, options);
}
