// The danger page: before a blocklisted site, a lookalike of a protected domain or a site the person blocked
// loads in a tab, the tab is sent to our warning page instead. Nothing about the address leaves the machine.
import { browser } from 'wxt/browser';
import { allowOnceItem } from '../../lib/storage/items';
import { hostOf } from '../../lib/site/registrable-domain';
import { catalogues } from './catalogues';
import { effective } from './settings';
import { statusOf } from './rules';
import type { DangerView } from '../../lib/messaging/protocol';
import { uiLocale } from './locale';
import { clearForSession, gated, isAllowedOnce, permitOnce } from './blocking';
import { safeUrl } from '../../lib/report/safe-url';
import { ruleSiteFor } from '../../lib/settings/rule-key';

/**
 * The full address (query included) of a page stopped by the danger page, held in memory only: the danger
 * page's own address and every stored permission carry the address without query and fragment, because a GET
 * form puts what a person typed there. If the worker restarts in between, "continue" opens the address
 * without its query, which loses a search but never keeps a typed value.
 */
const stopped = new Map<string, string>();
const MAX_STOPPED = 20;

function rememberStopped(url: string): void {
  const key = safeUrl(url);
  stopped.delete(key);
  stopped.set(key, url);
  for (const old of stopped.keys()) {
    if (stopped.size <= MAX_STOPPED) break;
    stopped.delete(old);
  }
}

/** The address to continue to: the full one held in memory when it matches, else the one given. */
export function fullAddressOf(url: string): string {
  return stopped.get(safeUrl(url)) ?? url;
}

/** The danger page's own address, without the stopped address it is given. */
const dangerPage = () => browser.runtime.getURL('/danger.html');

export function dangerPageUrl(url: string): string {
  return dangerPage() + '?u=' + encodeURIComponent(safeUrl(url));
}

export async function dangerReasons(url: string): Promise<DangerView['reasons']> {
  const host = hostOf(url);
  if (!host) return [];
  const [eff, cats] = await Promise.all([effective(), catalogues()]);
  const status = statusOf(host, eff);
  if (status === 'trusted') return [];
  const reasons: DangerView['reasons'] = [];
  if (status === 'blocked') reasons.push({ code: 'user_blocked' });
  // An abused institution's listed site is a caution shown on the page itself, never the danger page.
  const listed = await cats.listing(host, eff.settings.disabledBundledLists, url);
  if (listed && !listed.institution) reasons.push({ code: 'blocklisted', detail: listed.title });
  const imitated = cats.imitates(host, [...eff.settings.protectedDomains, ...eff.managed.protectedDomains]);
  if (imitated) reasons.push({ code: 'lookalike', detail: imitated });
  return reasons;
}

export async function dangerView(url: string): Promise<DangerView> {
  const eff = await effective();
  return {
    url: fullAddressOf(url),
    site: hostOf(url) ?? '',
    ruleSite: ruleSiteFor(hostOf(url) ?? ''),
    reasons: await dangerReasons(url),
    bypassAllowed: eff.bypassAllowed,
    locale: await uiLocale(eff.settings.language),
  };
}

/**
 * "Continue once" lets the next load of that address through. The permission is used up when the document
 * commits (not when the navigation starts: a browser may announce the same navigation more than once).
 */
export async function consumeAllowOnce(url: string): Promise<void> {
  const key = safeUrl(url);
  await allowOnceItem.update((list) => (list.includes(key) ? list.filter((u) => u !== key) : list));
  await permitOnce(key, false);
}

/**
 * Tabs being sent to the danger page, by tab: the (query-free) address stopped. Two events lead there in Chrome: the
 * navigation's start, and the rules refusing its request (which leaves Chrome's own error page if nothing else
 * moves the tab). Whichever is judged first sends the tab; the other finds it on its way. Cleared when the tab
 * commits a page (the danger page, or wherever the person went instead), so a later visit is stopped again.
 */
const sending = new Map<number, string>();

/** A tab committed a top-level page or closed: a later visit to a stopped address is stopped again. */
export function forgetSending(tabId: number): void {
  sending.delete(tabId);
}

type OnDanger = (tabId: number, url: string, reasons: DangerView['reasons']) => void;

async function sendToDangerPage(tabId: number, url: string, reasons: DangerView['reasons'], onDanger: OnDanger) {
  const key = safeUrl(url);
  if (sending.get(tabId) === key) return;
  sending.set(tabId, key);
  rememberStopped(url);
  onDanger(tabId, url, reasons);
  await browser.tabs.update(tabId, { url: dangerPageUrl(url) }).catch(() => sending.delete(tabId));
}

/** The reasons a top-level navigation to `url` is stopped: danger-level and not let through once; else none. */
async function stopReasons(url: string): Promise<DangerView['reasons']> {
  const reasons = await dangerReasons(url);
  return reasons.length > 0 && !(await isAllowedOnce(url)) ? reasons : [];
}

export function watchNavigations(onDanger: OnDanger): void {
  browser.webNavigation.onBeforeNavigate.addListener((details) => {
    if (!/^https?:/.test(details.url)) return;
    if (details.frameId !== 0) {
      rememberFrameStart(`${details.tabId}:${details.frameId}`, details.url);
      return;
    }
    void (async () => {
      const reasons = await stopReasons(details.url);
      if (reasons.length > 0) await sendToDangerPage(details.tabId, details.url, reasons, onDanger);
    })();
  });
  watchRefused(onDanger);
}

/**
 * Chrome: a request the rules refused (ERR_BLOCKED_BY_CLIENT), judged once. Danger-level in the top frame: the tab
 * goes to the danger page — the navigation's start normally moved it already; this covers a start that was not
 * judged (a worker busy or restarting when it began), so the person never sees Chrome's bare error page for a site
 * we stopped. Not danger-level but held back by the lookalike gate (blocking.ts): the engine cleared the host, so it
 * is let through for the session and loaded again — the top frame by the tab, a frame by its parent (in the
 * extension's isolated world, so the page sees only the frame load again). Firefox never gets here: its request
 * listener asks the engine before the request.
 */
function watchRefused(onDanger: OnDanger): void {
  browser.webNavigation.onErrorOccurred.addListener((details) => {
    if (!details.error.includes('ERR_BLOCKED_BY_CLIENT') || !/^https?:/.test(details.url)) return;
    void (async () => {
      const reasons = await dangerReasons(details.url);
      if (reasons.length > 0) {
        if (details.frameId !== 0 || (await isAllowedOnce(details.url))) return;
        const tab = await browser.tabs.get(details.tabId).catch(() => null);
        // Already on its way somewhere (the danger page, or the person's next address), or already there.
        if (!tab || tab.pendingUrl || tab.url?.startsWith(dangerPage())) return;
        await sendToDangerPage(details.tabId, details.url, reasons, onDanger);
        return;
      }
      if (!(await gated(details.url))) return;
      await clearForSession(details.url);
      if (details.frameId === 0) {
        await browser.tabs.update(details.tabId, { url: details.url });
        return;
      }
      const parentFrameId = (details as { parentFrameId?: number }).parentFrameId;
      if (parentFrameId === undefined || parentFrameId < 0) return;
      // A frame that reached the held-back host through a redirect has another address in its parent's page.
      const started = frameStarts.get(`${details.tabId}:${details.frameId}`) ?? details.url;
      await browser.scripting
        .executeScript({
          target: { tabId: details.tabId, frameIds: [parentFrameId] },
          func: reloadFramesAt,
          args: [[...new Set([details.url, started])]],
        })
        .catch(() => undefined);
    })();
  });
}

export async function allowOnce(url: string): Promise<void> {
  const key = safeUrl(url);
  await allowOnceItem.update((list) => [...list.filter((u) => u !== key), key]);
  await permitOnce(key, true);
}

/**
 * Where each frame's latest navigation began, by tab and frame: Chrome reports a held-back frame at the address it
 * refused, which after a redirect is not the address the parent's page gave the frame. In memory only, for the
 * last few hundred frame navigations.
 */
const frameStarts = new Map<string, string>();
const MAX_FRAME_STARTS = 200;

function rememberFrameStart(key: string, url: string): void {
  frameStarts.delete(key);
  frameStarts.set(key, url);
  for (const old of frameStarts.keys()) {
    if (frameStarts.size <= MAX_FRAME_STARTS) break;
    frameStarts.delete(old);
  }
}

/** Runs in the parent frame's isolated world: frames given one of `urls` load their address again. */
function reloadFramesAt(urls: string[]): void {
  for (const frame of Array.from(document.querySelectorAll('iframe, frame'))) {
    const f = frame as HTMLIFrameElement;
    if (urls.includes(f.src)) f.contentWindow?.location.replace(f.src);
  }
}
