// Observed sends (issue 18): on a tab where a person typed a value the scanner recognised, watch the tab's
// outgoing requests (non-blocking, with bodies, filtered to that tab) and match what they carry against the
// keyed digests the scanner sent. One listener per watched tab, added with the first digest and removed when
// the page goes (navigation, closed tab): a tab with no recognised value has no listener, so its requests never
// wake the background. Keys and digests live in this module's memory only, never in storage.
import { browser } from 'wxt/browser';
import type { FieldKind } from '../../lib/kinds/field-kinds';
import {
  candidateTokens,
  destinationOf,
  holdDigest,
  keyedDigest,
  matchedKinds,
  MAX_SITES,
  recordSend,
  sentNoticeFor,
  viaOf,
  type Digest,
  type HeldDigest,
  type RequestBody,
  type SendDigests,
  type SendObservation,
  type SendView,
  type SentNotice,
  type Shape,
  type SiteSends,
} from '../../lib/sends';
import { hostOf, registrableDomain } from '../../lib/site/registrable-domain';
import { catalogues, listedDetail } from './catalogues';
import { effective } from './settings';
import { isPaused } from './rules';

interface FrameKeys {
  key: string;
  digest: Digest;
  /** Kind and shape by digest, at most MAX_DIGESTS (lib/sends/digest-message.ts holdDigest), as the scanner holds
   * them: only candidates of these shapes are digested (lib/sends/shape.ts). */
  known: Map<string, HeldDigest>;
}

interface RequestDetails {
  tabId: number;
  frameId?: number;
  url: string;
  method: string;
  type: string;
  requestBody?: RequestBody | null;
}

type Listener = (details: RequestDetails) => void;

interface TabWatch {
  frames: Map<number, FrameKeys>;
  listener: Listener;
  pageSite: string;
  /** Observations of this page's requests still being looked at. */
  inFlight: Set<Promise<void>>;
  /** The tab's top-level navigation away from this page has started (its request was seen). */
  leaving: boolean;
  /** Values this page sent as it was being left (see `observeFor`). */
  late: SendObservation[];
}

const watches = new Map<number, TabWatch>();
/** What each tab's current page was seen sending (kinds and sites only). */
const records = new Map<number, readonly SiteSends[]>();
/** Sends made by the navigation that is replacing a tab's page: shown on the page it leads to. */
const carried = new Map<number, readonly SiteSends[]>();
/** What each tab's notice of sends has told (once per tab: lib/sends/record.ts sentNoticeFor). */
const notices = new Map<number, SentNotice>();
/** The observation of a tab's top-level navigation request, awaited before its new page is set up. */
const navigating = new Map<number, Promise<void>>();
let onChange: (tabId: number) => void = () => undefined;

type OnBeforeRequest = {
  addListener(l: Listener, filter: { urls: string[]; tabId: number }, extra: string[]): void;
  removeListener(l: Listener): void;
  hasListener(l: Listener): boolean;
};
const requests = (): OnBeforeRequest | null =>
  (browser as unknown as { webRequest?: { onBeforeRequest: OnBeforeRequest } }).webRequest?.onBeforeRequest ?? null;

function bytesOf(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Called after a tab's record changed (the background re-judges the tab). */
export function onSendsChanged(listener: (tabId: number) => void): void {
  onChange = listener;
}

export function sendsOf(tabId: number): readonly SiteSends[] {
  return records.get(tabId) ?? [];
}

/** The destination the tab's notice names now (at most one, once per tab), given the page's sends as shown. */
export function sentNoticeSite(tabId: number, sends: readonly SendView[]): string | null {
  const { site, told } = sentNoticeFor(notices.get(tabId), sends);
  if (told) notices.set(tabId, told);
  return site;
}

/** How many tabs have a request listener registered in the browser now (diagnostics; e2e proves 0). */
export function activeWatchers(): number {
  const api = requests();
  if (!api) return 0;
  return [...watches.values()].filter((w) => api.hasListener(w.listener)).length;
}

/** A frame's scanner sent its key and digests: watch the tab from now on (not on a page the person paused). */
export async function watchFrame(tabId: number, frameId: number, tabUrl: string, data: SendDigests): Promise<boolean> {
  const api = requests();
  if (!api || data.digests.length === 0) return false;
  if (isPaused(hostOf(tabUrl) ?? '', await effective())) return false;
  let watch = watches.get(tabId);
  if (!watch) {
    const listener: Listener = (details) => {
      if (details.tabId !== tabId) return;
      const seen = observe(tabId, details);
      const current = watches.get(tabId);
      if (details.type === 'main_frame') {
        navigating.set(tabId, seen);
        if (current) current.leaving = true;
      }
      current?.inFlight.add(seen);
      void seen.finally(() => current?.inFlight.delete(seen));
    };
    watch = {
      frames: new Map(),
      listener,
      pageSite: registrableDomain(hostOf(tabUrl) ?? ''),
      inFlight: new Set(),
      leaving: false,
      late: [],
    };
    watches.set(tabId, watch);
    api.addListener(listener, { urls: ['<all_urls>'], tabId }, ['requestBody']);
  }
  let frame = watch.frames.get(frameId);
  if (!frame || frame.key !== data.key) {
    const digest = await keyedDigest(crypto.subtle, bytesOf(data.key));
    frame = { key: data.key, digest, known: new Map() };
    watch.frames.set(frameId, frame);
  }
  for (const { kind, digest, shape } of data.digests) holdDigest(frame.known, digest, { kind, shape });
  return true;
}

async function observe(tabId: number, details: RequestDetails): Promise<void> {
  const watch = watches.get(tabId);
  if (!watch || details.url.startsWith(browser.runtime.getURL('/'))) return;
  try {
    await observeFor(tabId, watch, details);
  } catch {
    // A request we could not look at changes nothing.
  }
}

async function observeFor(tabId: number, watch: TabWatch, details: RequestDetails): Promise<void> {
  const destination = destinationOf(details.url, watch.pageSite);
  if (!destination) return;
  const shapes = new Set<Shape>();
  for (const frame of watch.frames.values()) for (const { shape } of frame.known.values()) shapes.add(shape);
  const candidates = candidateTokens({ url: details.url, body: details.requestBody ?? null }, shapes);
  const kinds = new Set<FieldKind>();
  for (const frame of watch.frames.values())
    for (const k of await matchedKinds(candidates, frame.digest, frame.known)) kinds.add(k);
  if (kinds.size === 0 && !candidates.unreadable) return;
  const [eff, cats] = await Promise.all([effective(), catalogues()]);
  const listing = await cats.listing(destination.host, eff.settings.disabledBundledLists, details.url);
  const observation = {
    destination,
    via: viaOf(details.type, details.method),
    kinds: [...kinds],
    unreadable: candidates.unreadable,
    listed: listing ? listedDetail(listing) : null,
    lookalike: cats.imitates(destination.host, [...eff.settings.protectedDomains, ...eff.managed.protectedDomains]),
  };
  // A top-level navigation that carried a value (a GET form, a POST) is shown on the page it leads to.
  if (details.type === 'main_frame' && kinds.size > 0)
    carried.set(tabId, recordSend([], { ...observation, unreadable: false }));
  // The page may have gone while we looked (the listener is removed on navigation), except by this very request:
  // a navigation that fails (an unreachable host) commits no new page and the record stays with the old one.
  // What the page sent as it was being left (a beacon its submit handler sent: Firefox starts the navigation's
  // request first, and may commit the next page before the beacon is looked at) is shown on the page it led to
  // too, with what the navigation carried: sendsDocumentCommitted waits for it.
  const gone = watches.get(tabId) !== watch;
  if ((gone || watch.leaving) && details.type !== 'main_frame' && kinds.size > 0 && watch.late.length < MAX_SITES)
    watch.late.push({ ...observation, unreadable: false });
  if (gone && details.type !== 'main_frame') return;
  const before = records.get(tabId) ?? [];
  const after = recordSend(before, observation);
  if (after === before) return;
  records.set(tabId, after);
  onChange(tabId);
}

/**
 * A frame's scanner went (its port closed): its key goes; with the last key, the tab's listener. The top frame's
 * key stays until the tab's next page commits (sendsDocumentCommitted) or the tab closes: Chromium replaces a
 * page whose form posts from HTTPS to plain HTTP with its "not secure" warning, which closes the port but commits
 * nothing, and a person who presses "Send anyway" sends the form from there; that send must still be seen.
 */
export function forgetFrameKeys(tabId: number, frameId: number): void {
  const watch = watches.get(tabId);
  if (!watch || frameId === 0) return;
  watch.frames.delete(frameId);
  if (watch.frames.size === 0) unwatch(tabId);
}

function unwatch(tabId: number): void {
  const watch = watches.get(tabId);
  if (!watch) return;
  requests()?.removeListener(watch.listener);
  watches.delete(tabId);
}

/**
 * A document committed in a frame: a new top page forgets every key, digest and listener of the tab, and keeps
 * only what the navigation itself carried; a frame's new document forgets that frame's key.
 */
export async function sendsDocumentCommitted(tabId: number, frameId: number): Promise<void> {
  if (frameId !== 0) {
    watches.get(tabId)?.frames.delete(frameId);
    return;
  }
  const gone = watches.get(tabId);
  unwatch(tabId);
  const told = notices.get(tabId);
  if (told) notices.set(tabId, { ...told, pageGone: true });
  const pending = navigating.get(tabId);
  navigating.delete(tabId);
  await Promise.all([pending, ...(gone?.inFlight ?? [])]);
  let kept = carried.get(tabId);
  carried.delete(tabId);
  for (const observation of gone?.late ?? []) kept = recordSend(kept ?? [], observation);
  if (kept) records.set(tabId, kept);
  else records.delete(tabId);
}

export function forgetSends(tabId: number): void {
  unwatch(tabId);
  navigating.delete(tabId);
  records.delete(tabId);
  carried.delete(tabId);
  notices.delete(tabId);
}
