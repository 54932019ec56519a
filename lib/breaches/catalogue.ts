// Whole catalogues in our format: parsing one that was downloaded (an optional catalogue URL) and merging new
// breaches into what is already held. A merge never drops a held entry: the worst an update can do is add or
// refresh entries, so a bad or partial download cannot make known breaches disappear.
import { isIsoDay } from './dates';
import { validateBreach } from './validate';
import {
  HIBP_ATTRIBUTION,
  attributionKey,
  breachVersion,
  type Attribution,
  type Breach,
  type BreachCatalogue,
  type ImportProblem,
} from './types';

const MAX_PROBLEMS = 100;

export type ParseCatalogueResult = { ok: true; catalogue: BreachCatalogue } | { ok: false; errors: ImportProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAttribution(value: unknown): value is Attribution {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    typeof value.url === 'string' &&
    typeof value.licence === 'string' &&
    typeof value.licenceUrl === 'string'
  );
}

function fileProblem(code: string, problem: string): ParseCatalogueResult {
  return { ok: false, errors: [{ entry: null, code, problem }] };
}

/** Validate a catalogue file in our format; any bad entry rejects the whole file (nothing is half-imported). */
export function parseCatalogue(text: string): ParseCatalogueResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fileProblem('not_json', 'the file is not valid JSON');
  }
  if (!isRecord(data)) return fileProblem('not_object', 'a catalogue is a JSON object');
  if (data.format !== 'jaga-breaches') return fileProblem('bad_format', 'format must be "jaga-breaches"');
  if (data.version !== 1) return fileProblem('bad_version', 'only version 1 catalogues are understood');
  if (!Array.isArray(data.breaches)) return fileProblem('missing_field', 'breaches must be a list');
  const attribution: Record<string, Attribution> = {};
  if (data.attribution !== undefined) {
    if (!isRecord(data.attribution)) return fileProblem('wrong_type', 'attribution must be an object');
    for (const [key, value] of Object.entries(data.attribution)) {
      if (!isAttribution(value))
        return fileProblem('wrong_type', 'each attribution needs text, url, licence, licenceUrl');
      attribution[key] = { text: value.text, url: value.url, licence: value.licence, licenceUrl: value.licenceUrl };
    }
  }

  const errors: ImportProblem[] = [];
  const breaches: Breach[] = [];
  const seen = new Set<string>();
  data.breaches.forEach((entry, index) => {
    const { breach, problems } = validateBreach(entry, index);
    errors.push(...problems);
    if (!breach) return;
    if (seen.has(breach.id)) {
      errors.push({ entry: index, name: breach.id, code: 'duplicate_id', problem: 'the same id appears twice' });
      return;
    }
    seen.add(breach.id);
    breaches.push(breach);
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_PROBLEMS) };
  if (breaches.some((b) => attributionKey(b) === 'hibp')) attribution.hibp ??= HIBP_ATTRIBUTION;
  const generated = isIsoDay(data.generated) ? data.generated : newestDate(breaches);
  return { ok: true, catalogue: { format: 'jaga-breaches', version: 1, generated, attribution, breaches } };
}

function newestDate(breaches: readonly Breach[]): string {
  return breaches.reduce((max, b) => (breachVersion(b) > max ? breachVersion(b) : max), '1970-01-01');
}

export interface MergeResult {
  catalogue: BreachCatalogue;
  /** Ids new to the held catalogue. */
  added: string[];
  /** Ids whose incoming version (modified or added date) was newer than the held one. */
  updated: string[];
}

/**
 * Merge incoming breaches (a downloaded catalogue or an HIBP import) into the held catalogue. Every held entry is
 * kept; an incoming entry replaces a held one only when its version date is newer. Order: held order, then new
 * entries in incoming order.
 */
export function mergeCatalogues(held: BreachCatalogue, incoming: BreachCatalogue | readonly Breach[]): MergeResult {
  const incomingBreaches = Array.isArray(incoming) ? incoming : (incoming as BreachCatalogue).breaches;
  const incomingAttribution = Array.isArray(incoming) ? {} : (incoming as BreachCatalogue).attribution;
  const byId = new Map<string, Breach>(held.breaches.map((b) => [b.id, b]));
  const added: string[] = [];
  const updated: string[] = [];
  const order = held.breaches.map((b) => b.id);
  for (const breach of incomingBreaches) {
    const current = byId.get(breach.id);
    if (!current) {
      byId.set(breach.id, breach);
      order.push(breach.id);
      added.push(breach.id);
    } else if (breachVersion(breach) > breachVersion(current)) {
      byId.set(breach.id, breach);
      updated.push(breach.id);
    }
  }
  const breaches = order.map((id) => byId.get(id)).filter((b): b is Breach => b !== undefined);
  const attribution = { ...incomingAttribution, ...held.attribution };
  if (breaches.some((b) => attributionKey(b) === 'hibp')) attribution.hibp ??= HIBP_ATTRIBUTION;
  const catalogue: BreachCatalogue = {
    format: 'jaga-breaches',
    version: 1,
    generated: newestDate(breaches) > held.generated ? newestDate(breaches) : held.generated,
    attribution,
    breaches,
  };
  return { catalogue, added, updated };
}
