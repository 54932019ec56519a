// What a tab's observed sends add up to, one entry per destination site, and which of them the person must be
// told about. Pure: observations come in, the record and the verdict come out.
import type { FieldKind } from '../kinds/field-kinds';
import type { Destination, Party, SendVia } from './classify';

export interface SiteSends {
  site: string;
  /** Kinds of the recognised values seen going there (empty when only unreadable bodies went there). */
  kinds: FieldKind[];
  /** How they went, first seen first. */
  vias: SendVia[];
  /** Every send with a recognised value there was encrypted. */
  secure: boolean;
  party: Party;
  /** The reputation list that names the site, or null. */
  listed: string | null;
  /** The protected domain the site imitates, or null. */
  lookalike: string | null;
  /** Requests to it whose bodies could not be read. */
  unreadable: number;
}

export interface SendObservation {
  destination: Destination;
  via: SendVia;
  /** Kinds whose digest matched a candidate of the request; empty when none did. */
  kinds: FieldKind[];
  unreadable: boolean;
  listed: string | null;
  lookalike: string | null;
}

/** At most this many destinations per tab: a page cannot grow our memory without end. */
export const MAX_SITES = 200;

/** The record with one more observation; observations with nothing to tell leave it unchanged (same array). */
export function recordSend(record: readonly SiteSends[], obs: SendObservation): readonly SiteSends[] {
  if (obs.kinds.length === 0 && !obs.unreadable) return record;
  const at = record.findIndex((s) => s.site === obs.destination.site);
  const before: SiteSends | undefined = record[at];
  if (!before && record.length >= MAX_SITES) return record;
  const matched = obs.kinds.length > 0;
  const next: SiteSends = {
    site: obs.destination.site,
    kinds: [...new Set([...(before?.kinds ?? []), ...obs.kinds])],
    vias: matched && !before?.vias.includes(obs.via) ? [...(before?.vias ?? []), obs.via] : (before?.vias ?? []),
    secure: (before?.secure ?? true) && (!matched || obs.destination.secure),
    party: obs.destination.party,
    listed: obs.listed ?? before?.listed ?? null,
    lookalike: obs.lookalike ?? before?.lookalike ?? null,
    unreadable: (before?.unreadable ?? 0) + (obs.unreadable ? 1 : 0),
  };
  return before ? record.map((s, i) => (i === at ? next : s)) : [...record, next];
}

/**
 * A send the person must be told about: a recognised value went over plain HTTP, to a listed site or a
 * lookalike, or to another site that is not where the page's own forms send (`formSites`, already judged with
 * the page). A send to the page's own site over HTTPS is expected.
 */
export function isRiskySend(s: SiteSends, formSites: readonly string[]): boolean {
  if (s.kinds.length === 0) return false;
  if (!s.secure || s.listed !== null || s.lookalike !== null) return true;
  return s.party === 'third' && !formSites.includes(s.site);
}

/** A destination as the popup and the scanner see it: the record, and whether the person must be told. */
export interface SendView extends SiteSends {
  risky: boolean;
}

/** The record as shown; a destination the person or the organisation trusts is never risky. */
export function sendViews(
  record: readonly SiteSends[],
  formSites: readonly string[],
  isTrusted: (site: string) => boolean,
): SendView[] {
  return record.map((s) => ({ ...s, risky: isRiskySend(s, formSites) && !isTrusted(s.site) }));
}

/** A risky send makes a quiet page a caution; a danger page stays danger. */
export function levelWithSends<L extends 'danger' | 'caution' | 'ok' | 'trusted'>(
  level: L,
  sends: readonly SendView[],
): L | 'caution' {
  return sends.some((s) => s.risky) && (level === 'ok' || level === 'trusted') ? 'caution' : level;
}

/**
 * What a tab's notice of sends has told: the destination it named, and whether the page it was shown on is gone
 * (kept by the background for the tab's life, kinds and sites only).
 */
export interface SentNotice {
  site: string;
  pageGone: boolean;
}

/**
 * The destination the notice names now, if any: the "shows a notice once per tab". The tab's first risky
 * send is told; a later one to another site, or on a later page of the same tab, is not (the popup and the level
 * still show every one). `told` is the tab's notice so far; the result says what it becomes.
 */
export function sentNoticeFor(
  told: SentNotice | undefined,
  sends: readonly SendView[],
): { site: string | null; told: SentNotice | undefined } {
  if (told)
    return { site: told.pageGone || !sends.some((s) => s.risky && s.site === told.site) ? null : told.site, told };
  const first = sends.find((s) => s.risky);
  return first ? { site: first.site, told: { site: first.site, pageGone: false } } : { site: null, told };
}
