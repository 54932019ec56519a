// The tracker catalogue and what classification says about a page's third parties.
import type { ResourceVia } from '../report/types';
import { TRACKER_CATEGORIES } from './categories.mjs';

export { TRACKER_CATEGORIES };

export interface CategoryDecisions {
  /** Its presence on a page with sensitive fields counts as "known trackers" (CONTRACTS.md §5). */
  tracking: boolean;
  /** Plumbing every site uses (consent banners, CDNs): listed after the other known services. */
  background: boolean;
}

/**
 * Every decision about each tracker category, in display order; the closed union is this table's keys. The build
 * script reads the same members from categories.mjs, and a test holds the two to the same list in the same order.
 */
// prettier-ignore
export const TRACKER_CATEGORY = {
  session_replay: { tracking: true,  background: false },
  advertising:    { tracking: true,  background: false },
  analytics:      { tracking: true,  background: false },
  social:         { tracking: true,  background: false },
  tag_manager:    { tracking: false, background: false },
  customer_chat:  { tracking: false, background: false },
  monitoring:     { tracking: false, background: false },
  consent:        { tracking: false, background: true },
  cdn:            { tracking: false, background: true },
} as const satisfies Record<string, CategoryDecisions>;

export type TrackerCategory = keyof typeof TRACKER_CATEGORY;

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
