// Every stored item, its area, version and validation. Version 1 is the first release; a change of shape
// adds a migration keyed by the new version (tested with before/after fixtures in test/unit/storage).
import { DEFAULT_SETTINGS, type Settings } from '../settings/types';
import type { ItemSpec } from './envelope';
import { defineStoredItem } from './item';
import { parseTabStates, type TabStates } from '../report/tab-state';
import { parseStoredSettings } from './settings-parse';
import { parseWarningLog, type WarningLog } from '../warning-log';
import { parseNotifyState, EMPTY_NOTIFY_STATE, type NotifyState } from '../breaches/notify';
import type { Breach } from '../breaches/types';
import { validateBreach } from '../breaches/validate';

export interface NoticeMemory {
  /** Site → key of the findings the person dismissed there. */
  dismissed: Record<string, string>;
}

export interface ListSourceState {
  lastOk: string | null;
  lastError: string | null;
  entries: number;
}

function record<T>(
  data: unknown,
  ok: (v: unknown) => v is T,
  what: string,
): { value: Record<string, T>; problems: string[] } {
  const value: Record<string, T> = {};
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { value, problems: data === undefined ? [] : [`${what}: not an object`] };
  }
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (ok(v)) value[k] = v;
    else problems.push(`${what}.${k}: unreadable`);
  }
  return { value, problems };
}

const isString = (v: unknown): v is string => typeof v === 'string';

export const SETTINGS_SPEC: ItemSpec<Settings> = {
  key: 'settings',
  version: 1,
  migrations: {},
  parse: parseStoredSettings,
  fallback: () => structuredClone(DEFAULT_SETTINGS) as Settings,
};

export const NOTICES_SPEC: ItemSpec<NoticeMemory> = {
  key: 'notices',
  version: 1,
  migrations: {},
  parse: (data) => {
    const d = (typeof data === 'object' && data !== null ? data : {}) as { dismissed?: unknown };
    const r = record(d.dismissed, isString, 'notices.dismissed');
    return { value: { dismissed: r.value }, problems: r.problems };
  },
  fallback: () => ({ dismissed: {} }),
};

export const LIST_SOURCES_SPEC: ItemSpec<Record<string, ListSourceState>> = {
  key: 'listSources',
  version: 1,
  migrations: {},
  parse: (data) =>
    record(
      data,
      (v): v is ListSourceState =>
        typeof v === 'object' && v !== null && typeof (v as ListSourceState).entries === 'number',
      'listSources',
    ),
  fallback: () => ({}),
};

/** Whole lists downloaded from list sources, as base64 of the compact binary form. */
export const DOWNLOADED_LISTS_SPEC: ItemSpec<Record<string, string>> = {
  key: 'downloadedLists',
  version: 1,
  migrations: {},
  parse: (data) => record(data, isString, 'downloadedLists'),
  fallback: () => ({}),
};

export const TABS_SPEC: ItemSpec<TabStates> = {
  key: 'tabs',
  version: 1,
  migrations: {},
  parse: parseTabStates,
  fallback: () => ({}),
};

/** Addresses the person chose to open once despite the danger page (this browser session only). */
export const ALLOW_ONCE_SPEC: ItemSpec<string[]> = {
  key: 'allowOnce',
  version: 1,
  migrations: {},
  parse: (data) => {
    if (!Array.isArray(data)) return { value: [], problems: data === undefined ? [] : ['allowOnce: not a list'] };
    const addresses = data.filter(isString);
    // Report what was dropped, so the store is rewritten without it.
    const problems = addresses.length < data.length ? ['allowOnce: entries that are not addresses dropped'] : [];
    return { value: addresses.slice(-200), problems };
  },
  fallback: () => [],
};

/** The local record of warnings (off for patients unless turned on; policy can turn it on). Never a value. */
export const WARNING_LOG_SPEC: ItemSpec<WarningLog> = {
  key: 'warningLog',
  version: 1,
  migrations: {},
  parse: (data) => {
    const { log, problems } = parseWarningLog(data);
    return { value: log, problems };
  },
  fallback: () => [],
};

/** Which breaches the person has been told about on which site (breach ids and versions; never a value). */
export const BREACH_NOTIFY_SPEC: ItemSpec<NotifyState> = {
  key: 'breachNotify',
  version: 1,
  migrations: {},
  parse: (data) => ({ value: parseNotifyState(data), problems: [] }),
  fallback: () => structuredClone(EMPTY_NOTIFY_STATE),
};

/** Breaches the person imported (HIBP JSON files) or a catalogue source downloaded, merged with the bundled ones. */
export const IMPORTED_BREACHES_SPEC: ItemSpec<Breach[]> = {
  key: 'importedBreaches',
  version: 1,
  migrations: {},
  parse: (data) => {
    if (data === undefined) return { value: [], problems: [] };
    if (!Array.isArray(data)) return { value: [], problems: ['importedBreaches: not a list, set aside'] };
    // Entry by entry, like the person's other lists: one damaged breach must not take the others with it (the
    // store is rewritten with what is read here).
    const value: Breach[] = [];
    const problems: string[] = [];
    const ids = new Set<string>();
    data.forEach((entry: unknown, i) => {
      const { breach } = validateBreach(entry, i);
      if (breach && !ids.has(breach.id)) {
        ids.add(breach.id);
        value.push(breach);
      } else problems.push(`importedBreaches[${i}]: unreadable, dropped`);
    });
    return { value, problems };
  },
  fallback: () => [],
};

/**
 * The last policy read from storage.managed. Chromium can take seconds to answer storage.managed.get() after a
 * start; judging pages must not wait for it, so the last known policy is used at once and refreshed behind.
 */
export const POLICY_CACHE_SPEC: ItemSpec<{ policy: Record<string, unknown> | null } | null> = {
  key: 'policyCache',
  version: 1,
  migrations: {},
  parse: (data) => {
    if (data === null || data === undefined) return { value: null, problems: [] };
    const p = (data as { policy?: unknown }).policy;
    if (p === null) return { value: { policy: null }, problems: [] };
    if (typeof p === 'object' && !Array.isArray(p))
      return { value: { policy: p as Record<string, unknown> }, problems: [] };
    return { value: null, problems: ['policyCache: unreadable'] };
  },
  fallback: () => null,
};

export const settingsItem = defineStoredItem('local', SETTINGS_SPEC);
export const policyCacheItem = defineStoredItem('local', POLICY_CACHE_SPEC);
export const breachNotifyItem = defineStoredItem('local', BREACH_NOTIFY_SPEC);
export const importedBreachesItem = defineStoredItem('local', IMPORTED_BREACHES_SPEC);
export const warningLogItem = defineStoredItem('local', WARNING_LOG_SPEC);
export const noticesItem = defineStoredItem('local', NOTICES_SPEC);
export const listSourcesItem = defineStoredItem('local', LIST_SOURCES_SPEC);
export const downloadedListsItem = defineStoredItem('local', DOWNLOADED_LISTS_SPEC);
export const tabsItem = defineStoredItem('session', TABS_SPEC);
export const allowOnceItem = defineStoredItem('session', ALLOW_ONCE_SPEC);
