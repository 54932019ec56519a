// Lookups over the catalogue: which entry a host belongs to (longest matching domain wins, so
// analytics.twitter.com finds the pixel while platform.twitter.com finds the embeds) and which company
// owns a registrable domain.
import { normalizeHost } from './host';
import type { CompanyEntry, TrackerCatalogue, TrackerEntry } from './types';

export interface TrackerIndex {
  /** The catalogue entry for a host, or null when no entry names it or a parent of it. */
  trackerFor(host: string): TrackerEntry | null;
  /** The company that owns a registrable domain, or null. */
  companyForSite(site: string): CompanyEntry | null;
  companyById(id: string): CompanyEntry | null;
}

export function createTrackerIndex(catalogue: TrackerCatalogue): TrackerIndex {
  const byDomain = new Map<string, TrackerEntry>();
  for (const t of catalogue.trackers) for (const d of t.domains) byDomain.set(d, t);
  const companies = new Map<string, CompanyEntry>();
  const bySite = new Map<string, CompanyEntry>();
  for (const c of catalogue.companies) {
    companies.set(c.id, c);
    for (const d of c.domains) bySite.set(d, c);
  }
  return {
    trackerFor(host) {
      let candidate = normalizeHost(host);
      while (candidate) {
        const hit = byDomain.get(candidate);
        if (hit) return hit;
        const dot = candidate.indexOf('.');
        candidate = dot < 0 ? null : candidate.slice(dot + 1);
      }
      return null;
    },
    companyForSite: (site) => bySite.get(site) ?? null,
    companyById: (id) => companies.get(id) ?? null,
  };
}
