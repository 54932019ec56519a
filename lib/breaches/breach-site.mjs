// Breaches are keyed by registrable domain, the same notion of "site" as lib/site/registrable-domain.ts (public
// suffix list via tldts). HIBP's Domain is sometimes a subdomain (redmart.lazada.sg) and is stored as the
// registrable domain. Under a private suffix (ddns.net, github.io) the key is the user's own site
// (phoenixim.ddns.net): a breach of one dynamic-DNS customer must not show on every other customer's site.
// Plain JavaScript so the catalogue build script (scripts/data/breaches.mjs) and the extension share the rule.
import { parse } from 'tldts';
import { bareHost } from '../site/host-core.mjs';

const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** The key a breach domain is stored under, or null when it is not a usable domain (IP, single label, junk). */
export function breachSite(domain) {
  const host = bareHost(String(domain));
  if (host.length > 253 || !HOSTNAME.test(host)) return null;
  const withPrivate = parse(host, { allowPrivateDomains: true });
  if (withPrivate.isIp) return null;
  return withPrivate.domain ?? parse(host, { allowPrivateDomains: false }).domain ?? null;
}
