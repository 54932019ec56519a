// The tracker catalogue and what classification says about a page's third parties.
import type { ResourceVia } from '../report/types';

/** Closed set, in display order. scripts/data/trackers.mjs holds the same list (a test keeps them equal). */
export const TRACKER_CATEGORIES = [
  'session_replay',
  'advertising',
  'analytics',
  'social',
  'tag_manager',
  'customer_chat',
  'monitoring',
  'consent',
  'cdn',
] as const;
export type TrackerCategory = (typeof TRACKER_CATEGORIES)[number];

/** Categories whose presence on a page with sensitive fields counts as "known trackers" (CONTRACTS.md §5). */
export const TRACKING_CATEGORIES: ReadonlySet<TrackerCategory> = new Set([
  'session_replay',
  'advertising',
  'analytics',
  'social',
]);

export interface CompanyEntry {
  id: string;
  name: string;
  /** Registrable domains that belong to this company (its trackers' and its own sites'). */
  domains: readonly string[];
}

export interface TrackerEntry {
  id: string;
  /** Company id (see `companies`). */
  company: string;
  product: string;
  category: TrackerCategory;
  /** A registrable domain matches every host under it; a longer name matches that host and its subdomains. */
  domains: readonly string[];
  /** The vendor documents that it can send what a person enters (keystrokes, field values, a recording). */
  capturesInput: boolean;
  /** Why capturesInput is what it is, and whether it is on by default or a site setting. */
  capturesInputNote: string;
  /** A tag manager or router: it loads other vendors, which appear as their own entries. */
  loadsOthers: boolean;
  sources: readonly string[];
}

export interface TrackerCatalogue {
  version: 1;
  source: string;
  categories: readonly TrackerCategory[];
  companies: readonly CompanyEntry[];
  trackers: readonly TrackerEntry[];
}

export type ThirdPartyCategory = TrackerCategory | 'unknown';

export interface ThirdParty {
  /** Registrable domain of the host. */
  site: string;
  /** The first host seen for this site and tracker (never a path). */
  host: string;
  /** Company name, when the catalogue knows who owns the site. */
  company: string | null;
  product: string | null;
  category: ThirdPartyCategory;
  capturesInput: boolean;
  /** Where the vendor documents that it can record what is typed: the tracker's sources when capturesInput. */
  captureSources: string[];
  /** How the page reached it, in ResourceVia order. */
  via: ResourceVia[];
  trackerId: string | null;
  loadsOthers: boolean;
}
