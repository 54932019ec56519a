// The bundled reputation list, read in shards. A service worker that wakes must answer its first question fast;
// reading the whole 1.6 MB list from the package takes ~20 ms in Chromium, so the list is split by the top bits
// of its (sorted) host hashes into small shards, and a lookup reads only the shards its host and parents fall in.
// Same hashes, same answers as lookupHost on the whole list (a test checks), just less to read.
import { suffixHashes } from './hash-list-core.mjs';
import type { HashList, HostMatch } from './hash-list';
import type { ListHeaderEntry } from './hash-list-core.mjs';

export const SHARD_BITS = 6;

export interface ShardMeta {
  bits: number;
  lists: ListHeaderEntry[];
  withMasks: boolean;
  /** Entries in each shard, in shard order. */
  counts: number[];
}

interface Shard {
  hashes: Uint32Array;
  checks: Uint16Array;
  masks: Uint8Array | null;
}

/** Where things sit in one shard file: hashes (u32), checks (u16), padding to 4, masks (u8) for several lists. */
function layout(count: number, withMasks: boolean): { checks: number; masks: number; total: number } {
  const checks = 4 * count;
  const masks = (checks + 2 * count + 3) & ~3;
  return { checks, masks, total: masks + (withMasks ? count : 0) };
}

/** Splits a loaded list into 2^bits shards (build time). */
export function splitHashList(list: HashList, bits = SHARD_BITS): { meta: ShardMeta; shards: Uint8Array[] } {
  if (bits > list.bucketBits)
    throw new Error(`cannot split a list of ${list.bucketBits} bucket bits into 2^${bits} shards`);
  const shift = list.bucketBits - bits;
  const withMasks = list.masks !== null;
  const counts: number[] = [];
  const shards: Uint8Array[] = [];
  for (let k = 0; k < 2 ** bits; k++) {
    const lo = list.buckets[k << shift]!;
    const hi = list.buckets[(k + 1) << shift]!;
    const count = hi - lo;
    const { checks, masks, total } = layout(count, withMasks);
    const out = new Uint8Array(total);
    new Uint32Array(out.buffer, 0, count).set(list.hashes.subarray(lo, hi));
    new Uint16Array(out.buffer, checks, count).set(list.checks.subarray(lo, hi));
    if (list.masks) out.set(list.masks.subarray(lo, hi), masks);
    counts.push(count);
    shards.push(out);
  }
  return { meta: { bits, lists: list.lists, withMasks, counts }, shards };
}

function readShard(buffer: ArrayBuffer, count: number, withMasks: boolean): Shard {
  const { checks, masks, total } = layout(count, withMasks);
  if (buffer.byteLength !== total) throw new Error(`not a list shard: ${buffer.byteLength} bytes, expected ${total}`);
  return {
    hashes: new Uint32Array(buffer, 0, count),
    checks: new Uint16Array(buffer, checks, count),
    masks: withMasks ? new Uint8Array(buffer, masks, count) : null,
  };
}

function findIn(shard: Shard, hash: number, check: number): number {
  const { hashes, checks } = shard;
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid]! < hash) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < hashes.length && hashes[i] === hash; i++) if (checks[i] === check) return i;
  return -1;
}

export interface ShardedList {
  readonly meta: ShardMeta;
  lookup(host: string): Promise<HostMatch | null>;
  /** Shards read so far (for diagnostics). */
  loaded(): number;
}

const probeHashes = new Uint32Array(128);
const probeChecks = new Uint16Array(128);
const probeStarts = new Int32Array(128);

export function createShardedList(meta: ShardMeta, read: (index: number) => Promise<ArrayBuffer>): ShardedList {
  const shards = new Map<number, Promise<Shard>>();
  const shardOf = (index: number): Promise<Shard> => {
    let s = shards.get(index);
    if (!s) {
      s = read(index).then((b) => readShard(b, meta.counts[index] ?? 0, meta.withMasks));
      // A failed read is not remembered: the next lookup tries again.
      s.catch(() => shards.delete(index));
      shards.set(index, s);
    }
    return s;
  };
  const listIdAt = (shard: Shard, i: number): string => {
    if (!shard.masks) return meta.lists[0]!.id;
    const mask = shard.masks[i]!;
    const bit = 31 - Math.clz32(mask & -mask);
    return meta.lists[bit]?.id ?? meta.lists[0]!.id;
  };
  return {
    meta,
    loaded: () => shards.size,
    async lookup(host) {
      let h = host;
      if (h.endsWith('.')) h = h.slice(0, -1);
      if (/[A-Z]/.test(h)) h = h.toLowerCase();
      const count = suffixHashes(h, probeHashes, probeChecks, probeStarts);
      const probes = Array.from({ length: count }, (_, k) => ({
        hash: probeHashes[k]!,
        check: probeChecks[k]!,
        start: probeStarts[k]!,
      }));
      const needed = await Promise.all(probes.map((p) => shardOf(p.hash >>> (32 - meta.bits))));
      // Most specific name first, as lookupHost does.
      for (let k = probes.length - 1; k >= 0; k--) {
        const shard = needed[k]!;
        const i = findIn(shard, probes[k]!.hash, probes[k]!.check);
        if (i >= 0) return { listId: listIdAt(shard, i), domain: h.slice(probes[k]!.start) };
      }
      return null;
    },
  };
}
