// Reading stored settings back. Storage can hold anything: an older or newer release's shape, a half-written value,
// a hand-edited export. Each field is checked on its own and falls back to its default alone; lists keep every entry
// that is still readable. Problems name the field and position, never the value.
import type { ListSource, Settings, SiteRule, WarningLogSettings } from './types';
import { DEFAULT_SETTINGS } from './types';
import { normaliseRule, ruleKey } from './rules';
import { isDomainScopeOk, normaliseHost } from './host';
import { isListKind, normaliseListUrl } from './list-source';
import {
  MAX_ID_LENGTH,
  MAX_LIST_SOURCES,
  MAX_PROTECTED_DOMAINS,
  MAX_RULES_PER_LIST,
  RETENTION_DAYS_MAX,
  RETENTION_DAYS_MIN,
} from './limits';

export interface ParsedSettings {
  settings: Settings;
  problems: string[];
}

export const MODES = ['patient', 'clinic'] as const;
export const EAGERNESS = ['quiet', 'normal', 'eager'] as const;
export const LANGUAGES = ['auto', 'id', 'en'] as const;
export const SUBMIT_CHECKS = ['ask', 'off'] as const;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fresh, mutable copy of the defaults (DEFAULT_SETTINGS is frozen and its arrays are shared). */
export function defaultSettings(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, warningLog: { ...DEFAULT_SETTINGS.warningLog } }) as Settings;
}

export function pickEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function isRetentionDays(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= RETENTION_DAYS_MIN && (value as number) <= RETENTION_DAYS_MAX;
}

/** Runs `item` over a stored array, keeping what it accepts; the first `max` good entries are kept. */
function salvageList<T>(
  value: unknown,
  field: string,
  max: number,
  problems: string[],
  item: (entry: unknown) => T | string,
  key: (entry: T) => string,
): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push(`${field}: not a list, default used`);
    return undefined;
  }
  const out: T[] = [];
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    const result = item(entry);
    if (typeof result === 'string') problems.push(`${field}[${i}]: ${result}, dropped`);
    else if (!seen.has(key(result))) {
      seen.add(key(result));
      out.push(result);
    }
  });
  if (out.length > max) {
    problems.push(`${field}: more than ${max} entries, the rest dropped`);
    out.length = max;
  }
  return out;
}

function ruleItem(entry: unknown): SiteRule | string {
  if (!isRecord(entry)) return 'not a rule';
  const result = normaliseRule(entry.scope, entry.value);
  // `managed` is deliberately not copied: stored settings are the person's own, whatever they claim.
  return 'rule' in result ? result.rule : result.problem;
}

export function domainItem(entry: unknown): string | { domain: string } {
  if (typeof entry !== 'string') return 'not text';
  const domain = normaliseHost(entry);
  if (!domain || !isDomainScopeOk(domain)) return 'not a domain name';
  return { domain };
}

function listSourceItem(entry: unknown): ListSource | string {
  if (!isRecord(entry)) return 'not a list source';
  const { id, kind, url, enabled } = entry;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH) return 'bad id';
  if (!isListKind(kind)) return 'unknown kind';
  const href = normaliseListUrl(url);
  if (!href) return 'not an https (or loopback http) address';
  // A damaged flag turns the list off: a list nobody knowingly switched on is not downloaded.
  return { id, kind, url: href, enabled: enabled === true };
}

function idItem(entry: unknown): { id: string } | string {
  if (typeof entry !== 'string' || entry.trim() === '' || entry.length > MAX_ID_LENGTH) return 'bad id';
  return { id: entry };
}

function parseWarningLogSettings(value: unknown, problems: string[]): WarningLogSettings {
  const out = { ...DEFAULT_SETTINGS.warningLog };
  if (value === undefined) return out;
  if (!isRecord(value)) {
    problems.push('warningLog: not an object, default used');
    return out;
  }
  if (typeof value.enabled === 'boolean') out.enabled = value.enabled;
  else if (value.enabled !== undefined) problems.push('warningLog.enabled: not true/false, default used');
  if (isRetentionDays(value.retentionDays)) out.retentionDays = value.retentionDays;
  else if (value.retentionDays !== undefined) {
    problems.push(
      `warningLog.retentionDays: not a whole number of days from ${RETENTION_DAYS_MIN} to ${RETENTION_DAYS_MAX}, default used`,
    );
  }
  return out;
}

export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) return { settings, problems: ['settings: not an object, defaults used'] };

  const scalar = <K extends 'mode' | 'eagerness' | 'language' | 'submitCheck'>(
    key: K,
    allowed: readonly Settings[K][],
  ) => {
    const value = pickEnum(raw[key], allowed);
    if (value !== undefined) settings[key] = value;
    else if (raw[key] !== undefined) problems.push(`${key}: unknown value, default used`);
  };
  scalar('mode', MODES);
  scalar('eagerness', EAGERNESS);
  scalar('language', LANGUAGES);
  scalar('submitCheck', SUBMIT_CHECKS);

  for (const key of ['trusted', 'blocked', 'paused'] as const) {
    const rules = salvageList(raw[key], key, MAX_RULES_PER_LIST, problems, ruleItem, ruleKey);
    if (rules) settings[key] = rules;
  }
  const domains = salvageList(
    raw.protectedDomains,
    'protectedDomains',
    MAX_PROTECTED_DOMAINS,
    problems,
    domainItem,
    (d) => d.domain,
  );
  if (domains) settings.protectedDomains = domains.map((d) => d.domain);
  const sources = salvageList(raw.listSources, 'listSources', MAX_LIST_SOURCES, problems, listSourceItem, (s) => s.id);
  if (sources) settings.listSources = sources;
  const disabled = salvageList(
    raw.disabledBundledLists,
    'disabledBundledLists',
    MAX_LIST_SOURCES,
    problems,
    idItem,
    (d) => d.id,
  );
  if (disabled) settings.disabledBundledLists = disabled.map((d) => d.id);
  settings.warningLog = parseWarningLogSettings(raw.warningLog, problems);
  return { settings, problems };
}
