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
import { ruleSiteFor } from '../../lib/settings/rule-key';

export function dangerPageUrl(url: string): string {
  return browser.runtime.getURL('/danger.html') + '?u=' + encodeURIComponent(url);
}

export async function dangerReasons(url: string): Promise<DangerView['reasons']> {
  const host = hostOf(url);
  if (!host) return [];
  const [eff, cats] = await Promise.all([effective(), catalogues()]);
  const status = statusOf(host, eff);
  if (status === 'trusted') return [];
  const reasons: DangerView['reasons'] = [];
  if (status === 'blocked') reasons.push({ code: 'user_blocked' });
  const listed = await cats.listedOn(host, eff.settings.disabledBundledLists);
  if (listed) reasons.push({ code: 'blocklisted', detail: listed });
  const imitated = cats.imitates(host, [...eff.settings.protectedDomains, ...eff.managed.protectedDomains]);
  if (imitated) reasons.push({ code: 'lookalike', detail: imitated });
  return reasons;
}

export async function dangerView(url: string): Promise<DangerView> {
  const eff = await effective();
  return {
    url,
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
  await allowOnceItem.update((list) => (list.includes(url) ? list.filter((u) => u !== url) : list));
}

export function watchNavigations(onDanger: (tabId: number, url: string) => void): void {
  browser.webNavigation.onBeforeNavigate.addListener((details) => {
    if (details.frameId !== 0 || !/^https?:/.test(details.url)) return;
    void (async () => {
      const reasons = await dangerReasons(details.url);
      if (reasons.length === 0) return;
      if ((await allowOnceItem.get()).includes(details.url)) return;
      onDanger(details.tabId, details.url);
      await browser.tabs.update(details.tabId, { url: dangerPageUrl(details.url) });
    })();
  });
}

export async function allowOnce(url: string): Promise<void> {
  await allowOnceItem.update((list) => [...list.filter((u) => u !== url), url]);
}
