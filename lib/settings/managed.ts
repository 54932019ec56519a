// What an administrator may set through browser policy (Chrome/Edge `3rdparty.extensions.<id>`, Firefox
// `3rdparty.Extensions.<id>`; both reach the extension as storage.managed). public/managed-schema.json declares the
// same keys for Chrome; a test keeps the two in step. Every key is optional: a key that is not set is not managed.
//
// Values arrive in more shapes than JSON: Windows registry policy gives Firefox 1/0 for true/false and numbered
// entries or a JSON string for lists, so those are accepted too. Unknown keys are ignored without a word, so that
// admins can keep notes in `_comment` keys; bad values are reported by key and position, never quoted.
import type { ManagedListSource, ManagedPolicy, ManagedSubmitCheck, SiteRule } from './types';
import { parseRuleNotation, ruleKey } from './rules';
import { isListKind, normaliseListUrl } from './list-source';
import {
  MAX_LIST_SOURCES,
  MAX_PROTECTED_DOMAINS,
  MAX_RULES_PER_LIST,
  RETENTION_DAYS_MAX,
  RETENTION_DAYS_MIN,
} from './limits';
import { EAGERNESS, LANGUAGES, MODES, domainItem, isRecord, isRetentionDays, pickEnum } from './validate';

export { effectiveSettings, type EffectiveSettings } from './effective';
export { settingsAfterSave, userSettingsAfterEdit } from './user-edit';

export type { ManagedListSource, ManagedPolicy, ManagedSubmitCheck } from './types';
export const MANAGED_SUBMIT_CHECKS = ['ask', 'mandatory', 'off'] as const satisfies readonly ManagedSubmitCheck[];

/** Every policy key, in the order the schema and the docs list them. */
export const MANAGED_POLICY_KEYS = [
  'mode',
  'trustedPortals',
  'blockedSites',
  'protectedDomains',
  'listSources',
  'allowBypass',
  'allowSettingsChanges',
  'warningLog',
  'logRetentionDays',
  'submitCheck',
  'eagerness',
  'language',
] as const satisfies readonly (keyof ManagedPolicy)[];

// Fails to compile when ManagedPolicy gains a key that MANAGED_POLICY_KEYS lacks.
type MissingKey = Exclude<keyof ManagedPolicy, (typeof MANAGED_POLICY_KEYS)[number]>;
const _allKeysListed: [MissingKey] extends [never] ? true : never = true;
void _allKeysListed;

type ScalarPolicyKey = Exclude<
  (typeof MANAGED_POLICY_KEYS)[number],
  'trustedPortals' | 'blockedSites' | 'protectedDomains' | 'listSources' | 'logRetentionDays'
>;

/**
 * What applies when a policy key holds a value of the wrong type or an unknown one (`"false"` as text, `"no"`):
 * the administrator evidently meant to set it, so the reading that keeps warnings in force wins over the
 * person's own choice. Keys that do not weaken protection either way are ignored (undefined). Chrome checks policy
 * against public/managed-schema.json first and drops a wrongly typed value before the extension sees it; this is
 * what Firefox, which passes `3rdparty` values through unchecked, gets.
 */
export const SAFE_WHEN_UNREADABLE: { readonly [K in ScalarPolicyKey]: ManagedPolicy[K] | undefined } = {
  mode: undefined,
  eagerness: undefined,
  language: undefined,
  allowBypass: false,
  allowSettingsChanges: false,
  // Recording visits protects no one by itself: a wrong value leaves the person's choice.
  warningLog: undefined,
  submitCheck: 'ask',
};

export interface ParsedPolicy {
  policy: ManagedPolicy;
  problems: string[];
}

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1; // a REG_DWORD through Firefox's registry reader
  return undefined;
}

function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d{1,6}$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** An array, or a JSON string holding one (a list typed into a single registry or GPO text value). */
function readArray(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function readList<T>(
  raw: Record<string, unknown>,
  key: string,
  max: number,
  problems: string[],
  item: (entry: unknown) => T | string,
  id: (entry: T) => string,
): T[] | undefined {
  if (raw[key] === undefined) return undefined;
  const list = readArray(raw[key]);
  if (!list) {
    problems.push(`${key}: not a list, ignored`);
    return undefined;
  }
  const out = new Map<string, T>();
  list.forEach((entry, i) => {
    const result = item(entry);
    if (typeof result === 'string') problems.push(`${key}[${i}]: ${result}, ignored`);
    else if (!out.has(id(result))) out.set(id(result), result);
  });
  if (out.size > max) problems.push(`${key}: more than ${max} entries, the rest ignored`);
  return [...out.values()].slice(0, max);
}

function ruleEntry(entry: unknown): SiteRule | string {
  const result = parseRuleNotation(entry);
  return 'rule' in result ? result.rule : `${result.problem} (write host, *.domain or a.b.c.d/n)`;
}

function sourceEntry(entry: unknown): ManagedListSource | string {
  if (!isRecord(entry)) return 'not an object with url and kind';
  const url = normaliseListUrl(entry.url);
  if (!url) return 'url is not an https (or loopback http) address';
  if (!isListKind(entry.kind)) return 'kind is not "reputation" or "breaches"';
  return { url, kind: entry.kind };
}

export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const policy: ManagedPolicy = {};
  const problems: string[] = [];
  /** Applies the key's safe value, if it has one, and says which way it went. */
  const unreadable = (key: ScalarPolicyKey): string => {
    const safe = SAFE_WHEN_UNREADABLE[key];
    if (safe === undefined) return 'ignored';
    Object.assign(policy, { [key]: safe });
    return `the safe value ${JSON.stringify(safe)} applies`;
  };
  if (raw === undefined || raw === null) return { policy, problems };
  if (!isRecord(raw)) return { policy, problems: ['policy: not an object, ignored'] };

  const enumKey = <K extends 'mode' | 'eagerness' | 'language' | 'submitCheck'>(key: K, allowed: readonly string[]) => {
    if (raw[key] === undefined) return;
    const value = pickEnum(raw[key], allowed);
    if (value !== undefined) policy[key] = value as ManagedPolicy[K];
    else problems.push(`${key}: expected one of ${allowed.join(', ')}, ${unreadable(key)}`);
  };
  enumKey('mode', MODES);
  enumKey('eagerness', EAGERNESS);
  enumKey('language', LANGUAGES);
  enumKey('submitCheck', MANAGED_SUBMIT_CHECKS);

  for (const key of ['allowBypass', 'allowSettingsChanges', 'warningLog'] as const) {
    if (raw[key] === undefined) continue;
    const value = readBoolean(raw[key]);
    if (value !== undefined) policy[key] = value;
    else problems.push(`${key}: expected true or false, ${unreadable(key)}`);
  }
  if (raw.logRetentionDays !== undefined) {
    const days = readInteger(raw.logRetentionDays);
    if (isRetentionDays(days)) policy.logRetentionDays = days;
    else
      problems.push(
        `logRetentionDays: expected a whole number from ${RETENTION_DAYS_MIN} to ${RETENTION_DAYS_MAX}, ignored`,
      );
  }

  const trusted = readList(raw, 'trustedPortals', MAX_RULES_PER_LIST, problems, ruleEntry, ruleKey);
  if (trusted) policy.trustedPortals = trusted;
  const blocked = readList(raw, 'blockedSites', MAX_RULES_PER_LIST, problems, ruleEntry, ruleKey);
  if (blocked) policy.blockedSites = blocked;
  const domains = readList(raw, 'protectedDomains', MAX_PROTECTED_DOMAINS, problems, domainItem, (d) => d.domain);
  if (domains) policy.protectedDomains = domains.map((d) => d.domain);
  const sources = readList(raw, 'listSources', MAX_LIST_SOURCES, problems, sourceEntry, (s) => `${s.kind} ${s.url}`);
  if (sources) policy.listSources = sources;
  return { policy, problems };
}
