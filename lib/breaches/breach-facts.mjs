// The closed sets a breach entry's facts are told in, and who gave a count an entry does not attribute.
// Plain JavaScript so the data build (scripts/data/breaches.mjs) and the extension (lib/breaches/types.ts) share one
// definition: the bundle is written and read with the same words.

/** How far an entry is established: admitted in full, admitted in part (not its scope or count), claimed, denied. */
export const BREACH_STATUSES = Object.freeze(['confirmed', 'partly_confirmed', 'alleged', 'denied']);

/** Who gave the record count. */
export const RECORDS_SOURCES = Object.freeze(['seller', 'organisation', 'researchers', 'hibp']);

/**
 * Who gave the count when the entry does not say: a claim is the seller's, HIBP counts its own copy, anything else
 * came from the organisation.
 */
export function defaultRecordsSource(isClaim, fromHibp) {
  if (isClaim) return 'seller';
  return fromHibp ? 'hibp' : 'organisation';
}
