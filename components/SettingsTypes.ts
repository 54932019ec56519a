// What the settings page shows and what it asks for. Components never talk to the background: the options
// entrypoint fills a SettingsBackend with protocol calls (lib/messaging), tests fill it with fakes. The shapes here
// are the protocol's own (lib/messaging/protocol.ts), so the entrypoint passes answers through unchanged.
import type { Settings } from '../lib/settings/types';
import type { WarningEntry } from '../lib/warning-log/types';
import type {
  ImportProblem,
  ImportResult,
  ListName,
  ReplyOf,
  SettingsView,
  SiteListFormat,
  SourceRefresh,
} from '../lib/messaging/protocol';

export type { SourceRefresh };
export type SiteListName = ListName;
export type { SiteListFormat };
export type ImportIssue = ImportProblem;
export type ImportOutcome = ImportResult;
/** What the page shows: the protocol's view, unchanged. */
export type SettingsData = SettingsView;
export type BundledListInfo = SettingsView['lists'][number];
export type SourceState = SettingsView['sources'][number];
export type SaveOutcome = ReplyOf<'saveSettings'>;
export type ClearOutcome = ReplyOf<'clearWarningLog'>;

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
  clearLog(): Promise<ClearOutcome>;
  /** Calls back when what is shown may be stale (the person comes back to the tab); returns how to stop. */
  watch?(changed: () => void): () => void;
}

export { isLocked } from '../lib/settings/locks';
