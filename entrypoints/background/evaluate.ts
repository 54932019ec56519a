// Turns what the frames of a tab reported into a verdict, the popup's view and the scanner's advice.
// The deciding is done by pure lib functions; this module gathers their inputs.
import { composeTab, badgeText } from '../../lib/report/compose-tab';
import { judgePage } from '../../lib/risk/judge-page';
import { noticeKey } from '../../lib/risk/notice-key';
import { siteInfo, hostOf } from '../../lib/site/registrable-domain';
import { noticeSiteFor, ruleSiteFor } from '../../lib/settings/rule-key';
import { hostFactsOf } from '../../lib/risk/host-facts';
import type { Verdict } from '../../lib/risk/reason-codes';
import type { PageAdvice, TabView, Locale } from '../../lib/report/views';
import type { TabState } from '../../lib/report/tab-state';
import { catalogues, listedDetail } from './catalogues';
import { effective } from './settings';
import { statusOf, isPaused, isTrustedHost, isManagedStatus } from './rules';
import { noticesItem, breachNotifyItem } from '../../lib/storage/items';
import { breachesToNotify } from '../../lib/breaches/notify';
import { breachView } from './catalogues';
import { uiLocale } from './locale';
import { sendsOf, sentNoticeSite } from './sends';
import { levelWithSends, sendViews } from '../../lib/sends/record';
import { registrableDomain } from '../../lib/site/registrable-domain';

export interface Evaluation {
  verdict: Verdict;
  view: TabView;
  advice: PageAdvice;
}

export async function evaluate(tabId: number, state: TabState): Promise<Evaluation> {
  const [eff, cats, notices, notified] = await Promise.all([
    effective(),
    catalogues(),
    noticesItem.get(),
    breachNotifyItem.get(),
  ]);
  const { settings } = eff;
  const composed = composeTab(state);
  const host = hostOf(composed.url) ?? '';
  const info = siteInfo(host);
  const ruleSite = host ? ruleSiteFor(host) : null;
  // Dismissals and breach notices are remembered by the site the person sees (handlers.ts noticeEvent).
  const noticeSite = host ? noticeSiteFor(host) : '';
  const sensitiveFields = composed.fields.length;
  const status = statusOf(host, eff);
  const paused = isPaused(host, eff);
  const breaches = host ? cats.breachesFor(host) : [];
  // Third parties are named only on pages that ask for sensitive data: other tools already cover the rest.
  const thirdParties =
    sensitiveFields > 0 && host
      ? await cats.thirdParties(host, composed.observations, settings.disabledBundledLists)
      : [];
  const trackers = thirdParties.filter((t) => t.tracker);
  const listing = host ? await cats.listing(host, settings.disabledBundledLists, composed.url) : null;
  const judged = judgePage(
    {
      url: composed.url,
      sensitiveFields,
      forms: composed.forms.map((f) => ({ action: f.action, sensitive: f.sensitive })),
      listedOn: listing ? listedDetail(listing) : null,
      listedInstitution: listing?.institution ?? false,
      imitates: host ? cats.imitates(host, [...settings.protectedDomains, ...eff.managed.protectedDomains]) : null,
      userStatus: status,
      breachIds: breaches.map((b) => b.id),
      relevantBreach: breaches.some((b) => b.healthOrId),
      trackers: trackers.map((t) => ({ site: t.site, capturesInput: t.capturesInput })),
    },
    { hostFacts: hostFactsOf, isTrusted: (h) => isTrustedHost(h, eff) },
  );
  // Observed sends: where the page's own sensitive forms send was judged above; anywhere else is news.
  const formSites = composed.forms.filter((f) => f.sensitive).map((f) => registrableDomain(hostOf(f.action) ?? ''));
  const sends = sendViews(sendsOf(tabId), formSites, (site) => isTrustedHost(site, eff));
  const verdict: Verdict = { ...judged, level: levelWithSends(judged.level, sends) };
  // The notice of a risky send names one destination, once per tab (a paused page tells nothing).
  const toldSite = paused ? null : sentNoticeSite(tabId, sends);
  const capturers = [...new Set(trackers.filter((t) => t.capturesInput).map((t) => t.company ?? t.site))];
  // Breaches are mentioned in the notice once per site and breach, within the recency window (lib/breaches/notify).
  const relevantForNotice = host
    ? breachesToNotify(noticeSite, cats.breachRecords(host), notified, Date.now()).map(breachView)
    : [];
  const key = noticeKey(
    verdict.reasons,
    relevantForNotice.map((b) => b.id),
    capturers,
  );
  const locale: Locale = await uiLocale(settings.language);
  const view: TabView = {
    tabId,
    url: composed.url,
    site: info.site,
    ruleSite,
    badge: paused ? '' : badgeText(composed.fields),
    level: verdict.level,
    reasons: verdict.reasons,
    fields: paused ? [] : composed.fields,
    breaches,
    thirdParties,
    siteStatus: status,
    statusManaged: isManagedStatus(host, eff),
    paused,
    noticeRemoved: state.noticeRemoved,
    truncated: composed.truncated,
    userContentHost: info.isPrivateSuffix,
    scanned: composed.scanned,
    sends,
  };
  const advice: PageAdvice = {
    site: info.site,
    ruleSite,
    level: verdict.level,
    reasons: verdict.reasons,
    locale,
    mode: settings.mode,
    eagerness: settings.eagerness,
    paused,
    submitCheck: eff.submitCheckMandatory ? 'mandatory' : settings.submitCheck,
    bypassAllowed: eff.bypassAllowed,
    noticeKey: key,
    noticeDismissed: notices.dismissed[noticeSite] === key,
    breaches: relevantForNotice,
    inputCapturers: capturers,
    trustedDestinations: [
      ...new Set(composed.forms.map((f) => hostOf(f.action) ?? '').filter((h) => h !== '' && isTrustedHost(h, eff))),
    ],
    sentAlerts: sends
      .filter((s) => s.site === toldSite)
      .map(({ site, kinds, vias, secure }) => ({ site, kinds, vias, secure })),
  };
  return { verdict, view, advice };
}
