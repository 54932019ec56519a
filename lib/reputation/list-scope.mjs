// What a reputation-list entry may cover, shared by the data build (scripts/data/reputation.mjs) and the
// extension, so the two cannot disagree (issue 14, items 1 and 2). Plain JavaScript so Node can import it; types in
// list-scope.d.mts.
//
// - A shared host (lib/reputation/data/shared-hosts.json: Google Sites, link shorteners, site builders, file
//   hosts, and provider domains above them) serves many unrelated owners: an entry naming it would put every page
//   of it in danger, so such an entry is dropped. An owner's own subdomain stays listed (the hash list matches it
//   and its subdomains only). Private-section suffixes of the public suffix list are shared by construction and
//   are dropped by the hash-list encoder already (isPublicSuffix).
// - A public body or regulated institution (zones no stranger can register: go.id, ac.id, sch.id, mil.id; and
//   the curated protected list) whose site is listed was abused, not built to deceive: the listing is shown as a
//   caution naming the list and its date, never the danger page.
import { getPublicSuffix } from 'tldts';
import { isPublicSuffix } from './hash-list-core.mjs';

/** Zones that PANDI registers only to Indonesian public bodies, universities, schools and the armed forces. */
export const RESTRICTED_ZONES = ['go.id', 'ac.id', 'sch.id', 'mil.id'];

/** Protected-list categories that are not institutions whose abuse we report as caution (people's own domains). */
const NOT_INSTITUTIONS = new Set(['user']);

const PSL_ICANN = { allowPrivateDomains: false, extractHostname: false, validateHostname: false, detectIp: false };

/** Map of shared host → kind ('path' | 'subdomain' | 'parent') from the shared-hosts data file. */
export function sharedHostIndex(data) {
  return new Map(data.hosts.map((h) => [h.host, h.kind]));
}

/** The kind of shared host a (normalised) list entry names, or null when it names an ordinary host. */
export function sharedHostKind(host, index) {
  return index.get(host) ?? index.get(host.startsWith('www.') ? host.slice(4) : '') ?? null;
}

/** Set of institution domains (registrable) from the protected list. */
export function institutionIndex(protectedDomains) {
  return new Set(protectedDomains.filter((d) => !NOT_INSTITUTIONS.has(d.category)).map((d) => d.domain));
}

/** True when the host belongs to a public body or a regulated institution on the protected list. */
export function isInstitutionHost(host, institutions) {
  const suffix = getPublicSuffix(host, PSL_ICANN);
  if (suffix && RESTRICTED_ZONES.includes(suffix) && host !== suffix) return true;
  for (let i = -1; i < host.length; i = host.indexOf('.', i + 1)) {
    if (institutions.has(host.slice(i + 1))) return true;
    if (host.indexOf('.', i + 1) < 0) break;
  }
  return false;
}

/**
 * A list line that is a full address on a path-kind shared host, as `host/path-prefix` (lower-case host, path as
 * written, no query or fragment), or null. Such lines are matched as Safe Browsing matches URL expressions: the
 * address and every page under that path.
 */
export function sharedUrlPrefix(line, index) {
  if (!/^https?:\/\//i.test(line)) return null;
  let u;
  try {
    u = new URL(line);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (sharedHostKind(host, index) !== 'path') return null;
  // Trailing slashes trimmed with a loop: /\/+$/ retries from every slash of a long run (quadratic).
  let end = u.pathname.length;
  while (end > 0 && u.pathname[end - 1] === '/') end--;
  const path = u.pathname.slice(0, end);
  return path === '' ? null : host + path;
}

/** Whether a page address falls under a `host/path-prefix` entry: same host, and the path is the prefix or below. */
export function matchesUrlPrefix(url, prefix) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const key = u.hostname.toLowerCase() + u.pathname;
  return key === prefix || key.startsWith(prefix + '/') || key === prefix + '/';
}

/**
 * Whether a list entry (a normalised host) puts its site in danger: not a shared host, not a public suffix (public or
 * private section), not a public body's or regulated institution's own site (those are a caution).
 */
export function isDangerEntry(host, shared, institutions) {
  return sharedHostKind(host, shared) === null && !isPublicSuffix(host) && !isInstitutionHost(host, institutions);
}

/**
 * The hosts with every host under another of them left out, sorted: a rule naming a domain
 * (declarativeNetRequest `requestDomains`) already covers its subdomains.
 */
export function withoutListedParents(hosts) {
  const set = new Set(hosts);
  return [...set]
    .filter((h) => {
      for (let i = h.indexOf('.'); i >= 0 && h.indexOf('.', i + 1) >= 0; i = h.indexOf('.', i + 1))
        if (set.has(h.slice(i + 1))) return false;
      return true;
    })
    .sort();
}
