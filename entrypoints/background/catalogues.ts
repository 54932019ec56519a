// The background's catalogues: bundled reputation lists (plus whole lists downloaded from sources the person
// or the organisation turned on), protected domains for lookalike checks, breaches and trackers. Loaded once
// per background start, lazily, and kept in memory; pages never receive them whole.
import { browser } from 'wxt/browser';
import bundledMeta from '../../lib/reputation/data/bundled-lists.meta.json';
import type { ThirdPartyObservation } from '../../lib/report/types';
import type { BreachView, ThirdPartyView } from '../../lib/report/views';
import { bundledTrackerCatalogue } from '../../lib/trackers/catalogue';
import { createTrackerIndex } from '../../lib/trackers/tracker-index';
import { classifyThirdParties, countsAsTracker } from '../../lib/trackers/classify';
import {
  BUNDLED_CATALOGUE,
  createBreachIndex,
  mergeCatalogues,
  orderByRelevance,
  isHealthOrId,
  attributionKey,
  recordsSourceOf,
  type Breach,
} from '../../lib/breaches';
import { importedBreachesItem, downloadedListsItem } from '../../lib/storage/items';
import { loadHashList, lookupHost, type HashList } from '../../lib/reputation/hash-list';
import { createShardedList, type ShardedList, type ShardMeta } from '../../lib/reputation/sharded-list';
import { createLookalikeIndex, type LookalikeIndex } from '../../lib/reputation/lookalike';
import { BUNDLED_PROTECTED_DOMAINS, userProtectedDomains } from '../../lib/reputation/protected-domains';
import { fromBase64 } from '../../lib/reputation/base64';
import { institutionIndex, isInstitutionHost, matchesUrlPrefix } from '../../lib/reputation/list-scope.mjs';
import trackerCatalogueData from '../../lib/trackers/data/catalogue.json';

export interface ListInfo {
  id: string;
  title: string;
  entries: number;
  licence: string;
  attribution: string;
}

/** An enabled list naming a host (or, on a shared host, the address's path prefix). */
export interface Listing {
  title: string;
  /** The list's source date, when known (bundled lists). */
  date: string | null;
  /** The host is a public body's or regulated institution's own: its site was abused (a caution, not danger). */
  institution: boolean;
}

/** The `blocklisted` detail: the list, and for an abused institution's site also the list's date. */
export function listedDetail(l: Listing): string {
  return l.institution && l.date ? `${l.title}, ${l.date}` : l.title;
}

export interface Catalogues {
  /** Title of the enabled list naming the host or one of its parents. */
  listedOn(host: string, disabled: readonly string[]): Promise<string | null>;
  /** The listing behind listedOn, with its date and scope; `url` also matches full addresses on shared hosts. */
  listing(host: string, disabled: readonly string[], url?: string): Promise<Listing | null>;
  /** The protected domain the host imitates. */
  imitates(host: string, extraProtected: readonly string[]): string | null;
  breachesFor(host: string, options?: { thirdParty?: boolean }): BreachView[];
  /** The catalogue entries behind the views, for notify-once decisions. */
  breachRecords(host: string): Breach[];
  /** Other sites on the page; `tracker` marks the ones counted for `third_party_trackers`. */
  thirdParties(
    pageHost: string,
    observations: readonly ThirdPartyObservation[],
    disabled: readonly string[],
  ): Promise<Array<ThirdPartyView & { tracker: boolean }>>;
  lists(): ListInfo[];
  breachAttribution: string;
  breachEntries: number;
  importedBreaches: number;
}

export const diagnostics = {
  /** From asking for the bundled list's index to being able to answer lookups. */
  reputationReadyMs: null as number | null,
  /** The first lookup after the start, reading the shards it needs. */
  firstLookupMs: null as number | null,
  startedAt: new Date().toISOString(),
};

let loaded: Promise<Catalogues> | null = null;

export function breachView(b: Breach): BreachView {
  return {
    id: b.id,
    title: b.title,
    ...(b.titleId !== undefined ? { titleId: b.titleId } : {}),
    date: b.breachDate,
    dateIsDisclosure: b.dateIsDisclosure === true,
    records: b.records,
    recordsIsClaim: b.recordsIsClaim,
    recordsSource: recordsSourceOf(b),
    dataClasses: b.dataClasses,
    status: b.status,
    ...(b.statusNote !== undefined ? { statusNote: b.statusNote } : {}),
    ...(b.statusNoteId !== undefined ? { statusNoteId: b.statusNoteId } : {}),
    sources: b.sources,
    origin: attributionKey(b) === 'hibp' ? 'hibp' : 'curated',
    healthOrId: isHealthOrId(b.dataClasses),
    sensitive: b.sensitive === true,
  };
}

interface LoadedList {
  list: HashList;
  infos: ListInfo[];
}

/** The bundled list: its small index now, its shards when a lookup needs them (lib/reputation/sharded-list.ts). */
async function loadBundledLists(): Promise<{ list: ShardedList; infos: ListInfo[] }> {
  const started = performance.now();
  const meta: ShardMeta = __JAGA_LIST_SHARDS__;
  const list = createShardedList(meta, async (index) => {
    const name = `/data/lists/shard-${String(index).padStart(2, '0')}.bin`;
    return (await fetch(browser.runtime.getURL(name as '/'))).arrayBuffer();
  });
  diagnostics.reputationReadyMs = performance.now() - started;
  const infos = bundledMeta.lists.map((l) => ({
    id: l.id,
    title: l.title,
    entries: l.entries,
    licence: l.licence,
    attribution: l.attribution,
  }));
  return { list, infos };
}

/** Whole lists downloaded from sources, kept as the compact binary (base64 in storage). */
async function loadDownloadedLists(): Promise<LoadedList[]> {
  const stored = await downloadedListsItem.get();
  const out: LoadedList[] = [];
  for (const [id, b64] of Object.entries(stored)) {
    try {
      const list = loadHashList(fromBase64(b64));
      out.push({
        list,
        infos: list.lists.map((l) => ({
          id: l.id,
          title: l.title || id,
          entries: l.entries,
          licence: l.licence ?? '',
          attribution: l.attribution ?? '',
        })),
      });
    } catch {
      // A damaged download is ignored; the next refresh replaces it.
    }
  }
  return out;
}

let lookalikeCache: { key: string; index: LookalikeIndex } | null = null;

function lookalikeIndex(extra: readonly string[]): LookalikeIndex {
  const key = [...extra].sort().join(',');
  if (!lookalikeCache || lookalikeCache.key !== key) {
    lookalikeCache = {
      key,
      index: createLookalikeIndex([...BUNDLED_PROTECTED_DOMAINS, ...userProtectedDomains([...extra])]),
    };
  }
  return lookalikeCache.index;
}

async function load(): Promise<Catalogues> {
  const trackers = createTrackerIndex(bundledTrackerCatalogue());
  const [imported, bundled, downloaded] = await Promise.all([
    importedBreachesItem.get(),
    loadBundledLists(),
    loadDownloadedLists(),
  ]);
  const breachCatalogue = imported.length ? mergeCatalogues(BUNDLED_CATALOGUE, imported).catalogue : BUNDLED_CATALOGUE;
  const breaches = createBreachIndex(breachCatalogue);
  const hibp = breachCatalogue.attribution.hibp;
  const allLists = [bundled, ...downloaded];
  const titles = new Map(allLists.flatMap((l) => l.infos.map((i) => [i.id, i.title] as const)));
  const dates = new Map(bundledMeta.lists.map((l) => [l.id, l.sourceDate] as const));
  const institutions = institutionIndex(BUNDLED_PROTECTED_DOMAINS);
  const urlPrefixes = bundledMeta.urlPrefixes as Array<{ prefix: string; listId: string }>;
  let firstLookup = true;
  const cats: Catalogues = {
    async listing(host, disabled, url) {
      let listId: string | null = null;
      const title = await cats.listedOn(host, disabled);
      if (title !== null) listId = [...titles].find(([, t]) => t === title)?.[0] ?? null;
      else if (url) {
        const hit = urlPrefixes.find((p) => !disabled.includes(p.listId) && matchesUrlPrefix(url, p.prefix));
        if (hit) listId = hit.listId;
      }
      if (title === null && listId === null) return null;
      return {
        title: title ?? titles.get(listId!) ?? listId!,
        date: listId ? (dates.get(listId) ?? null) : null,
        institution: isInstitutionHost(host, institutions),
      };
    },
    async listedOn(host, disabled) {
      const started = performance.now();
      const bundledHit = await bundled.list.lookup(host);
      if (firstLookup) {
        firstLookup = false;
        diagnostics.firstLookupMs = performance.now() - started;
      }
      if (bundledHit && !disabled.includes(bundledHit.listId))
        return titles.get(bundledHit.listId) ?? bundledHit.listId;
      for (const { list } of downloaded) {
        const hit = lookupHost(list, host);
        if (hit && !disabled.includes(hit.listId)) return titles.get(hit.listId) ?? hit.listId;
      }
      return null;
    },
    imitates: (host, extra) => lookalikeIndex(extra).check(host)?.imitates ?? null,
    breachRecords: (host) => orderByRelevance(breaches.forHost(host)),
    breachesFor: (host, options) => orderByRelevance(breaches.forHost(host, options)).map(breachView),
    thirdParties: (pageHost, observations, disabled) =>
      Promise.all(
        classifyThirdParties(pageHost, observations, trackers).map(async (tp) => ({
          site: tp.site,
          company: tp.company,
          category: tp.category,
          capturesInput: tp.capturesInput,
          captureSources: tp.captureSources,
          loadsOthers: tp.loadsOthers,
          // The same breach and reputation lookups as for the site itself.
          breaches: cats.breachesFor(tp.host, { thirdParty: true }).map((b) => b.id),
          listed: await cats.listedOn(tp.host, disabled),
          tracker: countsAsTracker(tp),
        })),
      ),
    lists: () => allLists.flatMap((l) => l.infos),
    breachAttribution: hibp ? `${hibp.text} (${hibp.licence})` : '',
    breachEntries: breachCatalogue.breaches.length,
    importedBreaches: imported.length,
  };
  return cats;
}

/** Versions of the bundled and downloaded lists, recorded with each warning so a review can tell which data spoke. */
export async function catalogueVersions(): Promise<Record<string, string>> {
  return {
    reputation: bundledMeta.builtFrom,
    breaches: BUNDLED_CATALOGUE.generated,
    trackers: String(trackerCatalogueData.version),
  };
}

export function catalogues(): Promise<Catalogues> {
  loaded ??= load();
  return loaded;
}

/** After an import or a download, the next question loads the catalogues afresh. */
export function reloadCatalogues(): void {
  loaded = null;
}
