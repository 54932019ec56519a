// List sources the person or the organisation turned on: each is downloaded WHOLE (never a question about a
// site) from its address, checked, compiled, and only then replaces the previous copy. A failed, redirected,
// oversized or mostly unreadable download keeps the last good copy (lib/settings/list-download.ts decides).
// Off by default: with no enabled source, no request is ever made.
import { browser } from 'wxt/browser';
import { parseHostList } from '../../lib/reputation/host-list';
import { buildHashList } from '../../lib/reputation/hash-list';
import { toBase64 } from '../../lib/reputation/base64';
import { parseCatalogue, parseHibpJson, mergeCatalogues, BUNDLED_CATALOGUE } from '../../lib/breaches';
import { downloadedListsItem, importedBreachesItem, listSourcesItem } from '../../lib/storage/items';
import type { ListSource } from '../../lib/settings/types';
import { effective } from './settings';
import {
  listQualityProblem,
  readCapped,
  responseRefusal,
  withoutBundled,
  type ListSourceErrorCode,
} from '../../lib/settings/list-download';
import { reloadCatalogues } from './catalogues';
import { setListRule } from './blocking';
import { SHARED_HOST_INDEX } from '../../lib/settings/shared-hosts';
import { BUNDLED_PROTECTED_DOMAINS } from '../../lib/reputation/protected-domains';
import {
  institutionIndex,
  isDangerEntry,
  sharedHostKind,
  withoutListedParents,
} from '../../lib/reputation/list-scope.mjs';

const INSTITUTIONS = institutionIndex(BUNDLED_PROTECTED_DOMAINS);

const ALARM = 'jaga-data:refresh-list-sources';
const REFRESH_MINUTES = 24 * 60;
const BUNDLED_BREACH_IDS = new Set(BUNDLED_CATALOGUE.breaches.map((b) => b.id));

export interface RefreshResult {
  id: string;
  ok: boolean;
  error?: ListSourceErrorCode;
  entries?: number;
}

class Refused extends Error {
  constructor(readonly code: ListSourceErrorCode) {
    super(code);
  }
}

async function download(url: string): Promise<string> {
  const response = await fetch(url, {
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'manual',
    referrerPolicy: 'no-referrer',
  }).catch(() => {
    throw new Refused('network');
  });
  const refused = responseRefusal(url, response);
  if (refused) {
    await response.body?.cancel().catch(() => undefined);
    throw new Refused(refused);
  }
  const read = await readCapped(response.body);
  if (!read.ok) throw new Refused(read.error);
  return read.text;
}

async function refreshOne(source: ListSource): Promise<RefreshResult> {
  try {
    const text = await download(source.url);
    if (source.kind === 'reputation') {
      const parsed = parseHostList(text);
      const poor = listQualityProblem(parsed.hosts.length, parsed.errorCount);
      if (poor) throw new Refused(poor);
      const title = new URL(source.url).host;
      // The scope rules of the bundled lists (lib/reputation/list-scope.mjs): an entry naming a shared host is
      // dropped; a public body's or institution's site stays listed (a caution) but is not stopped.
      const hosts = parsed.hosts.filter((host) => sharedHostKind(host, SHARED_HOST_INDEX) === null);
      const binary = buildHashList(
        hosts.map((host) => ({ host, listId: source.id })),
        [{ id: source.id, title }],
      );
      await downloadedListsItem.update((all) => ({ ...all, [source.id]: toBase64(binary) }));
      // Chrome stops requests to them before they are sent (Firefox asks the catalogues in its blocking listener).
      await setListRule(
        source.id,
        withoutListedParents(hosts.filter((host) => isDangerEntry(host, SHARED_HOST_INDEX, INSTITUTIONS))),
      );
      return { id: source.id, ok: true, entries: parsed.hosts.length };
    }
    const own = parseCatalogue(text);
    const incoming = own.ok
      ? own.catalogue.breaches
      : (() => {
          const hibp = parseHibpJson(text);
          if (!hibp.ok) throw new Refused('not_a_breach_list');
          return hibp.breaches;
        })();
    // What came with Jaga Data stays as it is: a source only adds breaches.
    const added = withoutBundled(incoming, BUNDLED_BREACH_IDS);
    await importedBreachesItem.update(
      (held) => mergeCatalogues({ ...BUNDLED_CATALOGUE, breaches: held }, added).catalogue.breaches,
    );
    return { id: source.id, ok: true, entries: added.length };
  } catch (err) {
    return { id: source.id, ok: false, error: err instanceof Refused ? err.code : 'network' };
  }
}

export async function refreshListSources(): Promise<RefreshResult[]> {
  const { settings } = await effective();
  const enabled = settings.listSources.filter((s) => s.enabled);
  const results: RefreshResult[] = [];
  for (const source of enabled) results.push(await refreshOne(source));
  const now = new Date().toISOString();
  await listSourcesItem.update((state) => {
    const next = { ...state };
    for (const r of results) {
      const before = next[r.id] ?? { lastOk: null, lastError: null, entries: 0 };
      next[r.id] = r.ok
        ? { lastOk: now, lastError: null, entries: r.entries ?? 0 }
        : { ...before, lastError: r.error ?? 'failed' };
    }
    return next;
  });
  await dropSwitchedOff();
  reloadCatalogues();
  return results;
}

/** Lists of sources that were switched off or removed are dropped (their Chrome rules go with the next rule sync,
 * blocking.ts), so a source switched off stops warning at once. */
export async function dropSwitchedOff(): Promise<void> {
  const { settings } = await effective();
  const keep = new Set(settings.listSources.filter((s) => s.enabled).map((s) => s.id));
  const held = await downloadedListsItem.get();
  if (Object.keys(held).every((id) => keep.has(id))) return;
  await downloadedListsItem.update((all) => Object.fromEntries(Object.entries(all).filter(([id]) => keep.has(id))));
  reloadCatalogues();
}

/** Keeps the daily refresh alarm in step with whether any source is on. */
export async function scheduleListSources(): Promise<void> {
  const { settings } = await effective();
  const any = settings.listSources.some((s) => s.enabled);
  const existing = await browser.alarms.get(ALARM);
  if (any && !existing) await browser.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  if (!any && existing) await browser.alarms.clear(ALARM);
}

export function watchListSourceAlarm(after: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshListSources().then(after);
  });
}
