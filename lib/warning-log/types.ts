// A local record of the warnings Jaga Data showed and what the person did, for a clinic's compliance review or a
// false-positive report. It is off for patients unless they turn it on, and on where policy says so.
//
// What an entry may hold is closed on purpose: the site (registrable domain, never a URL), the kinds of fields, the
// reason codes, the action and list versions. There is no free-text field, so nothing typed into a page, no path
// and no query can ever be recorded.
import type { FieldKind } from '../kinds/field-kinds';
import type { ReasonCode } from '../risk/reason-codes';

export const WARNING_ACTIONS = [
  'shown',
  'dismissed',
  'sent_once',
  'trusted',
  'cancelled',
  'danger_page',
  'proceeded',
] as const;
export type WarningAction = (typeof WARNING_ACTIONS)[number];

export interface WarningEntry {
  /** ISO 8601 UTC, as Date#toISOString writes it. */
  time: string;
  /** Registrable domain of the page (or its IP address). */
  site: string;
  fieldKinds: FieldKind[];
  reasons: ReasonCode[];
  action: WarningAction;
  /** List id → version of each list that took part (bundled or downloaded). */
  listVersions: Record<string, string>;
}

/** Oldest first. */
export type WarningLog = WarningEntry[];

export interface AppendOptions {
  maxEntries: number;
  retentionDays: number;
  /** Milliseconds since the epoch. */
  now: number;
}

export const DEFAULT_MAX_ENTRIES = 2000;
export const MAX_LIST_VERSIONS = 32;
