// Builds lib/trackers/data/catalogue.json from the project's own curated source, data/trackers/trackers.src.json.
// The source is written by hand from vendors' documentation (no third-party tracker list is read); this script
// validates it (closed categories, domains that tldts accepts, unique ids and domains, a source for every entry),
// resolves which registrable domains belong to which company, and writes a stable, sorted file.
//
//   node scripts/data/trackers.mjs        writes the derived file
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'tldts';
import { TRACKER_CATEGORIES } from '../../lib/trackers/categories.mjs';

export const SOURCE_PATH = 'data/trackers/trackers.src.json';
export const OUTPUT_PATH = 'lib/trackers/data/catalogue.json';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Registrable domain of a catalogue domain, or null when tldts does not accept it as a public DNS name. */
export function catalogueDomainSite(domain) {
  if (typeof domain !== 'string' || domain !== domain.toLowerCase().trim()) return null;
  const p = parse(domain, { allowPrivateDomains: false });
  if (p.isIp || !p.isIcann || !p.domain || p.hostname !== domain) return null;
  if (domain !== p.domain && !domain.endsWith(`.${p.domain}`)) return null;
  return p.domain;
}

function isHttpsUrl(value) {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function nonEmptyString(value) {
  return typeof value === 'string' && value.trim().length > 0;
}

function checkSources(sources, where, problems) {
  if (!Array.isArray(sources) || sources.length === 0) problems.push(`${where}: needs at least one source`);
  else for (const s of sources) if (!isHttpsUrl(s)) problems.push(`${where}: source is not an https URL: ${s}`);
}

function validateCompanies(companies, problems) {
  const byId = new Map();
  if (!Array.isArray(companies)) {
    problems.push('companies must be an array');
    return byId;
  }
  for (const c of companies) {
    const where = `company ${c?.id}`;
    if (!ID.test(c?.id ?? '')) problems.push(`${where}: bad id`);
    else if (byId.has(c.id)) problems.push(`${where}: duplicate id`);
    if (!nonEmptyString(c?.name)) problems.push(`${where}: missing name`);
    const domains = c?.domains ?? [];
    if (!Array.isArray(domains)) problems.push(`${where}: domains must be an array`);
    else if (domains.length > 0) {
      checkSources(c.sources, where, problems);
      for (const d of domains)
        if (catalogueDomainSite(d) !== d) problems.push(`${where}: not a registrable domain: ${d}`);
    }
    byId.set(c.id, { id: c.id, name: c.name, domains: new Set(Array.isArray(domains) ? domains : []) });
  }
  return byId;
}

function validateTracker(t, companies, seenIds, seenDomains, problems) {
  const where = `tracker ${t?.id}`;
  if (!ID.test(t?.id ?? '')) problems.push(`${where}: bad id`);
  else if (seenIds.has(t.id)) problems.push(`${where}: duplicate id`);
  seenIds.add(t?.id);
  if (!companies.has(t?.company)) problems.push(`${where}: unknown company ${t?.company}`);
  if (!nonEmptyString(t?.product)) problems.push(`${where}: missing product`);
  if (!TRACKER_CATEGORIES.includes(t?.category))
    problems.push(`${where}: category not in the closed set: ${t?.category}`);
  if (typeof t?.capturesInput !== 'boolean') problems.push(`${where}: capturesInput must be a boolean`);
  if (!nonEmptyString(t?.capturesInputNote)) problems.push(`${where}: capturesInputNote must say why`);
  if (t?.loadsOthers !== undefined && typeof t.loadsOthers !== 'boolean')
    problems.push(`${where}: loadsOthers must be a boolean`);
  checkSources(t?.sources, where, problems);
  if (!Array.isArray(t?.domains) || t.domains.length === 0) {
    problems.push(`${where}: needs at least one domain`);
    return;
  }
  for (const d of t.domains) {
    if (catalogueDomainSite(d) === null) problems.push(`${where}: not a valid public domain: ${d}`);
    else if (seenDomains.has(d)) problems.push(`${where}: domain ${d} already belongs to ${seenDomains.get(d)}`);
    else seenDomains.set(d, t.id);
  }
}

/** Which company owns each registrable domain: listed by the company, or a tracker domain that is itself registrable. */
function resolveOwnership(trackers, companies, problems) {
  const owner = new Map();
  const claim = (site, companyId, why) => {
    const prev = owner.get(site);
    if (prev && prev !== companyId) problems.push(`${why}: ${site} is owned by both ${prev} and ${companyId}`);
    else owner.set(site, companyId);
  };
  for (const c of companies.values()) for (const d of c.domains) claim(d, c.id, `company ${c.id}`);
  for (const t of trackers)
    for (const d of t.domains) if (catalogueDomainSite(d) === d) claim(d, t.company, `tracker ${t.id}`);
  // A host-specific entry (mc.yandex.ru) on a domain some company owns must belong to that company.
  for (const t of trackers) {
    for (const d of t.domains) {
      const site = catalogueDomainSite(d);
      const o = site && owner.get(site);
      if (o && o !== t.company) problems.push(`tracker ${t.id}: ${d} sits on ${site}, owned by ${o}`);
    }
  }
  return owner;
}

/** Pure: reads the curated source under projectDir and returns the derived file's text. Throws on invalid data. */
export function buildTrackerCatalogue(projectDir) {
  const src = JSON.parse(readFileSync(join(projectDir, SOURCE_PATH), 'utf8'));
  const problems = [];
  const companies = validateCompanies(src.companies, problems);
  const trackers = Array.isArray(src.trackers) ? src.trackers : [];
  if (!Array.isArray(src.trackers)) problems.push('trackers must be an array');
  const seenIds = new Set();
  const seenDomains = new Map();
  for (const t of trackers) validateTracker(t, companies, seenIds, seenDomains, problems);
  if (problems.length === 0) resolveOwnership(trackers, companies, problems);
  if (problems.length > 0) throw new Error(`${SOURCE_PATH} is invalid:\n- ${problems.join('\n- ')}`);

  const owner = resolveOwnership(trackers, companies, []);
  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const out = {
    version: 1,
    source: SOURCE_PATH,
    categories: TRACKER_CATEGORIES,
    companies: [...companies.values()]
      .map((c) => ({
        id: c.id,
        name: c.name,
        domains: [...owner]
          .filter(([, id]) => id === c.id)
          .map(([site]) => site)
          .sort(),
      }))
      .sort(byId),
    trackers: trackers
      .map((t) => ({
        id: t.id,
        company: t.company,
        product: t.product,
        category: t.category,
        domains: [...t.domains].sort(),
        capturesInput: t.capturesInput,
        capturesInputNote: t.capturesInputNote,
        loadsOthers: t.loadsOthers === true,
        sources: [...t.sources],
      }))
      .sort(byId),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const text = buildTrackerCatalogue(projectDir);
  writeFileSync(join(projectDir, OUTPUT_PATH), text);
  const n = JSON.parse(text).trackers.length;
  process.stdout.write(`wrote ${OUTPUT_PATH}: ${n} trackers\n`);
}
