// What a frame's scanner tells the background about recognised values: kinds and keyed digests, with the
// frame's random key (hex), never a value. Both ends check lengths against these constants.
import type { FieldKind } from '../kinds/field-kinds';
import type { Shape } from './shape';

export interface SendDigests {
  /** The frame's HMAC key, hex: random per page, in memory only. */
  key: string;
  /** `shape`: the normalised value's length and digit count (lib/sends/shape.ts), the background's pre-filter. */
  digests: Array<{ kind: FieldKind; digest: string; shape: Shape }>;
}

/** Hex length of a key and of a digest (32 bytes each). */
export const HEX_LENGTH = 64;
/** At most this many digests per frame: a page cannot make the background digest against thousands. */
export const MAX_DIGESTS = 64;

/** What each end holds for a digest: the kind of the value behind it and its shape (the pre-filter). */
export interface HeldDigest {
  kind: FieldKind;
  shape: Shape;
}

/**
 * Holds `digest` as the newest of a frame's digests, the oldest going first beyond `max`: the one rule both ends
 * keep, the scanner for what it sends and the background for what it receives (a buggy or hijacked scanner that
 * sent a new set every few seconds cannot make the background hold, and digest each request against, more).
 * Returns whether anything changed (a digest already held for the same kind changes nothing).
 */
export function holdDigest(
  held: Map<string, HeldDigest>,
  digest: string,
  entry: HeldDigest,
  max: number = MAX_DIGESTS,
): boolean {
  const before = held.get(digest);
  if (before?.kind === entry.kind && before.shape === entry.shape) return false;
  held.delete(digest);
  held.set(digest, { kind: entry.kind, shape: entry.shape });
  while (held.size > max) held.delete(held.keys().next().value!);
  return true;
}
