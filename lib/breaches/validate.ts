// Validation of one breach entry in our own format, for catalogues downloaded or imported at run time. Returns a
// clean copy holding only the known fields, or the problems found. Problem texts never echo the offending value.
import { isDataClass, normaliseClasses } from './data-classes';
import { isIsoDay, isPartialIsoDate } from './dates';
import { isRegistrableDomain } from './domains';
import {
  BREACH_STATUSES,
  RECORDS_SOURCES,
  type Breach,
  type BreachStatus,
  type ImportProblem,
  type RecordsSource,
} from './types';

export const BREACH_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const COUNTRY = /^[A-Z]{2}$/;

export function isSourceUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortName(value: unknown): string | undefined {
  return typeof value === 'string' && BREACH_ID.test(value) ? value : undefined;
}

export function validateBreach(value: unknown, entry: number): { breach: Breach | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  if (!isRecord(value)) {
    return { breach: null, problems: [{ entry, code: 'not_object', problem: 'entry is not an object' }] };
  }
  const name = shortName(value.id);
  const fail = (code: string, problem: string) =>
    problems.push(name === undefined ? { entry, code, problem } : { entry, name, code, problem });

  if (typeof value.id !== 'string' || !BREACH_ID.test(value.id)) fail('bad_id', 'id missing or not a short identifier');
  if (typeof value.title !== 'string' || value.title.trim() === '' || value.title.length > 300)
    fail('bad_title', 'title missing, empty or longer than 300 characters');
  if (!Array.isArray(value.domains) || !value.domains.every(isRegistrableDomain))
    fail('bad_domain', 'domains must be a list of lower-case registrable domains');
  if (!isPartialIsoDate(value.breachDate))
    fail('bad_date', 'breachDate is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
  if (value.dateIsDisclosure !== undefined && value.dateIsDisclosure !== true)
    fail('wrong_type', 'dateIsDisclosure must be true when present');
  if (value.disclosedDate !== null && !isPartialIsoDate(value.disclosedDate))
    fail('bad_date', 'disclosedDate is neither null nor an ISO date');
  if (!isIsoDay(value.addedDate)) fail('bad_date', 'addedDate is not a YYYY-MM-DD date');
  if (value.modifiedDate !== undefined && !isIsoDay(value.modifiedDate))
    fail('bad_date', 'modifiedDate is not a YYYY-MM-DD date');
  if (value.records !== null && !(Number.isSafeInteger(value.records) && (value.records as number) >= 0))
    fail('bad_count', 'records is neither null nor a non-negative integer');
  if (typeof value.recordsIsClaim !== 'boolean') fail('wrong_type', 'recordsIsClaim must be true or false');
  if (!Array.isArray(value.dataClasses) || !value.dataClasses.every(isDataClass))
    fail('bad_data_class', 'dataClasses must be a list of known data classes');
  if (!BREACH_STATUSES.includes(value.status as BreachStatus))
    fail('bad_status', 'status must be confirmed, partly_confirmed, alleged or denied');
  if (value.recordsSource !== undefined && !RECORDS_SOURCES.includes(value.recordsSource as RecordsSource))
    fail('wrong_type', 'recordsSource must be seller, organisation, researchers or hibp');
  for (const key of ['titleId', 'statusNoteId'] as const) {
    const v = value[key];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '' || v.length > 600))
      fail('wrong_type', `${key} must be text of at most 600 characters`);
  }
  if (value.statusNote !== undefined && (typeof value.statusNote !== 'string' || value.statusNote.length > 600))
    fail('wrong_type', 'statusNote must be text of at most 600 characters');
  if (value.sensitive !== undefined && value.sensitive !== true)
    fail('wrong_type', 'sensitive must be true when present');
  if (value.origin !== 'hibp' && value.origin !== 'curated') fail('bad_origin', 'origin must be hibp or curated');
  if (value.hibpName !== undefined && (typeof value.hibpName !== 'string' || !BREACH_ID.test(value.hibpName)))
    fail('wrong_type', 'hibpName must be a short identifier');
  if (value.country !== undefined && (typeof value.country !== 'string' || !COUNTRY.test(value.country)))
    fail('wrong_type', 'country must be a two-letter code');
  if (!Array.isArray(value.sources) || value.sources.length === 0 || !value.sources.every(isSourceUrl))
    fail('bad_source', 'sources must hold at least one http(s) URL');
  if (problems.length > 0) return { breach: null, problems };

  const breach: Breach = {
    id: value.id as string,
    title: (value.title as string).trim(),
    domains: [...new Set(value.domains as string[])],
    breachDate: value.breachDate as string,
    disclosedDate: value.disclosedDate as string | null,
    addedDate: value.addedDate as string,
    records: value.records as number | null,
    recordsIsClaim: value.recordsIsClaim as boolean,
    dataClasses: normaliseClasses(value.dataClasses as Breach['dataClasses']),
    status: value.status as Breach['status'],
    origin: value.origin as Breach['origin'],
    sources: [...new Set(value.sources as string[])],
  };
  if (value.dateIsDisclosure === true) breach.dateIsDisclosure = true;
  if (typeof value.modifiedDate === 'string') breach.modifiedDate = value.modifiedDate;
  if (typeof value.statusNote === 'string') breach.statusNote = value.statusNote;
  if (typeof value.recordsSource === 'string') breach.recordsSource = value.recordsSource as RecordsSource;
  if (typeof value.titleId === 'string') breach.titleId = value.titleId.trim();
  if (typeof value.statusNoteId === 'string') breach.statusNoteId = value.statusNoteId;
  if (value.sensitive === true) breach.sensitive = true;
  if (typeof value.hibpName === 'string') breach.hibpName = value.hibpName;
  if (typeof value.country === 'string') breach.country = value.country;
  return { breach, problems };
}
