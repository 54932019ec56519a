// The bundled tracker catalogue, checked once when loaded so a damaged file fails loudly instead of
// classifying silently wrong. Derived by scripts/data/trackers.mjs from data/trackers/trackers.src.json.
import raw from './data/catalogue.json';
import {
  TRACKER_CATEGORIES,
  type CompanyEntry,
  type TrackerCatalogue,
  type TrackerCategory,
  type TrackerEntry,
} from './types';

const CATEGORY_SET: ReadonlySet<string> = new Set(TRACKER_CATEGORIES);

function fail(what: string): never {
  throw new Error(`tracker catalogue: ${what}`);
}

function strings(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) fail(`${what} must be a list of strings`);
  return value as string[];
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(`${what} must be a non-empty string`);
  return value;
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function parseCompany(value: unknown, i: number): CompanyEntry {
  const c = record(value, `companies[${i}]`);
  return {
    id: text(c.id, `companies[${i}].id`),
    name: text(c.name, `companies[${i}].name`),
    domains: strings(c.domains, `companies[${i}].domains`),
  };
}

function parseTracker(value: unknown, i: number): TrackerEntry {
  const t = record(value, `trackers[${i}]`);
  const where = `trackers[${i}]`;
  if (typeof t.category !== 'string' || !CATEGORY_SET.has(t.category))
    fail(`${where}.category is not a known category`);
  if (typeof t.capturesInput !== 'boolean' || typeof t.loadsOthers !== 'boolean')
    fail(`${where} flags must be booleans`);
  return {
    id: text(t.id, `${where}.id`),
    company: text(t.company, `${where}.company`),
    product: text(t.product, `${where}.product`),
    category: t.category as TrackerCategory,
    domains: strings(t.domains, `${where}.domains`),
    capturesInput: t.capturesInput,
    capturesInputNote: text(t.capturesInputNote, `${where}.capturesInputNote`),
    loadsOthers: t.loadsOthers,
    sources: strings(t.sources, `${where}.sources`),
  };
}

/** Checks the shape of a catalogue (the build script checks the facts). Throws on anything unexpected. */
export function parseTrackerCatalogue(value: unknown): TrackerCatalogue {
  const c = record(value, 'catalogue');
  if (c.version !== 1) fail('unsupported version');
  const categories = strings(c.categories, 'categories');
  if (categories.some((x) => !CATEGORY_SET.has(x))) fail('categories contain an unknown category');
  if (!Array.isArray(c.companies) || !Array.isArray(c.trackers)) fail('companies and trackers must be lists');
  const companies = c.companies.map(parseCompany);
  const ids = new Set(companies.map((x) => x.id));
  const trackers = c.trackers.map(parseTracker);
  for (const t of trackers) if (!ids.has(t.company)) fail(`tracker ${t.id} names unknown company ${t.company}`);
  return {
    version: 1,
    source: text(c.source, 'source'),
    categories: categories as TrackerCategory[],
    companies,
    trackers,
  };
}

let cached: TrackerCatalogue | null = null;

/** The catalogue bundled with the extension (parsed on first use). */
export function bundledTrackerCatalogue(): TrackerCatalogue {
  cached ??= parseTrackerCatalogue(raw);
  return cached;
}
