// Keyed digests (HMAC-SHA-256) of normalised values. The key is random per page, made by the scanner and held
// in memory only (never stored): without it a digest says nothing about the value, and a digest seen on one page
// cannot be linked to one seen on another. The WebCrypto implementation is passed in (lib/ stays pure).
import type { FieldKind } from '../kinds/field-kinds';
import type { Candidates } from './request-tokens';
import { hmacSha256 } from './hmac-sha256';

export type Digest = (token: string) => Promise<string>;

/** Key length in bytes (HMAC-SHA-256's block-size-safe 256-bit key). */
export const KEY_BYTES = 32;

const hex = (buffer: ArrayBuffer) => {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
};

/**
 * A digest function over `rawKey`: WebCrypto when there is one, else the plain implementation (content scripts
 * on plain-HTTP pages have no crypto.subtle). Both give the same HMAC-SHA-256.
 */
export async function keyedDigest(subtle: SubtleCrypto | undefined, rawKey: Uint8Array<ArrayBuffer>): Promise<Digest> {
  const encoder = new TextEncoder();
  if (!subtle) {
    const key = rawKey.slice();
    return async (token) => hex(hmacSha256(key, encoder.encode(token)).buffer as ArrayBuffer);
  }
  const key = await subtle.importKey('raw', rawKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (token) => hex(await subtle.sign('HMAC', key, encoder.encode(token)));
}

/** The kinds whose digests (`known`: digest → what the scanner said of it) match a candidate of the request. */
export async function matchedKinds(
  candidates: Candidates,
  digest: Digest,
  known: ReadonlyMap<string, { readonly kind: FieldKind }>,
): Promise<FieldKind[]> {
  if (known.size === 0 || candidates.tokens.size === 0) return [];
  const digests = await Promise.all([...candidates.tokens].map(digest));
  const kinds = new Set<FieldKind>();
  for (const d of digests) {
    const held = known.get(d);
    if (held) kinds.add(held.kind);
  }
  return [...kinds];
}
