// Breaches are keyed by registrable domain, the same notion of "site" as lib/site/registrable-domain.ts (public
// suffix list via tldts). HIBP's Domain is sometimes a subdomain (redmart.lazada.sg) and is stored as the
// registrable domain. Under a private suffix (ddns.net, github.io) the key is the user's own site
// (phoenixim.ddns.net): a breach of one dynamic-DNS customer must not show on every other customer's site.
import { parse } from 'tldts';

const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** The key a breach domain is stored under, or null when it is not a usable domain (IP, single label, junk). */
export function breachSite(domain: string): string | null {
  const host = domain.trim().toLowerCase().replace(/\.$/, '');
  if (host.length > 253 || !HOSTNAME.test(host)) return null;
  const withPrivate = parse(host, { allowPrivateDomains: true });
  if (withPrivate.isIp) return null;
  const site = withPrivate.domain ?? parse(host, { allowPrivateDomains: false }).domain;
  return site ?? null;
}

/** True when the value is already in stored form (lower case, registrable, valid per tldts). */
export function isRegistrableDomain(value: unknown): value is string {
  return typeof value === 'string' && breachSite(value) === value;
}

/** The keys a visited host can match: its private-suffix site and its ICANN registrable domain. */
export function siteKeysForHost(host: string): string[] {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[|\]$/g, '');
  if (!h || h.length > 253) return [];
  const icann = parse(h, { allowPrivateDomains: false });
  if (icann.isIp) return [];
  const withPrivate = parse(h, { allowPrivateDomains: true });
  const keys = new Set<string>();
  if (withPrivate.domain) keys.add(withPrivate.domain);
  if (icann.domain) keys.add(icann.domain);
  return [...keys];
}
