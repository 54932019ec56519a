// Builds the bundled reputation lists: lib/reputation/data/bundled-lists.bin (our hash-list format) and
// bundled-lists.meta.json (titles, sources, licences, attribution, counts, source SHA-256s).
// Sources: ../shared/data/reputation (override with JAGA_SHARED_DATA); see ../shared/data/SOURCES.md.
// The build date is the newest date the sources carry, never the clock, so rebuilding gives identical bytes.
//   node scripts/data/reputation.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeHashList, normalizeListHost } from '../../lib/reputation/hash-list-core.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_BIN = join(ROOT, 'lib/reputation/data/bundled-lists.bin');
export const OUT_META = join(ROOT, 'lib/reputation/data/bundled-lists.meta.json');

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

/** One host per line; `#` comments and blank lines skipped; a line that is not a host name is counted, not kept. */
function* hostsOf(text, listId, stats) {
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    if (normalizeListHost(t) === null) {
      stats.invalid++;
      continue;
    }
    yield { host: t, listId };
  }
}

/** Pure: reads the sources under `sharedDataDir` and returns the binary and the metadata, written by the CLI. */
export function buildReputation(sharedDataDir = defaultSharedDataDir()) {
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
  const stats = Object.fromEntries(LISTS.map((l) => [l.id, { invalid: 0 }]));
  function* all() {
    for (const s of sources) yield* hostsOf(s.text, s.list.id, stats[s.list.id]);
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
    })),
  };
  return { bin, meta };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bin, meta } = buildReputation();
  mkdirSync(dirname(OUT_BIN), { recursive: true });
  writeFileSync(OUT_BIN, bin);
  writeFileSync(OUT_META, JSON.stringify(meta, null, 2) + '\n');
  console.warn(
    `bundled-lists.bin: ${meta.entries} hashed hosts, ${meta.bytes} bytes (sources up to ${meta.builtFrom})`,
  );
}
