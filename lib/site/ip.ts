// IP-address facts about a host name: is it an address at all, and is it one that never leaves the local network.
// Hosts come from the URL parser (lower-case; IPv6 in brackets, IPv4 already in dotted-quad form, since WHATWG URL
// rewrites `0x7f.1` or `3232235777`), but brackets and a trailing dot are tolerated here too.

import { bareHost } from './host-core.mjs';

export { bareHost };

const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The address as an unsigned 32-bit number, or null when `text` is not a dotted-quad IPv4 address. */
export function parseIPv4(text: string): number | null {
  const m = IPV4_RE.exec(text);
  if (!m) return null;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i]!;
    // Leading zeros are octal in some parsers; refuse them rather than guess.
    if (part.length > 1 && part.startsWith('0')) return null;
    const v = Number(part);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

/** Eight 16-bit groups of an IPv6 address (zone id dropped), or null when `text` is not one. */
export function parseIPv6(text: string): number[] | null {
  let s = bareHost(text);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':') || !/^[0-9a-f:.]+$/.test(s)) return null;
  // A trailing dotted quad (::ffff:10.0.0.1) stands for the last two groups.
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIPv4(last);
    if (v4 === null) return null;
    s = s.slice(0, lastColon + 1) + (v4 >>> 16).toString(16) + ':' + (v4 & 0xffff).toString(16);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    const out: number[] = [];
    for (const g of groups) {
      if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if (!head || !rest) return null;
  const given = head.length + rest.length;
  if (halves.length === 1) return given === 8 ? head : null;
  if (given > 7) return null;
  return [...head, ...new Array<number>(8 - given).fill(0), ...rest];
}

export function isIPv4(host: string): boolean {
  return parseIPv4(bareHost(host)) !== null;
}

export function isIpHost(host: string): boolean {
  const h = bareHost(host);
  if (h.includes(':')) return parseIPv6(h) !== null;
  const last = h.charCodeAt(h.length - 1);
  return last >= 48 && last <= 57 && parseIPv4(h) !== null;
}

/** `ip` is an IPv4 address inside `cidr` (`10.0.0.0/8`; a bare address means /32). False for anything malformed. */
export function ipv4InCidr(ip: string, cidr: string): boolean {
  const addr = parseIPv4(bareHost(ip));
  const range = parseCidr(cidr);
  if (addr === null || range === null) return false;
  return inRange(addr, range.base, range.bits);
}

export interface Cidr {
  base: number;
  bits: number;
}

/** A CIDR block with its host bits zero (`10.0.0.0/8`, not `10.1.2.3/8`), or null. */
export function parseCidr(cidr: string): Cidr | null {
  const m = /^([0-9.]+)(?:\/(\d{1,2}))?$/.exec(cidr.trim());
  if (!m) return null;
  const base = parseIPv4(m[1]!);
  const bits = m[2] === undefined ? 32 : Number(m[2]);
  if (base === null || bits > 32) return null;
  if (bits < 32 && base % 2 ** (32 - bits) !== 0) return null;
  return { base, bits };
}

function inRange(addr: number, base: number, bits: number): boolean {
  if (bits === 0) return true;
  const size = 2 ** (32 - bits);
  return addr >= base && addr < base + size;
}

const V4_LOOPBACK: Cidr = { base: 0x7f000000, bits: 8 };
const V4_PRIVATE: Cidr[] = [
  { base: 0x0a000000, bits: 8 }, // RFC 1918
  { base: 0xac100000, bits: 12 }, // RFC 1918
  { base: 0xc0a80000, bits: 16 }, // RFC 1918
  { base: 0xa9fe0000, bits: 16 }, // link-local (RFC 3927)
  { base: 0x64400000, bits: 10 }, // carrier-grade NAT (RFC 6598)
  V4_LOOPBACK,
];

/** IPv4 address carried in an IPv4-mapped IPv6 address (::ffff:a.b.c.d), else null. */
function mappedV4(groups: number[]): number | null {
  const zeros = groups.slice(0, 5).every((g) => g === 0);
  if (!zeros || groups[5] !== 0xffff) return null;
  return groups[6]! * 0x10000 + groups[7]!;
}

export function isLoopback(host: string): boolean {
  const h = bareHost(host);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = parseIPv4(h);
  if (v4 !== null) return inRange(v4, V4_LOOPBACK.base, V4_LOOPBACK.bits);
  const v6 = parseIPv6(h);
  if (!v6) return false;
  const mapped = mappedV4(v6);
  if (mapped !== null) return inRange(mapped, V4_LOOPBACK.base, V4_LOOPBACK.bits);
  return v6.slice(0, 7).every((g) => g === 0) && v6[7] === 1;
}

/** The host can only be a machine on this computer or the local network: RFC 1918, link-local, CGNAT 100.64/10,
 * loopback, IPv6 unique-local (fc00::/7) and link-local (fe80::/10), `localhost` and mDNS `*.local` names. */
export function isPrivateAddress(host: string): boolean {
  const h = bareHost(host);
  if (isLoopback(h)) return true;
  if (h === 'local' || h.endsWith('.local')) return true;
  const v4 = parseIPv4(h);
  if (v4 !== null) return V4_PRIVATE.some((r) => inRange(v4, r.base, r.bits));
  const v6 = parseIPv6(h);
  if (!v6) return false;
  const mapped = mappedV4(v6);
  if (mapped !== null) return V4_PRIVATE.some((r) => inRange(mapped, r.base, r.bits));
  const first = v6[0]!;
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}
