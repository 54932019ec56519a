// Reading the stored record (or a JSON export) back, keeping every entry that is still valid.
import type { WarningLog } from './types';
import { toWarningEntry } from './entry';

export function parseWarningLog(raw: unknown): { log: WarningLog; problems: string[] } {
  if (raw === undefined || raw === null) return { log: [], problems: [] };
  const list = Array.isArray(raw)
    ? raw
    : typeof raw === 'object' && Array.isArray((raw as { entries?: unknown }).entries)
      ? (raw as { entries: unknown[] }).entries
      : null;
  if (!list) return { log: [], problems: ['warning log: not a list, started afresh'] };
  const log: WarningLog = [];
  const problems: string[] = [];
  list.forEach((item, i) => {
    const result = toWarningEntry(item);
    if ('entry' in result) log.push(result.entry);
    else problems.push(`entry ${i}: ${result.problem}, dropped`);
  });
  return { log, problems };
}
