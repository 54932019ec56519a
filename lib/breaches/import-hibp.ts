// Import of a file in Have I Been Pwned's /api/v3/breaches format (an array of breach objects), for people who
// download HIBP's list themselves. Malformed files are rejected whole, each problem naming the entry index, the
// breach Name when readable, and the reason; nothing held is touched. The same filters as the bundled catalogue
// apply: which entries are kept and what they become is hibp-transform.mjs, which scripts/data/breaches.mjs imports too.
import { mapHibpDataClass, normaliseClasses } from './data-classes';
import { isIsoDay } from './dates';
import { hibpBreach, hibpSkipReason, type HibpEntry, type HibpSkipReason } from './hibp-transform.mjs';
import type { Breach, ImportProblem } from './types';

export type { HibpSkipReason };

export type ParseHibpResult =
  { ok: true; breaches: Breach[]; skipped: Record<HibpSkipReason, number> } | { ok: false; errors: ImportProblem[] };

const MAX_PROBLEMS = 100;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,94}$/;
const ADDED = /^\d{4}-\d{2}-\d{2}T/;
const FLAGS = ['IsVerified', 'IsFabricated', 'IsSensitive', 'IsRetired', 'IsSpamList', 'IsMalware'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function timestampDay(value: unknown): string | null {
  if (typeof value !== 'string' || !ADDED.test(value) || Number.isNaN(Date.parse(value))) return null;
  const day = value.slice(0, 10);
  return isIsoDay(day) ? day : null;
}

/** Problems of one HIBP entry (empty when it is well-formed). */
function entryProblems(value: Record<string, unknown>, entry: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const name = typeof value.Name === 'string' && NAME.test(value.Name) ? value.Name : undefined;
  const fail = (code: string, problem: string) =>
    problems.push(name === undefined ? { entry, code, problem } : { entry, name, code, problem });
  if (value.Name === undefined) fail('missing_field', 'Name is missing');
  else if (name === undefined) fail('bad_name', 'Name must be a short identifier of letters, digits, . _ -');
  if (typeof value.Title !== 'string' || value.Title.trim() === '' || value.Title.length > 300)
    fail(value.Title === undefined ? 'missing_field' : 'wrong_type', 'Title must be non-empty text');
  if (typeof value.Domain !== 'string')
    fail(value.Domain === undefined ? 'missing_field' : 'wrong_type', 'Domain must be text (may be empty)');
  if (!isIsoDay(value.BreachDate))
    fail(value.BreachDate === undefined ? 'missing_field' : 'bad_date', 'BreachDate must be YYYY-MM-DD');
  if (timestampDay(value.AddedDate) === null)
    fail(value.AddedDate === undefined ? 'missing_field' : 'bad_date', 'AddedDate must be an ISO timestamp');
  if (value.ModifiedDate !== undefined && value.ModifiedDate !== null && timestampDay(value.ModifiedDate) === null)
    fail('bad_date', 'ModifiedDate must be an ISO timestamp');
  if (!(Number.isSafeInteger(value.PwnCount) && (value.PwnCount as number) >= 0))
    fail(value.PwnCount === undefined ? 'missing_field' : 'bad_count', 'PwnCount must be a non-negative integer');
  if (!Array.isArray(value.DataClasses) || !value.DataClasses.every((c) => typeof c === 'string' && c.length <= 200))
    fail(value.DataClasses === undefined ? 'missing_field' : 'wrong_type', 'DataClasses must be a list of text');
  if (value.IsVerified === undefined) fail('missing_field', 'IsVerified is missing');
  for (const flag of FLAGS) {
    if (value[flag] !== undefined && typeof value[flag] !== 'boolean')
      fail('wrong_type', `${flag} must be true or false`);
  }
  return problems;
}

const ourClasses = (hibp: readonly string[]) => normaliseClasses(hibp.map(mapHibpDataClass));

export function parseHibpJson(text: string): ParseHibpResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ entry: null, code: 'not_json', problem: 'the file is not valid JSON' }] };
  }
  if (!Array.isArray(data)) {
    return { ok: false, errors: [{ entry: null, code: 'not_array', problem: 'expected a JSON array of breaches' }] };
  }
  const errors: ImportProblem[] = [];
  const names = new Set<string>();
  const breaches: Breach[] = [];
  const skipped: Record<HibpSkipReason, number> = {
    not_verified: 0,
    fabricated: 0,
    spam_list: 0,
    retired: 0,
    no_domain: 0,
    bad_domain: 0,
  };
  data.forEach((value: unknown, entry) => {
    if (!isRecord(value)) {
      errors.push({ entry, code: 'not_object', problem: 'entry is not an object' });
      return;
    }
    const problems = entryProblems(value, entry);
    if (problems.length > 0) {
      errors.push(...problems);
      return;
    }
    const name = value.Name as string;
    if (names.has(name)) {
      errors.push({ entry, name, code: 'duplicate_name', problem: 'the same Name appears twice' });
      return;
    }
    names.add(name);
    const reason = hibpSkipReason(value);
    if (reason) skipped[reason] += 1;
    else breaches.push(hibpBreach(value as unknown as HibpEntry, ourClasses));
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_PROBLEMS) };
  return { ok: true, breaches, skipped };
}
