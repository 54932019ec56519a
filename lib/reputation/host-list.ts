// Reads a reputation list downloaded whole from a list source (plain, hosts or adblock format) into host names for
// buildHashList. Lenient, unlike people's imports: real lists carry stray lines, which are counted and the first
// of them reported, while the hosts are kept.
import { normalizeListHost } from './hash-list-core.mjs';
import { importError, type ImportError } from './import-errors';
import {
  detectFormat,
  HOSTS_FILE_LOCAL_NAMES,
  isAdblockComment,
  parseAdblockLine,
  parseHostsLine,
  stripHashComment,
  type ListFormat,
} from './list-lines';

export type HostListFormat = Exclude<ListFormat, 'csv'>;

export interface HostListResult {
  format: HostListFormat;
  /** Normalised hosts (lower-case ASCII), in list order, duplicates removed. */
  hosts: string[];
  /** The first MAX_REPORTED_ERRORS bad lines. */
  errors: ImportError[];
  errorCount: number;
}

export const MAX_REPORTED_ERRORS = 100;

export function parseHostList(text: string, format: 'auto' | HostListFormat = 'auto'): HostListResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const detected = format === 'auto' ? detectFormat(lines.slice(0, 200)) : format;
  const f: HostListFormat = detected === 'csv' ? 'plain' : detected;
  const seen = new Set<string>();
  const result: HostListResult = { format: f, hosts: [], errors: [], errorCount: 0 };
  const fail = (n: number, code: ImportError['code'], line: string) => {
    if (result.errorCount++ < MAX_REPORTED_ERRORS) result.errors.push(importError(n, code, line));
  };
  const keep = (n: number, raw: string, line: string) => {
    const h = normalizeListHost(raw);
    if (h === null) return fail(n, 'invalid_host', line);
    if (!seen.has(h)) {
      seen.add(h);
      result.hosts.push(h);
    }
  };
  lines.forEach((line, i) => {
    const n = i + 1;
    if (f === 'adblock') {
      if (line.trim() === '' || isAdblockComment(line)) return;
      const a = parseAdblockLine(line);
      if (a.kind === 'host') keep(n, a.host, line);
      else fail(n, a.kind === 'exception' ? 'exception_rule' : 'unsupported_rule', line);
      return;
    }
    const t = stripHashComment(line);
    if (t === '') return;
    const hosts = f === 'hosts' || /\s/.test(t) ? parseHostsLine(t) : [t];
    if (!hosts) return fail(n, 'bad_hosts_line', line);
    for (const h of hosts) if (!HOSTS_FILE_LOCAL_NAMES.has(h.toLowerCase())) keep(n, h, line);
  });
  return result;
}
