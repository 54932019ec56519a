// Host names and IPv4 ranges as they appear in site rules. Addresses and ranges are read by lib/site/ip.ts.
import { parse } from 'tldts';
import { bareHost } from '../site/host-core.mjs';
import { ipv4InCidr, parseIPv4 } from '../site/ip';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Characters that mean "this is a URL or a pattern, not a host name". */
const NOT_HOST = /[\s/\\@:?#[\]*%]/;

/** A dotted-quad IPv4 address as written (no leading zeros, no brackets or spaces). */
export function isIpv4(value: string): boolean {
  return parseIPv4(value) !== null;
}

/** Lower-case ASCII host name (IDNs to punycode), or a dotted-quad IPv4 address; null when it is neither. */
export function normaliseHost(input: string): string | null {
  let host = bareHost(input);
  if (host === '' || host.length > 253 || NOT_HOST.test(host)) return null;
  if (isIpv4(host)) return host;
  if (/[^\x20-\x7e]/.test(host)) {
    // Non-ASCII: let the URL parser apply IDNA (it is the same conversion the browser does for the address bar).
    try {
      host = new URL(`http://${host}/`).hostname;
    } catch {
      return null;
    }
  }
  const labels = host.split('.');
  if (!labels.every((label) => LABEL.test(label))) return null;
  // A name ending in a number is read by browsers as an IPv4 address ("1.2.3" is 1.2.0.3): not a host name.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return null;
  return host;
}

/** True when `domain` can stand for "this organisation and everything under it": it has a registrable part and is
 * not itself a public suffix, private ones included (`go.id`, `co.id` and `github.io` are refused). */
export function isDomainScopeOk(domain: string): boolean {
  if (isIpv4(domain)) return false;
  return parse(domain, { allowPrivateDomains: true }).domain !== null;
}

function intToIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** Shortest prefix accepted: anything wider than a /8 is almost certainly a mistake. */
export const MIN_CIDR_PREFIX = 8;

/** Canonical `a.b.c.d/n` with the host bits cleared, or null. */
export function normaliseCidr(input: string): string | null {
  const match = /^([0-9.]+)\/(\d{1,2})$/.exec(input.trim());
  if (!match) return null;
  const [, ip = '', bits = ''] = match;
  const prefix = Number(bits);
  const addr = parseIPv4(ip);
  if (addr === null || prefix < MIN_CIDR_PREFIX || prefix > 32) return null;
  const size = 2 ** (32 - prefix);
  const network = Math.floor(addr / size) * size;
  return `${intToIpv4(network)}/${prefix}`;
}

export { ipv4InCidr };
