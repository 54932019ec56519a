// Breach lookup by site: a breach of kemkes.go.id shows on sirs.kemkes.go.id, a breach listing several domains
// shows on each of them, and the same index answers for the page's own site and for the third parties it loads.
import { siteKeysForHost } from './domains';
import { orderByRelevance } from './relevance';
import type { Breach, BreachCatalogue } from './types';

export interface ForHostOptions {
  /**
   * The host is a third party of the page (a script, a form destination on another site), not the site the person
   * is on. Breaches HIBP marks sensitive are then left out: they are shown only on that very site.
   */
  thirdParty?: boolean;
}

export interface BreachIndex {
  /** Breaches of the host's site, most relevant first (health and ID data, then newest); [] when none. */
  forHost(host: string, options?: ForHostOptions): Breach[];
  /** Every breach held, after de-duplication. */
  readonly breaches: readonly Breach[];
}

/**
 * When a curated entry re-expresses an HIBP breach (same hibpName), the curated one wins: it carries our status
 * note and sources, and showing both would count one incident twice.
 */
function withoutSuperseded(breaches: readonly Breach[]): Breach[] {
  const curatedHibp = new Set(
    breaches.filter((b) => b.origin === 'curated' && b.hibpName !== undefined).map((b) => b.hibpName),
  );
  const seen = new Set<string>();
  const out: Breach[] = [];
  for (const b of breaches) {
    if (seen.has(b.id)) continue;
    if (b.origin === 'hibp' && b.hibpName !== undefined && curatedHibp.has(b.hibpName)) continue;
    seen.add(b.id);
    out.push(b);
  }
  return out;
}

export function createBreachIndex(source: BreachCatalogue | readonly Breach[]): BreachIndex {
  const all = withoutSuperseded(Array.isArray(source) ? source : (source as BreachCatalogue).breaches);
  const bySite = new Map<string, Breach[]>();
  for (const breach of all) {
    for (const domain of new Set(breach.domains)) {
      const list = bySite.get(domain);
      if (list) list.push(breach);
      else bySite.set(domain, [breach]);
    }
  }
  return {
    breaches: all,
    forHost(host: string, options: ForHostOptions = {}): Breach[] {
      if (typeof host !== 'string') return [];
      const found = new Map<string, Breach>();
      for (const key of siteKeysForHost(host)) {
        for (const b of bySite.get(key) ?? []) {
          if (options.thirdParty && b.sensitive) continue;
          found.set(b.id, b);
        }
      }
      return found.size === 0 ? [] : orderByRelevance([...found.values()]);
    },
  };
}
