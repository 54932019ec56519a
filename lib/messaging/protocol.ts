// The one message protocol. Each message takes one plain-data object and answers one plain-data object.
// Content-script messages carry page facts typed as PageText and closed unions: never a typed value.
// Page messages are accepted only from the extension's own pages (checked in the background).
import type { FieldKind } from '../kinds/field-kinds';
import type { FrameReport } from '../report/types';
import type {
  NoticeAction,
  PageAdvice,
  SubmitDecision,
  TabView,
  Locale,
  BreachView,
  DangerView,
} from '../report/views';

export type { DangerView };
import type { Settings, SiteRule } from '../settings/types';
import type { SaveProblem, SettingsError } from '../settings/errors';
import type { ListName } from '../settings/edits';

export type { ListName, SaveProblem, SettingsError };

export interface ImportProblem {
  /** 1-based line (list imports) or entry index (breach imports); null when the whole input is wrong. */
  line: number | null;
  code: string;
  problem: string;
  /** The start of the refused line (at most 60 characters): it is the person's own list, not page input. */
  excerpt?: string;
}

/** `refused`: the policy (or a limit) refused the whole import; `errors` then is empty. */
export type ImportResult =
  { ok: true; count: number } | { ok: false; errors: ImportProblem[]; refused?: SettingsError };

export type SiteListFormat = 'auto' | 'plain' | 'hosts' | 'adblock' | 'csv';

/** What a trust/block/pause click did: `site` is exactly the rule's site (lib/settings/rule-key.ts). */
export type SiteEditResult = { ok: true; site: string } | { ok: false; error: SettingsError };

export interface SourceRefresh {
  id: string;
  ok: boolean;
  /** A ListSourceError code (lib/settings/list-download.ts) or, from older releases, a sentence. */
  error?: string;
  entries?: number;
}

export interface SettingsView {
  settings: Settings;
  /** Settings keys fixed by the organisation's policy. */
  locked: string[];
  /** Rules that come from policy, shown as set by the organisation. */
  managed: { trusted: SiteRule[]; blocked: SiteRule[]; protectedDomains: string[] };
  changesAllowed: boolean;
  bypassAllowed: boolean;
  submitCheckMandatory: boolean;
  /** An organisation's policy applies; problems found in it are listed for the IT person. */
  hasPolicy: boolean;
  policyProblems: string[];
  locale: Locale;
  lists: Array<{ id: string; title: string; entries: number; licence: string; attribution: string; enabled: boolean }>;
  sources: Array<{
    id: string;
    url: string;
    kind: string;
    enabled: boolean;
    lastOk: string | null;
    lastError: string | null;
    entries: number;
  }>;
  breachCatalogue: { entries: number; imported: number; attribution: string };
  /** Bundled trackers that can record what is typed, each with the vendor pages that say so. */
  inputCapturers: Array<{ product: string; company: string; note: string; sources: string[] }>;
  warningLogEntries: number;
}

export interface Diagnostics {
  /** How long the background took to make the bundled reputation list usable after its last start. */
  reputationReadyMs: number | null;
  /** How long the first lookup after that start took (it reads the list shards it needs). */
  firstLookupMs: number | null;
  startedAt: string;
  /** Chrome: how long the worker's last build of the lookalike gate's rules took (from the protected domains to
   * the rules in force, Chrome's checks of each rule included), and how many rules it wrote; null before one. */
  gateRulesMs: number | null;
  gateRules: number;
  lists: Record<string, number>;
  /** Tabs whose requests are being observed now (observed sends); 0 when no recognised value was typed. */
  sendWatchers: number;
}

/** Messages a page's content scripts send. */
export interface ContentProtocol {
  frameHasControls(data: Record<string, never>): { inject: boolean };
  reportFrame(data: { report: FrameReport }): PageAdvice | null;
  noticeEvent(data: { action: NoticeAction; key: string; kinds: FieldKind[] }): null;
  submitDecision(data: SubmitDecision): PageAdvice | null;
}

/** Messages the extension's own pages send. */
export interface PageProtocol {
  getTabView(data: { tabId: number }): TabView | null;
  setSiteStatus(data: { site: string; status: 'trusted' | 'blocked' | 'none' }): SiteEditResult;
  setPaused(data: { site: string; paused: boolean }): SiteEditResult;
  getSettingsView(data: Record<string, never>): SettingsView;
  saveSettings(data: { patch: Partial<Settings> }): { ok: boolean; problems: SaveProblem[] };
  importSiteList(data: { list: ListName; text: string; format: SiteListFormat }): ImportResult;
  exportSiteList(data: { list: ListName }): { text: string };
  importBreaches(data: { text: string }): ImportResult;
  getBreachHistory(data: { site: string }): BreachView[];
  getWarningLog(data: Record<string, never>): { entries: unknown[] };
  exportWarningLog(data: { format: 'csv' | 'json' }): { text: string };
  clearWarningLog(data: Record<string, never>): { ok: true } | { ok: false; error: SettingsError };
  refreshListSources(data: Record<string, never>): { results: SourceRefresh[] };
  getDangerView(data: { url: string }): DangerView;
  proceedFromDanger(data: { url: string; always: boolean }): { ok: boolean };
  getDiagnostics(data: Record<string, never>): Diagnostics;
}

/** Messages the background sends to a frame's scanner. */
export interface BackgroundToContent {
  adviceChanged(data: PageAdvice): null;
}

export type Protocol = ContentProtocol & PageProtocol;
export type MessageType = keyof Protocol;
export type DataOf<K extends keyof Protocol> = Parameters<Protocol[K]>[0];
export type ReplyOf<K extends keyof Protocol> = ReturnType<Protocol[K]>;

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: DataOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
