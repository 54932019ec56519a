// Derives lib/reputation/data/confusables.json, the skeleton table for lookalike detection, from Unicode's
// confusables.txt (UTS #39). Only characters whose prototype is made of a-z, 0-9 and "-" (after NFD, removing
// combining marks and lower-casing) are kept: those are the ones that can make a host look like an ASCII name.
//   node scripts/data/confusables.mjs [path/to/confusables.txt]
// The source path is the first argument, else JAGA_CONFUSABLES, else <shared data>/unicode/confusables.txt.
// The source is not committed; the table's header names its version, date and SHA-256.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = join(ROOT, 'lib/reputation/data/confusables.json');

export function defaultConfusablesPath() {
  const shared = process.env.JAGA_SHARED_DATA ?? resolve(ROOT, '../shared/data');
  return process.env.JAGA_CONFUSABLES ?? join(shared, 'unicode/confusables.txt');
}

/** What the runtime does to a host before mapping: NFD, drop combining marks, lower-case. */
export const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const TARGET_RE = /^[a-z0-9-]+$/;

/**
 * ASCII look-alikes Unicode's table lacks, as source → prototype. It has `m` → `rn` (and 0, 1, |), but not `w`
 * → `vv`: two v's in most fonts of an address bar read as a w (`vvantannas` for `wantannas`), a well-known
 * homograph trick that needs no IDN. Mapped like the table's own entries, so characters whose prototype is w take
 * vv too.
 */
export const ASCII_ADDITIONS = Object.freeze({ w: 'vv' });

/** Pure: the header and entries of a confusables.txt text, with the ASCII additions. */
export function readConfusables(text) {
  const version = /^#\s*Version:\s*(\S+)/m.exec(text)?.[1];
  const date = /^#\s*Date:\s*(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
  if (!version || !date) throw new Error('not a confusables.txt: no Version/Date header');
  const map = new Map();
  for (const line of text.split('\n')) {
    const m = /^([0-9A-F]{4,6})[ \t]*;[ \t]*([0-9A-F]+(?: [0-9A-F]+)*)[ \t]*;[ \t]*MA\b/.exec(line);
    if (!m) continue;
    const source = String.fromCodePoint(parseInt(m[1], 16));
    // Hosts are lower-case and folded before lookup, so only folded sources can ever be looked up.
    if (fold(source) !== source) continue;
    const target = fold(String.fromCodePoint(...m[2].split(' ').map((h) => parseInt(h, 16))));
    if (TARGET_RE.test(target) && target !== source) map.set(source, target);
  }
  return { version, date, sha256: createHash('sha256').update(text).digest('hex'), map: closeMap(map) };
}

/**
 * The table's map from the entries read from confusables.txt: the ASCII additions added, then made idempotent (a
 * prototype character that is itself mapped, m → rn, is replaced too) and sorted by code point.
 */
export function closeMap(read) {
  const map = new Map(read);
  for (const [source, target] of Object.entries(ASCII_ADDITIONS)) map.set(source, target);
  for (let changed = true; changed;) {
    changed = false;
    for (const [source, target] of map) {
      const next = [...target].map((c) => map.get(c) ?? c).join('');
      if (next !== target) {
        map.set(source, next);
        changed = true;
      }
    }
  }
  return new Map([...map.entries()].sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0)));
}

/** Pure: the derived table for the confusables.txt text given. */
export function buildConfusablesFromText(text) {
  return tableOf(readConfusables(text));
}

/** The table as written to confusables.json, from what readConfusables returns. */
export function tableOf({ version, date, sha256, map }) {
  return {
    source: 'Unicode confusables.txt (UTS #39, Unicode Security Mechanisms)',
    sourceUrl: 'https://www.unicode.org/Public/security/' + version + '/confusables.txt',
    version,
    date,
    sha256,
    licence:
      'Unicode License v3: free use, copy, modification and distribution of the data files, provided the ' +
      'copyright and permission notice appear with them. © Unicode, Inc.',
    derivation:
      'Entries whose source is already folded (NFD, marks removed, lower-case) and whose prototype, folded, is ' +
      'made only of a-z, 0-9 and "-"; plus the ASCII additions; prototypes mapped again until stable.',
    additions: { ...ASCII_ADDITIONS },
    count: map.size,
    map: Object.fromEntries(map),
  };
}

export function buildConfusables(sourcePath = defaultConfusablesPath()) {
  return buildConfusablesFromText(readFileSync(sourcePath, 'utf8'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = buildConfusables(process.argv[2] ?? defaultConfusablesPath());
  writeFileSync(OUT, JSON.stringify(table, null, 1) + '\n');
  console.warn(`confusables.json: ${table.count} mappings from Unicode ${table.version} (${table.date})`);
}
