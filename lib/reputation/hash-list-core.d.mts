// Types for hash-list-core.mjs (plain JavaScript so the Node build script can share it).

export declare const MAGIC: number;
export declare const FORMAT_VERSION: number;
export declare const HEADER_FIXED_BYTES: number;
export declare const MAX_LISTS: number;
export declare const MAX_BUCKET_BITS: number;
export declare function bucketBitsFor(n: number): number;
/** fmix32 from MurmurHash3: spreads the bits of a 32-bit state (unsigned result). */
export declare function fmix32(h: number): number;

export interface ListInfo {
  id: string;
  title?: string;
  licence?: string;
  attribution?: string;
}

export interface ListHeaderEntry extends ListInfo {
  /** Distinct hosts of this list in the buffer. */
  entries: number;
}

export declare function suffixHashes(
  host: string,
  hashes: Uint32Array,
  checks: Uint16Array,
  starts: Int32Array,
): number;
export declare function hashHost(host: string): [number, number] | null;
export declare function normalizeListHost(raw: string): string | null;
export declare function isPublicSuffix(host: string): boolean;
export declare function encodeHashList(
  entries: Iterable<{ host: string; listId: string }>,
  lists?: ListInfo[],
): { buffer: ArrayBuffer; entries: number; skipped: number; lists: ListHeaderEntry[] };
