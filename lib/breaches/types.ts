// The breach catalogue in Jaga Data's own format: facts re-expressed from Have I Been Pwned and from our curated
// list of Indonesian and health-sector incidents. Never free text copied from a source; statusNote is our own words.
import type { DataClass } from './data-classes';
// Statuses (what the entry knows about the organisation's own word) and who gave a count are shared with the data
// build, so both write and read the bundle with the same words.
import { BREACH_STATUSES, RECORDS_SOURCES, defaultRecordsSource } from './breach-facts.mjs';
import type { BreachStatus, RecordsSource } from './breach-facts.mjs';
export { BREACH_STATUSES, RECORDS_SOURCES };
export type { BreachStatus, RecordsSource };

export interface Breach {
  /** `hibp-<Name>` for Have I Been Pwned breaches; curated ids look like `id-bpjs-kesehatan-2021`. */
  id: string;
  title: string;
  /** Registrable domains (eTLD+1, or the private-suffix site such as `someone.ddns.net`). Empty: never matched. */
  domains: string[];
  /**
   * ISO date at the precision known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. When the intrusion date is unknown this is
   * the first public report and `dateIsDisclosure` is true.
   */
  breachDate: string;
  dateIsDisclosure?: true;
  /** First public report (same precisions), or null when unknown. HIBP entries have none. */
  disclosedDate: string | null;
  /** `YYYY-MM-DD` the breach entered the catalogue it comes from (HIBP's AddedDate, or our curation date). */
  addedDate: string;
  /** `YYYY-MM-DD` of the last change to the facts; a newer one makes the breach notify again. */
  modifiedDate?: string;
  /** People or accounts affected as reported, or null when no figure is known. */
  records: number | null;
  /** True when `records` is a seller's claim or counts rows rather than people. */
  recordsIsClaim: boolean;
  /** Who gave `records`; absent in older data (then derived by recordsSourceOf). */
  recordsSource?: RecordsSource;
  dataClasses: DataClass[];
  status: BreachStatus;
  /** One sentence, our own words, saying who confirmed or denied what. Curated entries only. */
  statusNote?: string;
  /** Bahasa Indonesia title and status note (curated Indonesian entries). */
  titleId?: string;
  statusNoteId?: string;
  /** HIBP marks the association with the site itself as sensitive: show only on that site, with neutral wording. */
  sensitive?: true;
  origin: 'hibp' | 'curated';
  /** Set when the facts come (partly) from HIBP: the UI must show the HIBP attribution with this breach. */
  hibpName?: string;
  /** ISO 3166-1 alpha-2 country of the organisation, curated entries only. */
  country?: string;
  /** At least one http(s) URL: the HIBP breach page or the news and official pages the facts come from. */
  sources: string[];
}

export interface Attribution {
  text: string;
  url: string;
  licence: string;
  licenceUrl: string;
}

export interface BreachCatalogue {
  format: 'jaga-breaches';
  version: 1;
  /** `YYYY-MM-DD`: the newest added or modified date in the catalogue (keeps rebuilds byte-identical). */
  generated: string;
  /** Credits the UI must show wherever breaches from that source appear; `hibp` is required by CC BY 4.0. */
  attribution: Record<string, Attribution>;
  breaches: Breach[];
  /** Build figures (counts kept and dropped); informative only. */
  stats?: Record<string, unknown>;
}

export const HIBP_ATTRIBUTION: Attribution = {
  text: 'Breach data adapted from Have I Been Pwned',
  url: 'https://haveibeenpwned.com/',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
};

/** Which attribution a breach needs shown next to it, or null. */
export function attributionKey(breach: Breach): 'hibp' | null {
  return breach.origin === 'hibp' || breach.hibpName !== undefined ? 'hibp' : null;
}

/** Who gave the record count, for entries that do not say: a claim is the seller's, HIBP counts its own copy. */
export function recordsSourceOf(breach: Breach): RecordsSource {
  return breach.recordsSource ?? defaultRecordsSource(breach.recordsIsClaim === true, breach.origin === 'hibp');
}

/** The date that versions a breach: a newer value means its facts changed (or it is new). */
export function breachVersion(breach: Breach): string {
  return breach.modifiedDate !== undefined && breach.modifiedDate > breach.addedDate
    ? breach.modifiedDate
    : breach.addedDate;
}

/** One problem found in imported data: which entry (index in the array, or null for the whole file) and why. */
export interface ImportProblem {
  entry: number | null;
  name?: string;
  code: string;
  problem: string;
}

/** The `breaches` entries of `npm run audit` output (CONTRACTS.md §3). */
export interface AuditBreach {
  id: string;
  title: string;
  date: string;
  status: BreachStatus;
}

export function auditEntry(breach: Breach): AuditBreach {
  return { id: breach.id, title: breach.title, date: breach.breachDate, status: breach.status };
}
