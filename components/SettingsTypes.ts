// What the settings page shows and what it asks for. Components never talk to the background: the options
// entrypoint fills a SettingsBackend with protocol calls (lib/messaging), tests fill it with fakes. The shapes here
// mirror the protocol's SettingsView and ImportResult, so the entrypoint passes those through unchanged.
import type { Locale } from '../lib/report/views';
import type { Settings } from '../lib/settings/types';
import type { WarningEntry } from '../lib/warning-log/types';

export type SiteListName = 'trusted' | 'blocked' | 'paused';
export type SiteListFormat = 'auto' | 'plain' | 'hosts' | 'adblock' | 'csv';

export interface ImportIssue {
  /** 1-based line (site lists) or entry number (breaches); null when the whole input is wrong. */
  line: number | null;
  code: string;
  /** English sentence, shown when the code has no words of ours. */
  problem: string;
}

export type ImportOutcome = { ok: true; count: number } | { ok: false; errors: ImportIssue[] };

export interface BundledListInfo {
  id: string;
  title: string;
  entries: number;
  licence: string;
  attribution: string;
  enabled: boolean;
}

export interface SourceState {
  id: string;
  lastOk: string | null;
  lastError: string | null;
  entries: number;
}

export interface SourceRefresh {
  id: string;
  ok: boolean;
  error?: string;
  entries?: number;
}

export interface SettingsData {
  settings: Settings;
  /** Settings keys fixed by the organisation (`warningLog.enabled` and `warningLog.retentionDays` lock one half). */
  locked: string[];
  changesAllowed: boolean;
  submitCheckMandatory: boolean;
  /** An organisation's policy applies; what was wrong in it (for the IT person; never shown when empty). */
  hasPolicy?: boolean;
  policyProblems?: string[];
  locale: Locale;
  lists: BundledListInfo[];
  sources: SourceState[];
  breachCatalogue: { entries: number; imported: number; attribution: string };
  /** Bundled trackers that can record what is typed, each with the vendor pages that say so. */
  inputCapturers?: Array<{ product: string; company: string; note: string; sources: string[] }>;
}

export interface SaveOutcome {
  ok: boolean;
  problems: string[];
}

/** Everything the page can ask. Each call answers once; the page reloads what it shows afterwards. */
export interface SettingsBackend {
  load(): Promise<SettingsData>;
  loadLog(): Promise<WarningEntry[]>;
  save(patch: Partial<Settings>): Promise<SaveOutcome>;
  importSites(list: SiteListName, text: string, format: SiteListFormat): Promise<ImportOutcome>;
  exportSites(list: SiteListName): Promise<void>;
  importBreaches(text: string): Promise<ImportOutcome>;
  refreshSources(): Promise<SourceRefresh[]>;
  exportLog(format: 'csv' | 'json'): Promise<void>;
  clearLog(): Promise<boolean>;
  /** Calls back when what is shown may be stale (the person comes back to the tab); returns how to stop. */
  watch?(changed: () => void): () => void;
}

/** True when the organisation fixed this key (or everything). Language stays free unless policy names it. */
export function isLocked(data: Pick<SettingsData, 'locked' | 'changesAllowed'>, key: string): boolean {
  if (data.locked.includes(key)) return true;
  if (key === 'language') return false;
  if (!data.changesAllowed) return true;
  const parent = key.split('.')[0] ?? key;
  return parent !== key && data.locked.includes(parent);
}
