// Builds the bundled reputation lists: lib/reputation/data/bundled-lists.bin (our hash-list format) and
// bundled-lists.meta.json (titles, sources, licences, attribution, counts, source SHA-256s).
// Sources: ../shared/data/reputation (override with JAGA_SHARED_DATA); see ../shared/data/SOURCES.md.
// The build date is the newest date the sources carry, never the clock, so rebuilding gives identical bytes.
//   node scripts/data/reputation.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeHashList, isPublicSuffix, normalizeListHost } from '../../lib/reputation/hash-list-core.mjs';
import {
  institutionIndex,
  isInstitutionHost,
  sharedHostIndex,
  sharedHostKind,
  sharedUrlPrefix,
  withoutListedParents,
} from '../../lib/reputation/list-scope.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_BIN = join(ROOT, 'lib/reputation/data/bundled-lists.bin');
export const OUT_META = join(ROOT, 'lib/reputation/data/bundled-lists.meta.json');
export const SHARED_HOSTS = join(ROOT, 'lib/reputation/data/shared-hosts.json');
export const PROTECTED = join(ROOT, 'lib/reputation/data/protected-domains.json');
export const NEVER_DANGER = join(ROOT, 'data/never-danger.json');
/** Chrome's declarativeNetRequest rulesets, one per list (entrypoints/background/blocking.ts says why). */
export const OUT_DNR_DIR = join(ROOT, 'lib/reputation/data/dnr');

const UNLICENSE_SUMMARY =
  'Unlicense: dedicated to the public domain; anyone may copy, modify, publish, use, sell or distribute it for any ' +
  'purpose. Provided "as is", without warranty of any kind.';
const MIT_SUMMARY =
  'MIT License: permission to use, copy, modify, merge, publish, distribute, sublicense and/or sell, provided the ' +
  'copyright notice and the permission notice are included in all copies or substantial portions. Provided "as ' +
  'is", without warranty of any kind.';

/** The bundled lists, in priority order: a host on several lists reports the first. */
export const LISTS = [
  {
    id: 'blp-phishing',
    title: 'The Block List Project: phishing',
    file: 'blocklistproject-phishing-nl.txt',
    licenceFile: 'blocklistproject-LICENSE.txt',
    homepage: 'https://github.com/blocklistproject/Lists',
    sourceUrl: 'https://github.com/blocklistproject/Lists/blob/master/alt-version/phishing-nl.txt',
    licence: 'Unlicense',
    licenceSummary: UNLICENSE_SUMMARY,
    licenceNote: 'The list file header says "License: MIT"; the repository LICENSE is the Unlicense.',
    attribution: 'Phishing domains from The Block List Project (github.com/blocklistproject/Lists), Unlicense.',
  },
  {
    id: 'phishing-database',
    title: 'Phishing.Database: active phishing domains (part 2)',
    file: 'phishing-database-domains-ACTIVE-part2.txt',
    licenceFile: 'phishing-database-LICENSE.txt',
    homepage: 'https://github.com/Phishing-Database/Phishing.Database',
    sourceUrl:
      'https://github.com/Phishing-Database/Phishing.Database/blob/master/phishing-domains-ACTIVE/phishing-domains-ACTIVE2.txt',
    licence: 'MIT',
    licenceSummary: MIT_SUMMARY,
    attribution:
      'Active phishing domains from Phishing.Database (github.com/Phishing-Database/Phishing.Database), MIT.',
  },
  {
    id: 'blp-scam',
    title: 'The Block List Project: scam',
    file: 'blocklistproject-scam-nl.txt',
    licenceFile: 'blocklistproject-LICENSE.txt',
    homepage: 'https://github.com/blocklistproject/Lists',
    sourceUrl: 'https://github.com/blocklistproject/Lists/blob/master/alt-version/scam-nl.txt',
    licence: 'Unlicense',
    licenceSummary: UNLICENSE_SUMMARY,
    licenceNote: 'The list file header says "License: MIT"; the repository LICENSE is the Unlicense.',
    attribution: 'Scam domains from The Block List Project (github.com/blocklistproject/Lists), Unlicense.',
  },
];

export function defaultSharedDataDir() {
  return process.env.JAGA_SHARED_DATA ?? resolve(ROOT, '../shared/data');
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The date a list was last modified: its `# Last modified:` header, else the date SOURCES.md gives its file. */
function sourceDate(text, file, sourcesMd) {
  const header = /^#\s*Last modified:\s*(\d{4}-\d{2}-\d{2})/m.exec(text);
  if (header) return header[1];
  const row = sourcesMd.split('\n').find((line) => line.includes(`\`${file}\``));
  const date = row && /(\d{4}-\d{2}-\d{2})/.exec(row);
  if (!date) throw new Error(`no date for ${file} in its header or in SOURCES.md`);
  return date[1];
}

/**
 * One host per line; `#` comments and blank lines skipped; a line that is not a host name is counted, not kept.
 * The scope rules (lib/reputation/list-scope.mjs) apply here: an entry naming a shared host is dropped (counted),
 * a full address on a path-kind shared host is kept as a host+path prefix, and an entry for a public body or
 * regulated institution is kept but counted (the extension shows it as a caution, not danger).
 */
function* hostsOf(text, listId, stats, scope) {
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const t = lines[n].trim();
    if (t === '' || t.startsWith('#')) continue;
    const prefix = sharedUrlPrefix(t, scope.shared);
    if (prefix !== null) {
      stats.urlPrefixes.push(prefix);
      continue;
    }
    const host = normalizeListHost(t);
    if (host === null) {
      stats.invalid++;
      continue;
    }
    const kind = sharedHostKind(host, scope.shared);
    if (kind !== null) {
      stats.excludedSharedHost++;
      stats.excludedExamples.push(host);
      continue;
    }
    if (isInstitutionHost(host, scope.institutions)) stats.institutionCaution++;
    else {
      scope.checkNeverDanger(host, listId, n + 1, t);
      if (!isPublicSuffix(host)) stats.dangerHosts.push(host);
    }
    yield { host: t, listId };
  }
}

/** The never-danger hosts (data/never-danger.json), flat. */
export function neverDangerHosts(path = NEVER_DANGER) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  return Object.values(data.hosts).flat();
}

/** A check that throws, naming the source line, when a kept entry would put a never-danger host in danger. */
function neverDangerGuard(hosts, institutions, files) {
  // Every suffix of a never-danger host (the host and its parents) → the hosts it would cover.
  const covers = new Map();
  for (const h of hosts) {
    if (isInstitutionHost(h, institutions)) continue;
    for (let i = -1; i < h.length; i = h.indexOf('.', i + 1)) {
      const suffix = h.slice(i + 1);
      if (!suffix.includes('.') || isPublicSuffix(suffix)) break;
      covers.set(suffix, [...(covers.get(suffix) ?? []), h]);
      if (h.indexOf('.', i + 1) < 0) break;
    }
  }
  return (host, listId, line, text) => {
    const hit = covers.get(host);
    if (hit)
      throw new Error(
        `${files[listId]}:${line}: "${text}" would put never-danger host(s) ${hit.join(', ')} in danger ` +
          '(data/never-danger.json); add it to lib/reputation/data/shared-hosts.json with a reason, or drop the line',
      );
  };
}

/** Pure: reads the sources under `sharedDataDir` and returns the binary and the metadata, written by the CLI. */
export function buildReputation(sharedDataDir = defaultSharedDataDir(), neverDanger = neverDangerHosts()) {
  const dir = join(sharedDataDir, 'reputation');
  const sourcesMd = readFileSync(join(sharedDataDir, 'SOURCES.md'), 'utf8');
  const sources = LISTS.map((list) => {
    const bytes = readFileSync(join(dir, list.file));
    const text = bytes.toString('utf8');
    const licenceText = readFileSync(join(dir, list.licenceFile), 'utf8');
    const copyright = licenceText
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^copyright\b/i.test(l));
    return { list, text, sha: sha256(bytes), date: sourceDate(text, list.file, sourcesMd), copyright };
  });
  const stats = Object.fromEntries(
    LISTS.map((l) => [
      l.id,
      {
        invalid: 0,
        excludedSharedHost: 0,
        excludedExamples: [],
        institutionCaution: 0,
        urlPrefixes: [],
        dangerHosts: [],
      },
    ]),
  );
  const institutions = institutionIndex(JSON.parse(readFileSync(PROTECTED, 'utf8')).domains);
  const scope = {
    shared: sharedHostIndex(JSON.parse(readFileSync(SHARED_HOSTS, 'utf8'))),
    institutions,
    checkNeverDanger: neverDangerGuard(neverDanger, institutions, Object.fromEntries(LISTS.map((l) => [l.id, l.file]))),
  };
  function* all() {
    for (const s of sources) yield* hostsOf(s.text, s.list.id, stats[s.list.id], scope);
  }
  const info = LISTS.map(({ id, title, licence, attribution }) => ({ id, title, licence, attribution }));
  const encoded = encodeHashList(all(), info);
  const bin = new Uint8Array(encoded.buffer);
  const builtFrom = sources.map((s) => s.date).sort()[sources.length - 1];
  const meta = {
    format: 'jaga-hash-list',
    formatVersion: 1,
    binary: 'bundled-lists.bin',
    builtFrom,
    bytes: bin.length,
    sha256: sha256(bin),
    entries: encoded.entries,
    skippedPublicSuffixOrInvalid: encoded.skipped,
    lists: sources.map((s, i) => ({
      id: s.list.id,
      title: s.list.title,
      homepage: s.list.homepage,
      sourceUrl: s.list.sourceUrl,
      sourceFile: s.list.file,
      sourceSha256: s.sha,
      sourceDate: s.date,
      licence: s.list.licence,
      licenceSummary: s.list.licenceSummary,
      ...(s.list.licenceNote ? { licenceNote: s.list.licenceNote } : {}),
      copyright: s.copyright,
      attribution: s.list.attribution,
      entries: encoded.lists[i].entries,
      invalidLines: stats[s.list.id].invalid,
      // Scope rules (lib/reputation/list-scope.mjs): entries dropped because they name a shared host, entries
      // kept but shown as "reported as abused" (public bodies and institutions), addresses kept as prefixes.
      excludedSharedHost: stats[s.list.id].excludedSharedHost,
      excludedSharedHostExamples: [...new Set(stats[s.list.id].excludedExamples)].sort().slice(0, 20),
      institutionCaution: stats[s.list.id].institutionCaution,
    })),
    // Full addresses on path-kind shared hosts, matched as host + path prefix (lib/reputation/list-scope.mjs).
    urlPrefixes: sources.flatMap((s) =>
      [...new Set(stats[s.list.id].urlPrefixes)].sort().map((prefix) => ({ prefix, listId: s.list.id })),
    ),
  };
  const dnr = Object.fromEntries(
    LISTS.map((l) => [l.id, dnrRuleset(stats[l.id].dangerHosts, stats[l.id].urlPrefixes)]),
  );
  return { bin, meta, dnr };
}

/**
 * A declarativeNetRequest ruleset stopping top-level and frame requests to the hosts (and their subdomains) whose
 * entries are danger-level, and to the full addresses kept on shared hosts. A host under another listed host is
 * left out (requestDomains covers subdomains). Compact JSON: it is read by the browser, not by people.
 */
function dnrRuleset(hosts, prefixes) {
  const kept = withoutListedParents(hosts);
  const resourceTypes = ['main_frame', 'sub_frame'];
  const rules = [{ id: 1, priority: 1, action: { type: 'block' }, condition: { requestDomains: kept, resourceTypes } }];
  [...new Set(prefixes)].sort().forEach((prefix, i) =>
    rules.push({
      id: i + 2,
      priority: 1,
      action: { type: 'block' },
      condition: { urlFilter: `||${prefix}`, resourceTypes },
    }),
  );
  return JSON.stringify(rules) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bin, meta, dnr } = buildReputation();
  mkdirSync(dirname(OUT_BIN), { recursive: true });
  mkdirSync(OUT_DNR_DIR, { recursive: true });
  for (const [id, json] of Object.entries(dnr)) writeFileSync(join(OUT_DNR_DIR, `${id}.json`), json);
  writeFileSync(OUT_BIN, bin);
  writeFileSync(OUT_META, JSON.stringify(meta, null, 2) + '\n');
  console.warn(
    `bundled-lists.bin: ${meta.entries} hashed hosts, ${meta.bytes} bytes (sources up to ${meta.builtFrom})`,
  );
  for (const l of meta.lists) {
    console.warn(
      `  ${l.id}: excluded ${l.excludedSharedHost} naming a shared host (${l.excludedSharedHostExamples.join(', ')}); ` +
        `${l.institutionCaution} on public bodies/institutions shown as caution ("reported as abused"), not danger`,
    );
  }
  console.warn(`  ${meta.urlPrefixes.length} full addresses on shared hosts kept as host+path prefixes`);
}
