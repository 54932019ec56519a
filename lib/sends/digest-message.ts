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
