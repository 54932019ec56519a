// Exports for a compliance review or a false-positive report. CSV follows RFC 4180 (CRLF line ends, fields with
// a comma, quote or line break quoted, quotes doubled) and is safe to open in a spreadsheet: a cell that starts
// with = + - @ (or a tab / carriage return) is prefixed with ' so it is never run as a formula; so is a cell that
// already starts with ', so that one leading ' is always ours and the original text can be told apart ('= vs =).
import type { WarningLog } from './types';

export const CSV_COLUMNS = ['time', 'site', 'field_kinds', 'reasons', 'action', 'list_versions'] as const;

export function csvCell(value: string): string {
  const safe = /^['=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportCsv(log: WarningLog): string {
  const rows = log.map((e) => [
    e.time,
    e.site,
    e.fieldKinds.join(';'),
    e.reasons.join(';'),
    e.action,
    Object.entries(e.listVersions)
      .map(([id, version]) => `${id}=${version}`)
      .join(';'),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const JSON_EXPORT_FORMAT = 'jaga-data-warning-log';

export function exportJson(log: WarningLog): string {
  return JSON.stringify({ format: JSON_EXPORT_FORMAT, version: 1, entries: log }, null, 2) + '\n';
}
