// Host names typed or imported by people: one normal form (lower-case ASCII, punycode for IDNs, no trailing dot)
// so that rules, lists and lookups compare equal strings.
import { bareHost, dnsName } from './host-core.mjs';
import { parseIPv4 } from './ip';

const LABEL_RE = /^[a-z0-9_-]{1,63}$/;

/**
 * The normal form of a host name, or null when `input` is not one. Unlike list entries, a single label
 * (`simrs`, an intranet name) is allowed: clinic staff trust and block LAN hosts by such names.
 */
export function normalizeHostName(input: string): string | null {
  const h = bareHost(input);
  if (h === '' || h.length > 253 || h.includes('..')) return null;
  if (!h.includes('.')) return LABEL_RE.test(h) && !/^\d+$/.test(h) ? h : null;
  if (/^[\d.]+$/.test(h)) return parseIPv4(h) === null ? null : h;
  return dnsName(h, 2);
}
