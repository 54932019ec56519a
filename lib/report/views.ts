// What the background shows to the extension's own pages (popup, settings, danger page) and tells the scanner.
// Plain data only: these cross the messaging boundary.
import type { FieldKind } from '../kinds/field-kinds';
import type { DangerCode, Level, Reason } from '../risk/reason-codes';
import type { Eagerness, Mode } from '../settings/types';
import type { FieldReport } from './types';
import type { SendView } from '../sends/record';

export type { SendView };

export type Locale = 'id' | 'en';

export type BreachStatus = 'confirmed' | 'partly_confirmed' | 'alleged' | 'denied';
export type RecordsSource = 'seller' | 'organisation' | 'researchers' | 'hibp';

export interface BreachView {
  id: string;
  title: string;
  /** Bahasa Indonesia title, when the entry has one. */
  titleId?: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM when only the month is known). */
  date: string;
  /** `date` is only the first public report: when it happened is not known. */
  dateIsDisclosure: boolean;
  records: number | null;
  /** The count is a seller's claim or database rows, not verified people. */
  recordsIsClaim: boolean;
  /** Who gave the count. */
  recordsSource: RecordsSource;
  dataClasses: string[];
  status: BreachStatus;
  /** One sentence on who confirmed or denied what (curated entries), in English and Bahasa Indonesia. */
  statusNote?: string;
  statusNoteId?: string;
  sources: string[];
  /** Where the entry comes from: Have I Been Pwned (needs attribution), our curated list, or an import. */
  origin: 'hibp' | 'curated' | 'imported';
  healthOrId: boolean;
  sensitive: boolean;
}

export interface ThirdPartyView {
  site: string;
  company: string | null;
  category: string;
  capturesInput: boolean;
  /** The vendor's own pages that document the capture (empty when capturesInput is false). */
  captureSources: string[];
  loadsOthers: boolean;
  /** Breach ids of this third party's own known breaches. */
  breaches: string[];
  /** Reputation list that names it, when one does. */
  listed: string | null;
}

export type SiteStatus = 'trusted' | 'blocked' | null;

export interface TabView {
  tabId: number;
  url: string;
  site: string;
  /** Exactly what Trust, Block and Pause apply to (lib/settings/rule-key.ts); null: no rule can name this site. */
  ruleSite: string | null;
  badge: string;
  level: Level;
  reasons: Reason[];
  fields: FieldReport[];
  breaches: BreachView[];
  thirdParties: ThirdPartyView[];
  siteStatus: SiteStatus;
  /** The status was set by the organisation's policy and cannot be changed here. */
  statusManaged: boolean;
  paused: boolean;
  /** The page removed or hid our notice: the warning moved to the badge and this popup. */
  noticeRemoved: boolean;
  truncated: boolean;
  /** The site lives under a user-content hosting suffix (github.io, blogspot…). */
  userContentHost: boolean;
  /** No scanner has reported yet (page still loading, a page we cannot read, or a browser page). */
  scanned: boolean;
  /** Where recognised values typed on this page were seen going, one entry per destination site. */
  sends: SendView[];
}

export type SubmitCheckMode = 'ask' | 'mandatory' | 'off';

/** What the background tells a page's scanner about the page it is on. */
export interface PageAdvice {
  site: string;
  /** Exactly what the pre-submit check's "Trust" trusts (lib/settings/rule-key.ts); null: it is not offered. */
  ruleSite: string | null;
  level: Level;
  reasons: Reason[];
  locale: Locale;
  mode: Mode;
  eagerness: Eagerness;
  paused: boolean;
  submitCheck: SubmitCheckMode;
  bypassAllowed: boolean;
  /** Identifies what the notice would say; a dismissed notice shows again only when this changes. */
  noticeKey: string;
  noticeDismissed: boolean;
  /** Breaches worth mentioning in the notice (relevant and not yet notified/dismissed). */
  breaches: BreachView[];
  /** Companies whose scripts on this page can record what is typed. */
  inputCapturers: string[];
  /** Destinations (form actions) and whether each is trusted. */
  trustedDestinations: string[];
  /** Sends the person must be told about (a third party, plain HTTP, a listed site or a lookalike). */
  sentAlerts: Array<Pick<SendView, 'site' | 'kinds' | 'vias' | 'secure'>>;
}

export type NoticeAction = 'shown' | 'dismissed' | 'removed_by_page';

export type SubmitChoice = 'send_once' | 'trust' | 'cancel';

export interface SubmitDecision {
  choice: SubmitChoice;
  kinds: FieldKind[];
  /** Where the form sends: scheme, host and path only. */
  destination: string;
}

/** What the danger page shows about an address it stopped. */
export interface DangerView {
  url: string;
  site: string;
  /** Exactly what "Always allow" trusts (lib/settings/rule-key.ts); null: it is not offered. */
  ruleSite: string | null;
  reasons: Array<{ code: DangerCode; detail?: string }>;
  bypassAllowed: boolean;
  locale: Locale;
}
