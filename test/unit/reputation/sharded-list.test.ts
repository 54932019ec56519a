// The sharded list answers exactly as the whole list does: same hits (with the same list and matched name),
// same misses, for listed hosts, their subdomains and unlisted hosts, on a synthetic list and on the bundled one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildHashList, loadHashList, lookupHost, type HashList } from '../../../lib/reputation/hash-list';
import { createShardedList, splitHashList, SHARD_BITS } from '../../../lib/reputation/sharded-list';

function sharded(list: HashList) {
  const { meta, shards } = splitHashList(list);
  const reads: number[] = [];
  const s = createShardedList(meta, async (i) => {
    reads.push(i);
    const bytes = shards[i]!;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
  return { s, reads, meta, shards };
}

const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}[a-z0-9]$/);
const host = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'net', 'example', 'co.id'))
  .map(([l, t]) => `${l.join('.')}.${t}`);

describe('sharded list', () => {
  it('splits into 2^SHARD_BITS shards holding every entry once', () => {
    const bytes = readFileSync(resolve(import.meta.dirname, '../../../lib/reputation/data/bundled-lists.bin'));
    const list = loadHashList(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const { meta, shards } = splitHashList(list);
    expect(shards).toHaveLength(2 ** SHARD_BITS);
    expect(meta.counts.reduce((a, b) => a + b, 0)).toBe(list.size);
    // Small enough that reading one is quick: no shard above 64 kB.
    expect(Math.max(...shards.map((s) => s.byteLength))).toBeLessThan(64 * 1024);
  });

  it('answers like the whole list on random lists and hosts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(host, { minLength: 20, maxLength: 400 }),
        fc.array(host, { maxLength: 50 }),
        async (listed, others) => {
          const items = listed.map((h, i) => ({ host: h, listId: i % 3 === 0 ? 'b' : 'a' }));
          const whole = loadHashList(buildHashList(items, [{ id: 'a' }, { id: 'b' }]));
          if (whole.bucketBits < SHARD_BITS) return; // too small a list to shard; the bundled one is far larger
          const { s } = sharded(whole);
          for (const h of [...listed, ...listed.map((x) => `www.${x}`), ...others]) {
            expect(await s.lookup(h)).toEqual(lookupHost(whole, h));
          }
        },
      ),
      { numRuns: 25, seed: 20261127 },
    );
  });

  it('answers like the whole bundled list, reading only the shards a lookup needs', async () => {
    const bytes = readFileSync(resolve(import.meta.dirname, '../../../lib/reputation/data/bundled-lists.bin'));
    const whole = loadHashList(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const { s, reads } = sharded(whole);
    const first = await s.lookup('login.00apple00.com');
    expect(first).toEqual(lookupHost(whole, 'login.00apple00.com'));
    expect(first).toMatchObject({ listId: 'blp-phishing', domain: '00apple00.com' });
    expect(reads.length).toBeLessThanOrEqual(2);
    const hosts = [
      'balangankab.go.id',
      'www.balangankab.go.id',
      'kemkes.go.id',
      'sirs.kemkes.go.id',
      'example.com',
      'a.b.c.d.e.example.org',
      'rs-contoh.example',
    ];
    for (const h of hosts) expect(await s.lookup(h)).toEqual(lookupHost(whole, h));
    await fc.assert(
      fc.asyncProperty(host, async (h) => {
        expect(await s.lookup(h)).toEqual(lookupHost(whole, h));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('tries a shard again after a failed read', async () => {
    const whole = loadHashList(
      buildHashList(Array.from({ length: 3000 }, (_, i) => ({ host: `h${i}.example`, listId: 'a' }))),
    );
    const { meta, shards } = splitHashList(whole);
    let fail = true;
    const s = createShardedList(meta, async (i) => {
      if (fail) throw new Error('read failed');
      return shards[i]!.slice().buffer as ArrayBuffer;
    });
    await expect(s.lookup('h1.example')).rejects.toThrow('read failed');
    fail = false;
    expect(await s.lookup('h1.example')).toEqual({ listId: 'a', domain: 'h1.example' });
  });
});
