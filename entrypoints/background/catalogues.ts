// The background's catalogues: bundled reputation lists, protected domains for lookalike checks, breaches and
// trackers. Loaded once per background start, lazily, and kept in memory; pages never receive them whole.
import type { ThirdPartyObservation } from '../../lib/report/types';
import type { BreachView, ThirdPartyView } from '../../lib/report/views';
import { bundledTrackerCatalogue } from '../../lib/trackers/catalogue';
import { createTrackerIndex } from '../../lib/trackers/tracker-index';
import { classifyThirdParties, countsAsTracker } from '../../lib/trackers/classify';
import { BUNDLED_CATALOGUE, createBreachIndex, mergeCatalogues, orderByRelevance, isHealthOrId, attributionKey, type Breach } from '../../lib/breaches';
import { importedBreachesItem } from '../../lib/storage/items';

export interface ListInfo {
  id: string;
  title: string;
  entries: number;
  licence: string;
  attribution: string;
}

export interface Catalogues {
  /** Title of the enabled list naming the host or one of its parents. */
  listedOn(host: string, disabled: readonly string[]): string | null;
  /** The protected domain the host imitates. */
  imitates(host: string, extraProtected: readonly string[]): string | null;
  breachesFor(host: string, options?: { thirdParty?: boolean }): BreachView[];
  /** The catalogue entries behind the views, for notify-once decisions. */
  breachRecords(host: string): Breach[];
  /** Other sites on the page; `tracker` marks the ones counted for `third_party_trackers`. */
  thirdParties(pageHost: string, observations: readonly ThirdPartyObservation[]): Array<ThirdPartyView & { tracker: boolean }>;
  lists(): ListInfo[];
  breachAttribution: string;
  breachEntries: number;
}

export const diagnostics = { reputationReadyMs: null as number | null, startedAt: new Date().toISOString() };

let loaded: Promise<Catalogues> | null = null;

export function breachView(b: Breach): BreachView {
  return {
    id: b.id,
    title: b.title,
    date: b.breachDate,
    records: b.records,
    recordsIsClaim: b.recordsIsClaim,
    dataClasses: b.dataClasses,
    status: b.status,
    sources: b.sources,
    origin: attributionKey(b) === 'hibp' ? 'hibp' : 'curated',
    healthOrId: isHealthOrId(b.dataClasses),
    sensitive: b.sensitive === true,
  };
}

async function load(): Promise<Catalogues> {
  const trackers = createTrackerIndex(bundledTrackerCatalogue());
  const imported = await importedBreachesItem.get();
  const breachCatalogue = imported.length ? mergeCatalogues(BUNDLED_CATALOGUE, imported).catalogue : BUNDLED_CATALOGUE;
  const breaches = createBreachIndex(breachCatalogue);
  const hibp = breachCatalogue.attribution.hibp;
  const cats: Catalogues = {
    listedOn: () => null,
    imitates: () => null,
    breachRecords: (host) => orderByRelevance(breaches.forHost(host)),
    breachesFor: (host, options) => orderByRelevance(breaches.forHost(host, options)).map(breachView),
    thirdParties: (pageHost, observations) =>
      classifyThirdParties(pageHost, observations, trackers).map((tp) => ({
        site: tp.site,
        company: tp.company,
        category: tp.category,
        capturesInput: tp.capturesInput,
        loadsOthers: tp.loadsOthers,
        // The same breach and reputation lookups as for the site itself.
        breaches: cats.breachesFor(tp.host, { thirdParty: true }).map((b) => b.id),
        listed: cats.listedOn(tp.host, []),
        tracker: countsAsTracker(tp),
      })),
    lists: () => [],
    breachAttribution: hibp ? `${hibp.text} (${hibp.licence})` : '',
    breachEntries: breachCatalogue.breaches.length,
  };
  return cats;
}

/** Versions of the bundled and downloaded lists, recorded with each warning so a review can tell which data spoke. */
export async function catalogueVersions(): Promise<Record<string, string>> {
  return {};
}

export function catalogues(): Promise<Catalogues> {
  loaded ??= load();
  return loaded;
}

/** After an import or a download, the next question loads the catalogues afresh. */
export function reloadCatalogues(): void {
  loaded = null;
}
