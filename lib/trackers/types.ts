// The tracker catalogue and what classification says about a page's third parties.
import type { ResourceVia } from '../report/types';
import { TRACKER_CATEGORIES } from './categories.mjs';

export { TRACKER_CATEGORIES };
export type TrackerCategory = (typeof TRACKER_CATEGORIES)[number];

export interface CategoryDecisions {
  /** Its presence on a page with sensitive fields counts as "known trackers" (CONTRACTS.md §5). */
  tracking: boolean;
}

/** Every decision about each category, in display order (the same order as TRACKER_CATEGORIES). */
export const TRACKER_CATEGORY: Readonly<Record<TrackerCategory, CategoryDecisions>> = {
  session_replay: { tracking: true },
  advertising: { tracking: true },
  analytics: { tracking: true },
  social: { tracking: true },
  tag_manager: { tracking: false },
  customer_chat: { tracking: false },
  monitoring: { tracking: false },
  consent: { tracking: false },
  cdn: { tracking: false },
};

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
  /** How the page reached it, in ResourceVia order. */
  via: ResourceVia[];
  trackerId: string | null;
  loadsOthers: boolean;
}
