// Have I Been Pwned's breach entries in our catalogue's form: which entries are left out and what a kept one
// becomes. Shared by the catalogue build script (scripts/data/breaches.mjs) and the run-time import of an HIBP
// file (lib/breaches/import-hibp.ts, which checks each entry's shape first); plain JavaScript so both can import
// it, types in hibp-transform.d.mts. Facts only: no descriptions, no logos.
import { breachSite } from './breach-site.mjs';

/** Why an entry is left out, or null when it is kept: unverified, fabricated, spam lists, retired, no usable domain. */
export function hibpSkipReason(b) {
  if (b.IsVerified !== true) return 'not_verified';
  if (b.IsFabricated === true) return 'fabricated';
  if (b.IsSpamList === true) return 'spam_list';
  if (b.IsRetired === true) return 'retired';
  if (typeof b.Domain !== 'string' || b.Domain.trim() === '') return 'no_domain';
  if (breachSite(b.Domain) === null) return 'bad_domain';
  return null;
}

/**
 * Our record for a kept, well-formed entry. `dataClasses` maps HIBP's DataClasses list to ours (deduplicated and
 * in vocabulary order). Keys come in the catalogue file's order, so the build script writes the same bytes.
 */
export function hibpBreach(b, dataClasses) {
  const added = b.AddedDate.slice(0, 10);
  const modified = typeof b.ModifiedDate === 'string' ? b.ModifiedDate.slice(0, 10) : null;
  return {
    id: `hibp-${b.Name}`,
    title: b.Title.trim(),
    domains: [breachSite(b.Domain)],
    breachDate: b.BreachDate,
    disclosedDate: null,
    addedDate: added,
    ...(modified && modified > added ? { modifiedDate: modified } : {}),
    records: b.PwnCount,
    recordsIsClaim: false,
    dataClasses: dataClasses(b.DataClasses),
    status: 'confirmed',
    ...(b.IsSensitive === true ? { sensitive: true } : {}),
    origin: 'hibp',
    hibpName: b.Name,
    sources: [`https://haveibeenpwned.com/Breach/${encodeURIComponent(b.Name)}`],
  };
}
