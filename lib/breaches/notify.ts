// Notify-once logic: which breaches of a site deserve an interruption now. The popup always lists a site's whole
// breach history (that is just index.forHost); this decides only the one-time notice. Pure: the caller keeps the
// state in storage and passes the time in.
//
// Recency window (reasoning in lib/breaches/README.md):
//   - health or identity-number breaches: notify if the breach became public within the last 36 months, or if it
//     entered the catalogue within the last 12 months (a late discovery is news even when the breach is old);
//   - other breaches: notify if the breach became public within the last 12 months.
// "Became public" is the later of the breach and disclosure dates and, for facts from HIBP, HIBP's AddedDate
// (HIBP loading a dataset is often its first publication). Dates known only to the month or year count until the
// end of that period. A newer modified date re-notifies a breach already seen but does not reopen the window.
import { bareHost } from '../site/host-core.mjs';
import { isHealthOrId } from './data-classes';
import { isIsoDay, isoDay, monthsBefore, periodEnd } from './dates';
import { orderByRelevance } from './relevance';
import { breachVersion, type Breach } from './types';

export const RECENCY_MONTHS = {
  healthOrIdSincePublic: 36,
  healthOrIdSinceAdded: 12,
  otherSincePublic: 12,
} as const;

export interface NotifyState {
  /** site → breach id → version date (`YYYY-MM-DD`, see breachVersion) of the breach when it was last shown. */
  seen: Record<string, Record<string, string>>;
  /** site → `YYYY-MM-DD` the person asked not to be told again; only breaches added or changed later notify. */
  dismissed: Record<string, string>;
}

export const EMPTY_NOTIFY_STATE: NotifyState = Object.freeze({ seen: {}, dismissed: {} }) as NotifyState;

function toMs(now: Date | number): number {
  return typeof now === 'number' ? now : now.getTime();
}

function siteKey(site: string): string {
  return bareHost(site);
}

/** End (ms) of the latest period at which the breach was publicly known. */
export function publicSince(breach: Breach): number {
  const dates = [breach.breachDate, breach.disclosedDate];
  if (breach.origin === 'hibp' || breach.hibpName !== undefined) dates.push(breach.addedDate);
  let latest = -Infinity;
  for (const d of dates) {
    const end = d === null ? Number.NaN : periodEnd(d);
    if (!Number.isNaN(end) && end > latest) latest = end;
  }
  return latest;
}

/** Whether the breach is recent enough to interrupt the person at all (ignoring what they have already seen). */
export function isWithinNoticeWindow(breach: Breach, now: Date | number): boolean {
  const at = toMs(now);
  const since = publicSince(breach);
  if (isHealthOrId(breach.dataClasses)) {
    if (since >= monthsBefore(at, RECENCY_MONTHS.healthOrIdSincePublic)) return true;
    const added = periodEnd(breach.addedDate);
    return !Number.isNaN(added) && added >= monthsBefore(at, RECENCY_MONTHS.healthOrIdSinceAdded);
  }
  return since >= monthsBefore(at, RECENCY_MONTHS.otherSincePublic);
}

/**
 * The breaches of `site` to notify about now, most relevant first: recent enough, not yet shown on this site at
 * their current version, and not covered by the person's dismissal of the site.
 */
export function breachesToNotify(
  site: string,
  breaches: readonly Breach[],
  state: NotifyState,
  now: Date | number,
): Breach[] {
  const key = siteKey(site);
  const seen = Object.prototype.hasOwnProperty.call(state.seen, key) ? state.seen[key] : undefined;
  const dismissedOn = Object.prototype.hasOwnProperty.call(state.dismissed, key) ? state.dismissed[key] : undefined;
  const due = breaches.filter((b) => {
    const version = breachVersion(b);
    const shown = seen && Object.prototype.hasOwnProperty.call(seen, b.id) ? seen[b.id] : undefined;
    if (shown !== undefined && shown >= version) return false;
    if (dismissedOn !== undefined && version <= dismissedOn) return false;
    return isWithinNoticeWindow(b, now);
  });
  return orderByRelevance(due);
}

/** New state recording that these breaches were shown on `site`. */
export function markNotified(state: NotifyState, site: string, breaches: readonly Breach[]): NotifyState {
  const key = siteKey(site);
  const current = Object.prototype.hasOwnProperty.call(state.seen, key) ? state.seen[key] : undefined;
  const forSite: Record<string, string> = { ...current };
  for (const b of breaches) {
    const version = breachVersion(b);
    const before = Object.prototype.hasOwnProperty.call(forSite, b.id) ? forSite[b.id] : undefined;
    if (before === undefined || version > before) forSite[b.id] = version;
  }
  return { seen: { ...state.seen, [key]: forSite }, dismissed: { ...state.dismissed } };
}

/** New state recording that the person does not want to hear again about the breaches `site` has now. */
export function dismiss(state: NotifyState, site: string, now: Date | number): NotifyState {
  const key = siteKey(site);
  const day = isoDay(toMs(now));
  const before = Object.prototype.hasOwnProperty.call(state.dismissed, key) ? state.dismissed[key] : undefined;
  const dismissed = { ...state.dismissed, [key]: before !== undefined && before > day ? before : day };
  return { seen: { ...state.seen }, dismissed };
}

/** A valid state from whatever storage returned (junk, an older shape, nothing): invalid parts are dropped. */
export function parseNotifyState(value: unknown): NotifyState {
  const out: NotifyState = { seen: {}, dismissed: {} };
  if (typeof value !== 'object' || value === null) return out;
  const { seen, dismissed } = value as { seen?: unknown; dismissed?: unknown };
  if (typeof seen === 'object' && seen !== null && !Array.isArray(seen)) {
    for (const [site, ids] of Object.entries(seen)) {
      if (siteKey(site) === '__proto__' || typeof ids !== 'object' || ids === null || Array.isArray(ids)) continue;
      const kept: Record<string, string> = {};
      for (const [id, version] of Object.entries(ids)) if (id !== '__proto__' && isIsoDay(version)) kept[id] = version;
      if (Object.keys(kept).length > 0) out.seen[siteKey(site)] = kept;
    }
  }
  if (typeof dismissed === 'object' && dismissed !== null && !Array.isArray(dismissed)) {
    for (const [site, day] of Object.entries(dismissed)) {
      if (siteKey(site) !== '__proto__' && isIsoDay(day)) out.dismissed[siteKey(site)] = day;
    }
  }
  return out;
}
