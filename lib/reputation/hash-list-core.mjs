// The binary reputation-list format, shared by the build script (plain Node, scripts/data/reputation.mjs) and the
// extension (lib/reputation/hash-list.ts, which adds types). Plain JavaScript so both can import it; types live
// in hash-list-core.d.mts.
//
// Layout (little-endian; all sections 4-byte aligned):
//   0  4 bytes  magic "JGHL"
//   4  u16      format version (1)
//   6  u16      flags: bit 0 = a list-mask byte per entry follows the check hashes
//   8  u32      entry count N
//  12  u32      header length H (bytes of UTF-8 JSON, padded with spaces to a multiple of 4)
//  16  u32      bucket bits B (0-16)
//  20  H bytes  header JSON: { lists: [{ id, title?, licence?, attribution?, entries }] }
//      4(2^B+1) Uint32Array bucket starts: entries whose hash has top B bits = b are [start[b], start[b+1])
//      4N       Uint32Array primary hashes, sorted ascending (ties ordered by check hash)
//      2N       Uint16Array check hashes, parallel
//      N        Uint8Array list masks (bit i = list i of the header), only when flag bit 0 is set
//
// The bucket table (about 8 entries per bucket, at most 256 KB) turns a 20-step binary search over a million
// hashes into one table read and a few steps, which is what keeps a host-and-parents lookup under a microsecond.
//
// An entry is a host name. Looking a host up hashes the host and each parent domain. A probe matches only when both
// the 32-bit hash and the independent 16-bit check hash agree, so a legitimate site is wrongly flagged with
// probability about N / 2^48 per probe (≈ 3.6e-9 at a million entries) rather than N / 2^32.
import { getPublicSuffix } from 'tldts';
import { dnsName, isDottedQuad } from '../site/host-core.mjs';

export const MAGIC = 0x4c48474a; // "JGHL" read as a little-endian u32
export const FORMAT_VERSION = 1;
export const HEADER_FIXED_BYTES = 20;
export const MAX_BUCKET_BITS = 16;
export const MAX_LISTS = 8;

/** fmix32 from MurmurHash3: spreads the bits of a 32-bit state. */
export function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes the host and every parent domain into the given arrays and returns how many there are. Suffixes come out
 * shortest first (`example.com`, `b.example.com`, `a.b.example.com`); the bare top-level label is never hashed, and
 * a host ending in a digit (an IPv4 address; no real top-level label is numeric) is hashed whole only.
 * `starts[k]` is where suffix k begins in `host`. Hashing runs right to left, so all suffixes come out of one pass
 * over the characters with no allocation. Two independent hashes: FNV-1a (primary) and a multiply-by-31 polynomial
 * hash (check), both finished with MurmurHash3's fmix32.
 */
export function suffixHashes(host, hashes, checks, starts) {
  const n = host.length;
  if (n === 0) return 0;
  const last = host.charCodeAt(n - 1);
  const wholeOnly = last >= 48 && last <= 57;
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let seenDot = false;
  let count = 0;
  const cap = hashes.length;
  for (let i = n - 1; i >= -1; i--) {
    const c = i >= 0 ? host.charCodeAt(i) : 46;
    if (c === 46 /* '.' */) {
      // The state now covers host[i + 1 .. n): a suffix, unless it is the bare top-level label.
      if (seenDot && (!wholeOnly || i < 0) && count < cap) {
        hashes[count] = fmix32(h1);
        checks[count] = fmix32(h2 ^ (n - i - 1)) >>> 16;
        starts[count] = i + 1;
        count++;
      }
      seenDot = true;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = (Math.imul(h2, 31) + c) | 0;
  }
  return count;
}

// Scratch space for hashHost; a host name has at most 127 labels.
const hs = new Uint32Array(128);
const cs = new Uint16Array(128);
const st = new Int32Array(128);

/** Hashes of exactly `host` (not its parents): [primary, check], or null for a single-label host. */
export function hashHost(host) {
  const count = suffixHashes(host, hs, cs, st);
  if (count === 0 || st[count - 1] !== 0) return null;
  return [hs[count - 1], cs[count - 1]];
}

/**
 * A list entry as a lower-case ASCII host, or null when it is not a usable host name: the host clean-up of
 * lib/site (trim, lower case, trailing dot), a `*.` wildcard dropped, then lib/site's host-name syntax with two or
 * more labels (a list never names a bare top-level label).
 */
export function normalizeListHost(raw) {
  return dnsName(raw, 2);
}

// The host is already a validated host name: skip tldts's URL extraction and validation (4x faster).
const FAST_PSL = { allowPrivateDomains: true, extractHostname: false, validateHostname: false, detectIp: false };

/** True when the host is itself a public suffix (`com`, `co.id`, `github.io`): never listed, never looked up. */
export function isPublicSuffix(host) {
  if (isDottedQuad(host)) return false;
  return getPublicSuffix(host, FAST_PSL) === host;
}

function encodeHeader(header) {
  const bytes = new TextEncoder().encode(JSON.stringify(header));
  const padded = (bytes.length + 3) & ~3;
  const out = new Uint8Array(padded).fill(0x20);
  out.set(bytes);
  return out;
}

/** Bucket bits for N entries: about eight entries per bucket, at most 2^16 buckets. */
export function bucketBitsFor(n) {
  let bits = 0;
  while (bits < MAX_BUCKET_BITS && n / 2 ** (bits + 1) >= 8) bits++;
  return bits;
}

// A (hash, check) pair as one exactly representable number (48 bits), so typed-array sorts work without a comparator.
const TWO16 = 65536;

/**
 * Builds the binary list. `entries` yields `{ host, listId }`; hosts are normalised with normalizeListHost and
 * public suffixes are skipped. `lists` optionally gives each list's title, licence and attribution (in that order;
 * lists only seen in entries are appended). Returns the buffer and what was counted.
 */
export function encodeHashList(entries, lists = []) {
  const listInfo = lists.map((l) => ({ ...l }));
  const listIndex = new Map(listInfo.map((l, i) => [l.id, i]));
  const keysPerList = listInfo.map(() => []);
  let skipped = 0;
  for (const { host, listId } of entries) {
    let li = listIndex.get(listId);
    if (li === undefined) {
      li = listInfo.length;
      if (li >= MAX_LISTS) throw new Error(`at most ${MAX_LISTS} lists fit in one buffer`);
      listInfo.push({ id: listId });
      listIndex.set(listId, li);
      keysPerList.push([]);
    }
    const h = normalizeListHost(host);
    const hc = h === null || isPublicSuffix(h) ? null : hashHost(h);
    if (hc === null) {
      skipped++;
      continue;
    }
    keysPerList[li].push(hc[0] * TWO16 + hc[1]);
  }
  // Sort each list's keys and drop its duplicates (the distinct count is that list's size), then merge the lists,
  // OR-ing the masks of keys several lists share.
  const sorted = keysPerList.map((keys) => {
    const a = Float64Array.from(keys).sort();
    let m = 0;
    for (let i = 0; i < a.length; i++) if (m === 0 || a[i] !== a[m - 1]) a[m++] = a[i];
    return a.subarray(0, m);
  });
  const total = sorted.reduce((t, a) => t + a.length, 0);
  const merged = new Float64Array(total);
  const mergedMasks = new Uint8Array(total);
  const pos = sorted.map(() => 0);
  let n = 0;
  for (;;) {
    let min = Infinity;
    for (let l = 0; l < sorted.length; l++)
      if (pos[l] < sorted[l].length && sorted[l][pos[l]] < min) min = sorted[l][pos[l]];
    if (min === Infinity) break;
    let mask = 0;
    for (let l = 0; l < sorted.length; l++) {
      if (pos[l] < sorted[l].length && sorted[l][pos[l]] === min) {
        mask |= 1 << l;
        pos[l]++;
      }
    }
    merged[n] = min;
    mergedMasks[n++] = mask;
  }
  const withMasks = listInfo.length > 1;
  const header = { lists: listInfo.map((l, i) => ({ ...l, entries: sorted[i].length })) };
  const headerBytes = encodeHeader(header);
  const bits = bucketBitsFor(n);
  const buckets = 2 ** bits;
  const bOff = HEADER_FIXED_BYTES + headerBytes.length;
  const hOff = bOff + 4 * (buckets + 1);
  const cOff = hOff + 4 * n;
  const mOff = cOff + 2 * n;
  const size = (mOff + (withMasks ? n : 0) + 3) & ~3;
  const buffer = new ArrayBuffer(size);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint16(6, withMasks ? 1 : 0, true);
  view.setUint32(8, n, true);
  view.setUint32(12, headerBytes.length, true);
  view.setUint32(16, bits, true);
  new Uint8Array(buffer, HEADER_FIXED_BYTES, headerBytes.length).set(headerBytes);
  let bucket = 0;
  for (let i = 0; i < n; i++) {
    const key = merged[i];
    const hash = Math.floor(key / TWO16);
    view.setUint32(hOff + 4 * i, hash, true);
    view.setUint16(cOff + 2 * i, key - hash * TWO16, true);
    const b = bits === 0 ? 0 : hash >>> (32 - bits);
    while (bucket <= b) view.setUint32(bOff + 4 * bucket++, i, true);
  }
  while (bucket <= buckets) view.setUint32(bOff + 4 * bucket++, n, true);
  if (withMasks) new Uint8Array(buffer, mOff, n).set(mergedMasks.subarray(0, n));
  return { buffer, entries: n, skipped, lists: header.lists };
}
