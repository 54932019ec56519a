#!/usr/bin/env node
// Builds lib/breaches/data/catalogue.json, the bundled breach catalogue, from the shared reference data:
//   - Have I Been Pwned's breach list (CC BY 4.0): verified breaches with a domain; spam lists, fabricated and
//     retired breaches left out; sensitive ones kept with `sensitive: true`. Facts only: no descriptions, no logos.
//   - the shared curated list of Indonesian and health-sector breaches, plus our own corrections and additions
//     (data/breaches/additions.json).
// A curated entry naming an HIBP breach (hibpName) replaces that HIBP entry and inherits its sensitive flag.
// The HIBP transformation is lib/breaches/hibp-transform.mjs, which the run-time import (lib/breaches/import-hibp.ts)
// uses too.
// Usage: node scripts/data/breaches.mjs   (shared data from $JAGA_SHARED_DATA, default ../shared/data)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { breachSite } from '../../lib/breaches/breach-site.mjs';
import { hibpBreach, hibpSkipReason } from '../../lib/breaches/hibp-transform.mjs';
import { BREACH_STATUSES, RECORDS_SOURCES, defaultRecordsSource } from '../../lib/breaches/breach-facts.mjs';

export const HIBP_FILE = 'breaches/hibp_breaches_v3_full_2026-02-26.json';
export const CURATED_FILE = 'breaches/indonesia_health_breaches_curated.json';
export const OUTPUT_FILE = 'lib/breaches/data/catalogue.json';

const DEFAULT_PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HIBP_ATTRIBUTION = {
  text: 'Breach data adapted from Have I Been Pwned',
  url: 'https://haveibeenpwned.com/',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
};
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function classMapper(vocabulary, curatedMap) {
  const known = new Set(vocabulary.classes);
  const order = new Map(vocabulary.classes.map((c, i) => [c, i]));
  const normalise = (list) => [...new Set(list)].sort((a, b) => order.get(a) - order.get(b));
  const hibp = (s) =>
    Object.hasOwn(vocabulary.hibp, s) && known.has(vocabulary.hibp[s]) ? vocabulary.hibp[s] : 'other';
  const curated = (s, id) => {
    const target = Object.hasOwn(curatedMap, s) ? curatedMap[s] : vocabulary.hibp[s];
    const list = Array.isArray(target) ? target : [target];
    if (target === undefined || !list.every((c) => known.has(c))) throw new Error(`${id}: unmapped data class "${s}"`);
    return list;
  };
  return { known, normalise, hibp, curated };
}

function isUrl(s) {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function oneSentence(text, id) {
  if (typeof text !== 'string' || text.trim() === '') throw new Error(`${id}: statusNote missing`);
  if (/[.!?]\s+[A-Z]/.test(text.trim())) throw new Error(`${id}: statusNote must be one sentence`);
  if (!/[.!?]$/.test(text.trim())) throw new Error(`${id}: statusNote must end with a full stop`);
  return text.trim();
}

/** A curated entry (shared list or our additions) in catalogue form. */
function curatedBreach(raw, { classes, hibpByName, addedDefault, fromShared }) {
  const id = raw.id;
  const domains = (raw.domains ?? []).map((d) => {
    const site = breachSite(d);
    if (site === null) throw new Error(`${id}: invalid domain "${d}"`);
    return site;
  });
  const disclosed = raw.disclosedDate ?? null;
  const breachDate = raw.breachDate ?? disclosed;
  for (const d of [breachDate, disclosed]) {
    if (d !== null && !PARTIAL_DATE.test(d)) throw new Error(`${id}: bad date "${d}"`);
  }
  if (breachDate === null) throw new Error(`${id}: neither breachDate nor disclosedDate`);
  const hibp = raw.hibpName ? hibpByName.get(raw.hibpName) : undefined;
  if (raw.hibpName && !hibp) throw new Error(`${id}: HIBP name ${raw.hibpName} is not in the HIBP snapshot`);
  if (domains.length === 0) throw new Error(`${id}: no domain (give the domains it concerns or exclude it)`);
  const added = hibp ? hibp.AddedDate.slice(0, 10) : (raw.addedDate ?? addedDefault);
  const modified = hibp && typeof hibp.ModifiedDate === 'string' ? hibp.ModifiedDate.slice(0, 10) : null;
  const records = raw.records ?? null;
  if (records !== null && typeof raw.recordsIsClaim !== 'boolean' && !raw.hibpName) {
    throw new Error(`${id}: say whether the record count is a claim (recordsIsClaim)`);
  }
  const dataClasses = fromShared ? raw.dataClasses.flatMap((s) => classes.curated(s, id)) : raw.dataClasses;
  for (const c of dataClasses) if (!classes.known.has(c)) throw new Error(`${id}: unknown data class "${c}"`);
  const sources = [...new Set((raw.sources ?? []).filter(isUrl).map((u) => canonicalHibpUrl(u, hibp)))];
  if (sources.length === 0) throw new Error(`${id}: no source URL`);
  if (!BREACH_STATUSES.includes(raw.status)) throw new Error(`${id}: bad status "${raw.status}"`);
  if (raw.recordsSource !== undefined && !RECORDS_SOURCES.includes(raw.recordsSource))
    throw new Error(`${id}: bad recordsSource "${raw.recordsSource}"`);
  if (raw.country === 'ID' && (!raw.titleId || !raw.statusNoteId))
    throw new Error(`${id}: Indonesian entries need titleId and statusNoteId (Bahasa Indonesia)`);
  return {
    id,
    title: raw.title.trim(),
    domains: [...new Set(domains)],
    breachDate,
    ...(raw.breachDate == null ? { dateIsDisclosure: true } : {}),
    disclosedDate: disclosed,
    addedDate: added,
    ...(modified && modified > added ? { modifiedDate: modified } : {}),
    records,
    recordsIsClaim: raw.recordsIsClaim ?? false,
    ...(records !== null
      ? { recordsSource: raw.recordsSource ?? defaultRecordsSource(raw.recordsIsClaim === true, Boolean(hibp)) }
      : {}),
    dataClasses: classes.normalise(dataClasses),
    status: raw.status,
    statusNote: oneSentence(raw.statusNote, id),
    ...(raw.titleId ? { titleId: raw.titleId.trim() } : {}),
    ...(raw.statusNoteId ? { statusNoteId: oneSentence(raw.statusNoteId, id) } : {}),
    ...(hibp?.IsSensitive === true ? { sensitive: true } : {}),
    origin: 'curated',
    ...(raw.hibpName ? { hibpName: raw.hibpName } : {}),
    ...(raw.country ? { country: raw.country } : {}),
    sources,
  };
}

/** The curated list cites HIBP's "PwnedWebsites#Name" anchors; use the breach page when the breach is known. */
function canonicalHibpUrl(url, hibp) {
  if (hibp && url === `https://haveibeenpwned.com/PwnedWebsites#${hibp.Name}`) {
    return `https://haveibeenpwned.com/Breach/${encodeURIComponent(hibp.Name)}`;
  }
  return url;
}

function serialise(catalogue) {
  const { breaches, ...head } = catalogue;
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const rows = breaches.map((b) => JSON.stringify(b)).join(',\n');
  return `${top},\n"breaches": [\n${rows}\n]\n}\n`;
}

/** The catalogue file text, built from the shared data directory and this project's curation files. */
export function buildBreachCatalogue(sharedDataDir, projectDir = DEFAULT_PROJECT) {
  const vocabulary = readJson(join(projectDir, 'lib/breaches/data/data-classes.json'));
  const curatedMap = readJson(join(projectDir, 'lib/breaches/data/curated-classes.json')).map;
  const additions = readJson(join(projectDir, 'data/breaches/additions.json'));
  const hibpAll = readJson(join(sharedDataDir, HIBP_FILE));
  const shared = readJson(join(sharedDataDir, CURATED_FILE)).breaches;
  const classes = classMapper(vocabulary, curatedMap);
  const hibpByName = new Map(hibpAll.map((b) => [b.Name, b]));
  const context = { classes, hibpByName, addedDefault: additions.curatedAddedDate };

  const fromSharedList = (raw) => {
    const { addSources = [], ...override } = additions.overrides[raw.id] ?? {};
    const merged = { ...raw, records: raw.recordsAffected ?? null, ...override };
    merged.sources = [...(raw.sources ?? []), ...addSources];
    return curatedBreach(merged, { ...context, fromShared: override.dataClasses === undefined });
  };
  const excluded = additions.exclude ?? {};
  for (const id of Object.keys(excluded)) {
    if (!shared.some((raw) => raw.id === id)) throw new Error(`exclusion of unknown shared entry ${id}`);
  }
  const curated = [
    ...shared.filter((raw) => !Object.hasOwn(excluded, raw.id)).map(fromSharedList),
    ...additions.breaches.map((raw) => curatedBreach(raw, { ...context, fromShared: false })),
  ];
  for (const id of Object.keys(additions.overrides)) {
    if (!shared.some((raw) => raw.id === id)) throw new Error(`override for unknown shared entry ${id}`);
  }
  const supersededNames = new Set(curated.map((b) => b.hibpName).filter(Boolean));

  const dropped = {
    not_verified: 0,
    fabricated: 0,
    spam_list: 0,
    retired: 0,
    no_domain: 0,
    bad_domain: 0,
    superseded_by_curated: 0,
  };
  const unmapped = new Set();
  const hibp = [];
  for (const b of hibpAll) {
    const reason = hibpSkipReason(b) ?? (supersededNames.has(b.Name) ? 'superseded_by_curated' : null);
    if (reason) {
      dropped[reason] += 1;
      continue;
    }
    for (const c of b.DataClasses) if (!Object.hasOwn(vocabulary.hibp, c)) unmapped.add(c);
    hibp.push(hibpBreach(b, (list) => classes.normalise(list.map(classes.hibp))));
  }

  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const breaches = [...curated.sort(byId), ...hibp.sort(byId)];
  const ids = new Set();
  for (const b of breaches) {
    if (ids.has(b.id)) throw new Error(`duplicate breach id ${b.id}`);
    ids.add(b.id);
  }
  const generated = breaches.reduce((max, b) => {
    const v = b.modifiedDate && b.modifiedDate > b.addedDate ? b.modifiedDate : b.addedDate;
    return v > max ? v : max;
  }, '1970-01-01');
  const catalogue = {
    format: 'jaga-breaches',
    version: 1,
    generated,
    attribution: { hibp: HIBP_ATTRIBUTION },
    stats: {
      hibp: { total: hibpAll.length, kept: hibp.length, sensitive: hibp.filter((b) => b.sensitive).length, dropped },
      curated: {
        total: curated.length,
        fromSharedList: shared.length,
        excluded: Object.keys(excluded).length,
        fromAdditions: additions.breaches.length,
        ...Object.fromEntries(BREACH_STATUSES.map((st) => [st, curated.filter((b) => b.status === st).length])),
        withoutDomain: curated.filter((b) => b.domains.length === 0).length,
      },
      unmappedHibpClasses: [...unmapped].sort(),
    },
    breaches,
  };
  return serialise(catalogue);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const shared = process.env.JAGA_SHARED_DATA ?? resolve(DEFAULT_PROJECT, '../shared/data');
  const text = buildBreachCatalogue(shared, DEFAULT_PROJECT);
  const out = join(DEFAULT_PROJECT, OUTPUT_FILE);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const { stats } = JSON.parse(text);
  console.warn(`breaches: wrote ${OUTPUT_FILE} (${stats.hibp.kept} HIBP + ${stats.curated.total} curated)`);
}
