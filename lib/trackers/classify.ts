// Turns the hosts a page reached into the third parties it shares data with: other registrable domains than
// the page's, minus the page owner's own domains (facebook.com loading fbcdn.net), known trackers marked.
// Ordered for display: those that can capture input, then trackers, then other known services, then unknown.
import type { ResourceVia, ThirdPartyObservation } from '../report/types';
import { registrableDomain } from '../site/registrable-domain';
import { normalizeHost } from './host';
import type { TrackerIndex } from './tracker-index';
import { TRACKER_CATEGORY, type ThirdParty, type TrackerEntry } from './types';

export const VIA_ORDER: readonly ResourceVia[] = ['script', 'frame', 'image', 'beacon', 'stylesheet', 'other'];

/** Whether a third party counts as a known tracker for the `third_party_trackers` finding. */
export function countsAsTracker(tp: ThirdParty): boolean {
  if (tp.capturesInput) return true;
  return tp.trackerId !== null && tp.category !== 'unknown' && TRACKER_CATEGORY[tp.category].tracking;
}

function rank(tp: ThirdParty): number {
  if (tp.capturesInput) return 0;
  if (countsAsTracker(tp)) return 1;
  if (tp.trackerId !== null) return tp.category !== 'unknown' && TRACKER_CATEGORY[tp.category].background ? 3 : 2;
  return tp.company !== null ? 4 : 5;
}

function compare(a: ThirdParty, b: ThirdParty): number {
  return (
    rank(a) - rank(b) ||
    a.site.localeCompare(b.site) ||
    (a.trackerId ?? '').localeCompare(b.trackerId ?? '') ||
    a.host.localeCompare(b.host)
  );
}

function describe(host: string, site: string, tracker: TrackerEntry | null, index: TrackerIndex): ThirdParty {
  const company = tracker ? index.companyById(tracker.company) : index.companyForSite(site);
  return {
    site,
    host,
    company: company?.name ?? null,
    product: tracker?.product ?? null,
    category: tracker?.category ?? 'unknown',
    capturesInput: tracker?.capturesInput ?? false,
    captureSources: tracker?.capturesInput ? [...tracker.sources] : [],
    via: [],
    trackerId: tracker?.id ?? null,
    loadsOthers: tracker?.loadsOthers ?? false,
  };
}

export function classifyThirdParties(
  pageHost: string,
  observed: readonly ThirdPartyObservation[],
  index: TrackerIndex,
): ThirdParty[] {
  const page = normalizeHost(pageHost);
  const pageSite = page === null ? null : registrableDomain(page);
  const pageCompany = pageSite === null ? null : (index.companyForSite(pageSite)?.id ?? null);
  const groups = new Map<string, { tp: ThirdParty; via: Set<ResourceVia> }>();
  for (const o of observed) {
    const host = normalizeHost(o.host);
    if (host === null) continue;
    const site = registrableDomain(host);
    if (site === pageSite) continue;
    const tracker = index.trackerFor(host);
    const ownerId = tracker ? tracker.company : (index.companyForSite(site)?.id ?? null);
    if (pageCompany !== null && ownerId === pageCompany) continue;
    const key = `${tracker?.id ?? ''}|${site}`;
    let group = groups.get(key);
    if (!group) {
      group = { tp: describe(host, site, tracker, index), via: new Set() };
      groups.set(key, group);
    }
    group.via.add(o.via);
  }
  const out = [...groups.values()].map(({ tp, via }) => ({ ...tp, via: VIA_ORDER.filter((v) => via.has(v)) }));
  return out.sort(compare);
}
