// Breach keys for visited hosts; the key a breach domain is stored under is breach-site.mjs (shared with the
// catalogue build script).
import { parse } from 'tldts';
import { bareHost } from '../site/host-core.mjs';
import { breachSite } from './breach-site.mjs';

export { breachSite };

/** True when the value is already in stored form (lower case, registrable, valid per tldts). */
export function isRegistrableDomain(value: unknown): value is string {
  return typeof value === 'string' && breachSite(value) === value;
}

/** The keys a visited host can match: its private-suffix site and its ICANN registrable domain. */
export function siteKeysForHost(host: string): string[] {
  const h = bareHost(host);
  if (!h || h.length > 253) return [];
  const icann = parse(h, { allowPrivateDomains: false });
  if (icann.isIp) return [];
  const withPrivate = parse(h, { allowPrivateDomains: true });
  const keys = new Set<string>();
  if (withPrivate.domain) keys.add(withPrivate.domain);
  if (icann.domain) keys.add(icann.domain);
  return [...keys];
}
