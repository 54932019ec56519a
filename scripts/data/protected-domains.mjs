// Derives lib/reputation/data/protected-domains.json (registrable domain, owner, category, other names) from the
// research seed ../shared/data/reputation/indonesia-official-domains-seed.csv and the project's own curated,
// evidence-backed data/protected-domains.csv (columns: domain, owner, category, evidence, names).
//   node scripts/data/protected-domains.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDomain } from 'tldts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CURATED = join(ROOT, 'data/protected-domains.csv');
export const OUT = join(ROOT, 'lib/reputation/data/protected-domains.json');
export const SEED = 'reputation/indonesia-official-domains-seed.csv';

export function defaultSharedDataDir() {
  return process.env.JAGA_SHARED_DATA ?? resolve(ROOT, '../shared/data');
}

/** Rows of a small CSV (quoted fields allowed, `#` comment lines skipped) as objects keyed by the header: the first
 * line, or, for the seed, its `# columns:` comment. */
export function readCsv(text) {
  const rows = [];
  const declared = /^#\s*columns:([^\n]+)$/m.exec(text);
  let header = declared ? declared[1].split(',').map((h) => h.trim()) : null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = !quoted;
      } else if (c === ',' && !quoted) {
        fields.push(field);
        field = '';
      } else {
        field += c;
      }
    }
    fields.push(field);
    if (!header) header = fields.map((f) => f.trim());
    else rows.push(Object.fromEntries(header.map((h, i) => [h, (fields[i] ?? '').trim()])));
  }
  return rows;
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

export const EVIDENCE_KINDS = ['own-site', 'own-site-copy', 'registry', 'registry-copy', 'secondary'];

/** Throws, naming the row, unless every curated row has a domain that parses as registrable (a host under one
 * counts through its parent), an owner, a checkable source (a URL or a repository reference) and a known kind of
 * evidence: a row nobody can check must never protect or shadow a domain. */
export function validateCuratedRows(rows) {
  rows.forEach((row, i) => {
    const where = `data/protected-domains.csv row ${i + 1} (${row.domain || 'no domain'})`;
    const host = (row.domain ?? '').toLowerCase();
    if (!host || !getDomain(host, { allowPrivateDomains: false })) {
      throw new Error(`${where}: not a registrable domain`);
    }
    if (!row.owner) throw new Error(`${where}: no owner`);
    if (!/https?:\/\/\S+|\brepo\s+\S+\/\S+/.test(row.evidence ?? '')) {
      throw new Error(`${where}: no source (a URL or "repo owner/name") in evidence`);
    }
    if (!EVIDENCE_KINDS.includes(row.evidence_kind)) {
      throw new Error(`${where}: evidence_kind must be one of ${EVIDENCE_KINDS.join(', ')}`);
    }
  });
  return rows;
}

/** Pure: the derived JSON for the seed under `sharedDataDir` and the curated CSV text. */
export function buildProtectedDomains(
  sharedDataDir = defaultSharedDataDir(),
  curatedText = readFileSync(CURATED, 'utf8'),
) {
  const seedText = readFileSync(join(sharedDataDir, SEED), 'utf8');
  const seed = readCsv(seedText).map((r) => ({ ...r, names: '' }));
  // Whole-domain rows first, so a host row (satusehat.kemkes.go.id) never names its parent's owner.
  seed.sort((a, b) => (a.protect_level === 'host') - (b.protect_level === 'host'));
  const curated = validateCuratedRows(readCsv(curatedText));
  const byDomain = new Map();
  for (const [row, fromCurated] of [...seed.map((r) => [r, false]), ...curated.map((r) => [r, true])]) {
    const host = row.domain.toLowerCase();
    const domain = getDomain(host, { allowPrivateDomains: false });
    if (!domain) throw new Error(`not a registrable domain: ${row.domain}`);
    const names = row.names
      ? row.names
          .split(/[;|]/)
          .map((n) => n.trim().toLowerCase())
          .filter(Boolean)
      : [];
    const known = byDomain.get(domain);
    if (!known) {
      byDomain.set(domain, { domain, owner: row.owner, category: row.category, names });
      continue;
    }
    if (fromCurated && host === domain) Object.assign(known, { owner: row.owner, category: row.category });
    for (const n of names) if (!known.names.includes(n)) known.names.push(n);
  }
  const domains = [...byDomain.values()]
    .sort((a, b) => (a.domain < b.domain ? -1 : 1))
    .map(({ names, ...rest }) => (names.length ? { ...rest, names } : rest));
  return {
    description:
      'Indonesian health, government, insurer and hospital domains protected against lookalikes. Derived; edit ' +
      'data/protected-domains.csv (with evidence) and run node scripts/data/protected-domains.mjs.',
    sources: [
      { file: `shared/data/${SEED}`, sha256: sha256(seedText) },
      { file: 'data/protected-domains.csv', sha256: sha256(curatedText) },
    ],
    count: domains.length,
    domains,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = buildProtectedDomains();
  writeFileSync(OUT, JSON.stringify(out, null, 2) + '\n');
  console.warn(`protected-domains.json: ${out.count} domains`);
}
