// The plain HMAC-SHA-256 (for content scripts on plain-HTTP pages) gives exactly what Node's and WebCrypto's do.
import fc from 'fast-check';
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256, sha256 } from '../../../lib/sends/hmac-sha256';
import { keyedDigest } from '../../../lib/sends';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('hmacSha256', () => {
  it('SHA-256 of the FIPS 180-4 examples and of lengths around the block edges', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 200]) {
      const data = new Uint8Array(n).map((_, i) => (i * 31) & 0xff);
      expect(hex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('agrees with Node for random keys and messages, and with WebCrypto through keyedDigest', async () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ maxLength: 300 }), (key, message) => {
        expect(hex(hmacSha256(key, message))).toBe(createHmac('sha256', key).update(message).digest('hex'));
      }),
      { numRuns: 300, seed: 256 },
    );
    const key = crypto.getRandomValues(new Uint8Array(32));
    const [web, plain] = await Promise.all([keyedDigest(crypto.subtle, key), keyedDigest(undefined, key)]);
    for (const token of ['3171015708450001', 'asma bronkial', '']) expect(await plain(token)).toBe(await web(token));
  });
});
