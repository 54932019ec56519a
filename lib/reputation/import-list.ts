// People's and administrators' site lists (trusted, blocked, paused): import from plain lists, hosts files, adblock
// `||domain^` lists and CSV; export as CSV that imports back to the same rules. All or nothing: one bad line and no
// rule is returned, and every bad line is reported with its line number.
import { normaliseRule } from '../settings/rules';
import type { RuleScope, SiteRule } from '../settings/types';
import { normalizeHostName } from '../site/host-name';
import { parseCidr, parseIPv4 } from '../site/ip';
import { detectDelimiter, splitCsvLine } from './csv';
import { importError, type ImportError, type ImportErrorCode } from './import-errors';
import {
  CSV_VALUE_COLUMNS,
  detectFormat,
  HOSTS_FILE_LOCAL_NAMES,
  isAdblockComment,
  parseAdblockLine,
  parseHostsLine,
  stripHashComment,
  type ListFormat,
} from './list-lines';

export type { ImportError, ImportErrorCode, ListFormat };

export type SiteListResult =
  { ok: true; rules: SiteRule[]; format: ListFormat } | { ok: false; errors: ImportError[]; format: ListFormat };

export const MAX_IMPORTED_RULES = 50_000;

const SCOPE_COLUMNS = ['scope', 'type', 'match'];
const SCOPES: readonly RuleScope[] = ['domain', 'host', 'range'];

type Parsed = SiteRule | ImportErrorCode;

/** One value with an optional scope: `*.example.com` / `.example.com` / URL → domain, CIDR → range, IPv4 → host. */
function ruleOf(raw: string, scope?: RuleScope): Parsed {
  let v = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    try {
      v = new URL(v).hostname;
    } catch {
      return 'invalid_host';
    }
  }
  if (v.includes('/') && scope !== undefined && scope !== 'range') return 'invalid_host';
  if (v.includes('/') || scope === 'range') {
    const cidr = parseCidr(v);
    if (!cidr) return 'invalid_cidr';
    return kept('range', v.includes('/') ? v : `${v}/32`, 'invalid_cidr');
  }
  const wildcard = v.startsWith('*.') || v.startsWith('.');
  if (wildcard) v = v.slice(v.indexOf('.') + 1);
  const host = normalizeHostName(v);
  if (host === null) return 'invalid_host';
  if (wildcard && scope === 'host') return 'invalid_host';
  // An address or a single-label LAN name (`simrs`) means that one machine.
  const inferred: RuleScope = !wildcard && (parseIPv4(host) !== null || !host.includes('.')) ? 'host' : 'domain';
  return kept(scope ?? inferred, host, 'invalid_host');
}

/** The rule as settings store it. Settings refuse some rules (a public suffix such as `go.id` as a domain, ranges
 * wider than /8): an import that reports success must not lose them on the next read, so they are refused here. */
function kept(scope: RuleScope, value: string, code: ImportErrorCode): Parsed {
  const r = normaliseRule(scope, value);
  return 'rule' in r ? r.rule : code;
}

interface Collector {
  rules: SiteRule[];
  errors: ImportError[];
  seen: Set<string>;
}

function add(c: Collector, lineNo: number, line: string, parsed: Parsed): void {
  if (typeof parsed === 'string') {
    c.errors.push(importError(lineNo, parsed, line));
    return;
  }
  const key = `${parsed.scope} ${parsed.value}`;
  if (c.seen.has(key)) return;
  c.seen.add(key);
  if (c.rules.length === MAX_IMPORTED_RULES) c.errors.push(importError(lineNo, 'too_many_rules'));
  else if (c.rules.length < MAX_IMPORTED_RULES) c.rules.push(parsed);
}

function parseLines(lines: string[], format: Exclude<ListFormat, 'csv'>, c: Collector): void {
  lines.forEach((line, i) => {
    const n = i + 1;
    if (format === 'adblock') {
      if (line.trim() === '' || isAdblockComment(line)) return;
      const a = parseAdblockLine(line);
      if (a.kind === 'exception') add(c, n, line, 'exception_rule');
      else if (a.kind === 'unsupported') add(c, n, line, 'unsupported_rule');
      else add(c, n, line, ruleOf(a.host, a.host.startsWith('*.') ? 'domain' : undefined));
      return;
    }
    const t = stripHashComment(line);
    if (t === '') return;
    if (format === 'hosts') {
      const hosts = parseHostsLine(t);
      if (!hosts) return add(c, n, line, 'bad_hosts_line');
      for (const h of hosts) if (!HOSTS_FILE_LOCAL_NAMES.has(h.toLowerCase())) add(c, n, line, ruleOf(h, 'host'));
      return;
    }
    add(c, n, line, /\s/.test(t) ? 'invalid_host' : ruleOf(t));
  });
}

function parseCsv(lines: string[], c: Collector): void {
  const headerIndex = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (headerIndex < 0) return;
  const headerLine = lines[headerIndex]!;
  const delimiter = detectDelimiter(headerLine);
  const header = (splitCsvLine(headerLine, delimiter) ?? []).map((h) => h.toLowerCase());
  const valueCol = header.findIndex((h) => CSV_VALUE_COLUMNS.includes(h));
  const scopeCol = header.findIndex((h) => SCOPE_COLUMNS.includes(h));
  if (valueCol < 0) {
    c.errors.push(importError(headerIndex + 1, 'missing_column', headerLine));
    return;
  }
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const fields = splitCsvLine(line, delimiter);
    if (!fields) {
      add(c, i + 1, line, 'bad_csv_row');
      continue;
    }
    const value = fields[valueCol] ?? '';
    const scopeText = scopeCol >= 0 ? (fields[scopeCol] ?? '').toLowerCase() : '';
    if (scopeText !== '' && !SCOPES.includes(scopeText as RuleScope)) {
      add(c, i + 1, line, 'invalid_scope');
      continue;
    }
    add(c, i + 1, line, ruleOf(value, scopeText === '' ? undefined : (scopeText as RuleScope)));
  }
}

/** Reads a site list. `auto` (the default) guesses the format from the text. */
export function parseSiteList(text: string, format: 'auto' | ListFormat = 'auto'): SiteListResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const f = format === 'auto' ? detectFormat(lines) : format;
  const c: Collector = { rules: [], errors: [], seen: new Set() };
  if (f === 'csv') parseCsv(lines, c);
  else parseLines(lines, f, c);
  return c.errors.length > 0 ? { ok: false, errors: c.errors, format: f } : { ok: true, rules: c.rules, format: f };
}

/** CSV with a `domain,scope` header; parseSiteList reads it back to the same rules. */
export function exportSiteList(rules: readonly SiteRule[]): string {
  return ['domain,scope', ...rules.map((r) => `${r.value},${r.scope}`)].join('\n') + '\n';
}
