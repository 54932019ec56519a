// A reputation list held as sorted hashes (format: hash-list-core.mjs). Loading makes typed-array views over the
// buffer and parses only the small JSON header, so a service worker that wakes up is ready in well under a
// millisecond however many hosts the list has.
import {
  encodeHashList,
  FORMAT_VERSION,
  HEADER_FIXED_BYTES,
  MAGIC,
  MAX_BUCKET_BITS,
  MAX_LISTS,
  suffixHashes,
  type ListHeaderEntry,
  type ListInfo,
} from './hash-list-core.mjs';

export type { ListHeaderEntry, ListInfo };

export interface HashList {
  lists: ListHeaderEntry[];
  /** Distinct hashed hosts. */
  size: number;
  /** Top bits of a hash that pick its bucket, and where each bucket starts in `hashes`. */
  bucketBits: number;
  buckets: Uint32Array;
  hashes: Uint32Array;
  checks: Uint16Array;
  /** Bit i set = the host is on `lists[i]`; null when the buffer holds one list. */
  masks: Uint8Array | null;
  byteLength: number;
}

export interface HostMatch {
  listId: string;
  /** The listed name that matched: the host itself or one of its parent domains. */
  domain: string;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function loadHashList(buffer: ArrayBuffer): HashList {
  if (!LITTLE_ENDIAN) throw new Error('hash lists need a little-endian platform');
  if (buffer.byteLength < HEADER_FIXED_BYTES) throw new Error('not a hash list: too short');
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a hash list: bad magic');
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`unsupported hash list version ${version}`);
  const withMasks = (view.getUint16(6, true) & 1) === 1;
  const n = view.getUint32(8, true);
  const headerLength = view.getUint32(12, true);
  const bucketBits = view.getUint32(16, true);
  const bOff = HEADER_FIXED_BYTES + headerLength;
  const hOff = bOff + 4 * (2 ** Math.min(bucketBits, MAX_BUCKET_BITS) + 1);
  const cOff = hOff + 4 * n;
  const mOff = cOff + 2 * n;
  if (headerLength % 4 !== 0 || bucketBits > MAX_BUCKET_BITS || mOff + (withMasks ? n : 0) > buffer.byteLength) {
    throw new Error('not a hash list: truncated');
  }
  const lists = readHeader(new Uint8Array(buffer, HEADER_FIXED_BYTES, headerLength));
  if (!lists || lists.length === 0 || lists.length > MAX_LISTS || (lists.length > 1 && !withMasks)) {
    throw new Error('not a hash list: bad header');
  }
  const buckets = new Uint32Array(buffer, bOff, 2 ** bucketBits + 1);
  if (!bucketsValid(buckets, n)) throw new Error('not a hash list: bad bucket table');
  return {
    lists,
    size: n,
    bucketBits,
    buckets,
    hashes: new Uint32Array(buffer, hOff, n),
    checks: new Uint16Array(buffer, cOff, n),
    masks: withMasks ? new Uint8Array(buffer, mOff, n) : null,
    byteLength: buffer.byteLength,
  };
}

/** The header's list entries, or null when the JSON is unreadable or not `{ lists: [{ id, entries }] }`. */
function readHeader(bytes: Uint8Array): ListHeaderEntry[] | null {
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const lists = (header as { lists?: unknown } | null)?.lists;
  if (!Array.isArray(lists)) return null;
  const ok = lists.every(
    (l: unknown) =>
      typeof l === 'object' &&
      l !== null &&
      typeof (l as ListHeaderEntry).id === 'string' &&
      (l as ListHeaderEntry).id !== '' &&
      Number.isSafeInteger((l as ListHeaderEntry).entries),
  );
  return ok ? (lists as ListHeaderEntry[]) : null;
}

/** Bucket starts run from 0 to N and never go down, so no lookup can read outside the hashes (65,537 reads at most). */
function bucketsValid(buckets: Uint32Array, n: number): boolean {
  if (buckets[0] !== 0 || buckets[buckets.length - 1] !== n) return false;
  for (let i = 1; i < buckets.length; i++) if (buckets[i]! < buckets[i - 1]!) return false;
  return true;
}

// Scratch space for one lookup (lookups never interleave: JavaScript is single-threaded per worker).
const probeHashes = new Uint32Array(128);
const probeChecks = new Uint16Array(128);
const probeStarts = new Int32Array(128);

/** Index of the entry with this hash pair, or -1. */
function find(list: HashList, hash: number, check: number): number {
  const { hashes, checks, buckets, bucketBits } = list;
  const b = bucketBits === 0 ? 0 : hash >>> (32 - bucketBits);
  let lo = buckets[b]!;
  let hi = buckets[b + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid]! < hash) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < hashes.length && hashes[i] === hash; i++) {
    if (checks[i] === check) return i;
  }
  return -1;
}

function listIdAt(list: HashList, index: number): string {
  if (!list.masks) return list.lists[0]!.id;
  const mask = list.masks[index]!;
  // Lowest set bit = the list given first when the buffer was built.
  const bit = 31 - Math.clz32(mask & -mask);
  return list.lists[bit]?.id ?? list.lists[0]!.id;
}

/**
 * Is `host` or one of its parent domains on the list? Tests the host first, then each parent up to the
 * registrable domain and beyond, never the top-level label alone. Public suffixes are never stored (the build
 * drops them), so `go.id` or `github.io` can never be what matched.
 */
export function lookupHost(list: HashList, host: string): HostMatch | null {
  let h = host;
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (/[A-Z]/.test(h)) h = h.toLowerCase();
  const count = suffixHashes(h, probeHashes, probeChecks, probeStarts);
  for (let k = count - 1; k >= 0; k--) {
    const index = find(list, probeHashes[k]!, probeChecks[k]!);
    if (index >= 0) return { listId: listIdAt(list, index), domain: h.slice(probeStarts[k]!) };
  }
  return null;
}

/**
 * Builds a list buffer from hosts (normalised: lower-cased, punycode, wildcard and trailing dot dropped; invalid
 * names and public suffixes skipped). Used by the bundled-list build and for lists downloaded at run time.
 * `lists` may give titles, licences and attribution, in the order that decides which list a shared host reports.
 */
export function buildHashList(entries: Iterable<{ host: string; listId: string }>, lists?: ListInfo[]): ArrayBuffer {
  return encodeHashList(entries, lists).buffer;
}
