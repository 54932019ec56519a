// List sources the person or the organisation turned on: each is downloaded WHOLE (never a question about a
// site) from its address, checked, compiled, and only then replaces the previous copy. A failed or malformed
// download keeps the last good copy. Off by default: with no enabled source, no request is ever made.
import { browser } from 'wxt/browser';
import { parseHostList } from '../../lib/reputation/host-list';
import { buildHashList } from '../../lib/reputation/hash-list';
import { toBase64 } from '../../lib/reputation/base64';
import { parseCatalogue, parseHibpJson, mergeCatalogues, BUNDLED_CATALOGUE } from '../../lib/breaches';
import { downloadedListsItem, importedBreachesItem, listSourcesItem } from '../../lib/storage/items';
import type { ListSource } from '../../lib/settings/types';
import { effective } from './settings';
import { reloadCatalogues } from './catalogues';

const ALARM = 'jaga-data:refresh-list-sources';
const REFRESH_MINUTES = 24 * 60;
const MAX_BYTES = 64 * 1024 * 1024;

export interface RefreshResult {
  id: string;
  ok: boolean;
  error?: string;
  entries?: number;
}

async function download(url: string): Promise<string> {
  const response = await fetch(url, {
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'follow',
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new Error('the list is larger than 64 MB');
  return text;
}

async function refreshOne(source: ListSource): Promise<RefreshResult> {
  try {
    const text = await download(source.url);
    if (source.kind === 'reputation') {
      const parsed = parseHostList(text);
      if (parsed.hosts.length === 0) {
        const first = parsed.errors[0];
        throw new Error(first ? `line ${first.line}: ${first.problem}` : 'the list holds no site');
      }
      const title = new URL(source.url).host;
      const binary = buildHashList(
        parsed.hosts.map((host) => ({ host, listId: source.id })),
        [{ id: source.id, title }],
      );
      await downloadedListsItem.update((all) => ({ ...all, [source.id]: toBase64(binary) }));
      return { id: source.id, ok: true, entries: parsed.hosts.length };
    }
    const own = parseCatalogue(text);
    const incoming = own.ok
      ? own.catalogue.breaches
      : (() => {
          const hibp = parseHibpJson(text);
          if (!hibp.ok) {
            const e = hibp.errors[0];
            throw new Error(
              e ? `entry ${e.entry === null ? '' : e.entry + 1}: ${e.problem}` : 'not a breach catalogue',
            );
          }
          return hibp.breaches;
        })();
    await importedBreachesItem.update(
      (held) => mergeCatalogues({ ...BUNDLED_CATALOGUE, breaches: held }, incoming).catalogue.breaches,
    );
    return { id: source.id, ok: true, entries: incoming.length };
  } catch (err) {
    return { id: source.id, ok: false, error: err instanceof Error ? err.message : 'download failed' };
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
  // Lists of sources that were switched off or removed are dropped.
  const keep = new Set(enabled.map((s) => s.id));
  await downloadedListsItem.update((all) => Object.fromEntries(Object.entries(all).filter(([id]) => keep.has(id))));
  reloadCatalogues();
  return results;
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
