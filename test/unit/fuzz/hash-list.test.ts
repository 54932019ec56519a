// loadHashList against hostile buffers: random bytes, a valid fixed header over random sections, and valid lists with
// flipped, cut or added bytes. Loading either gives a list whose every lookup stays inside its own data, or throws an
// Error that says what is wrong; never a TypeError, RangeError or SyntaxError from deep inside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHashList, FORMAT_VERSION, isPublicSuffix, MAGIC } from '../../../lib/reputation/hash-list-core.mjs';
import { loadHashList, lookupHost, type HashList } from '../../../lib/reputation/hash-list';
import { hostish, seeded } from './arbitraries';

const CLEAR =
  /^(not a hash list: (too short|bad magic|truncated|bad header|bad bucket table)|unsupported hash list version \d+)$/;

/** Loads, and when that works checks every lookup answers from the list's own header. */
function loadAndProbe(buffer: ArrayBuffer, hosts: readonly string[]): HashList | null {
  let list: HashList;
  try {
    list = loadHashList(buffer);
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(err)).toBe(Error.prototype);
    expect((err as Error).message).toMatch(CLEAR);
    return null;
  }
  const ids = list.lists.map((l) => l.id);
  for (const l of list.lists) expect(typeof l.id === 'string' && l.id.length > 0).toBe(true);
  expect(list.buckets.length).toBe(2 ** list.bucketBits + 1);
  expect(list.hashes.length).toBe(list.size);
  for (const host of hosts) {
    const m = lookupHost(list, host);
    if (m === null) continue;
    expect(ids).toContain(m.listId);
    expect(host.toLowerCase().replace(/\.$/, '').endsWith(m.domain)).toBe(true);
  }
  return list;
}

const listHosts = fc.uniqueArray(fc.domain(), { minLength: 1, maxLength: 60 });
const listIds = fc.constantFrom(['a'], ['a', 'b'], ['phish', 'scam', 'malware']);

function build(hosts: string[], ids: readonly string[]): ArrayBuffer {
  return encodeHashList(hosts.map((host, i) => ({ host, listId: ids[i % ids.length]! }))).buffer;
}

describe('loadHashList on hostile buffers', () => {
  it('random bytes: a clear error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        loadAndProbe(bytes.slice().buffer, ['example.com']);
      }),
      seeded(400, 20),
    );
  });

  it('a valid magic and version over random counts, header and sections', () => {
    const header = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.constantFrom(
        '{"lists":[{"id":"a","entries":1}]}',
        '{"lists":[{"id":"a","entries":1},{"id":"b","entries":1}]}',
        '{"lists":[null]}',
        '{"lists":5}',
        '{"lists":[{"id":3,"entries":1}]}',
        '{"lists":[{"id":"","entries":1}]}',
        '{"lists":[]}',
        'null',
        '{"lists":[{"id":"a"}]}',
        '{"lists":' + JSON.stringify(Array.from({ length: 9 }, (_, i) => ({ id: `l${i}`, entries: 0 }))) + '}',
      ),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        fc.record({
          version: fc.oneof(fc.constant(FORMAT_VERSION), fc.integer({ min: 0, max: 0xffff })),
          flags: fc.integer({ min: 0, max: 3 }),
          n: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0xffffffff, 2 ** 28)),
          bucketBits: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(16, 17, 31, 0xffffffff)),
          header,
          pad: fc.integer({ min: 0, max: 3 }),
          rest: fc.uint8Array({ maxLength: 400 }),
        }),
        fc.array(hostish, { maxLength: 5 }),
        ({ version, flags, n, bucketBits, header, pad, rest }, hosts) => {
          const text = new TextEncoder().encode(header);
          const headerLength = ((text.length + 3) & ~3) + (pad === 3 ? 1 : 0); // sometimes not a multiple of 4
          const buffer = new ArrayBuffer(20 + headerLength + rest.length);
          const view = new DataView(buffer);
          view.setUint32(0, MAGIC, true);
          view.setUint16(4, version, true);
          view.setUint16(6, flags, true);
          view.setUint32(8, n, true);
          view.setUint32(12, headerLength, true);
          view.setUint32(16, bucketBits, true);
          const bytes = new Uint8Array(buffer);
          bytes.fill(0x20, 20, 20 + headerLength);
          bytes.set(text, 20);
          bytes.set(rest, 20 + headerLength);
          loadAndProbe(buffer, hosts);
        },
      ),
      seeded(600, 21),
    );
  });

  it('valid lists with flipped, cut or appended bytes: loads and answers from its own lists, or a clear error', () => {
    fc.assert(
      fc.property(
        listHosts,
        listIds,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        fc.uint8Array({ maxLength: 8 }),
        (hosts, ids, flips, cut, appended) => {
          const original = new Uint8Array(build(hosts, ids));
          let bytes = original.slice();
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          if (cut !== undefined) bytes = bytes.slice(0, cut % (bytes.length + 1));
          const out = new Uint8Array(bytes.length + appended.length);
          out.set(bytes);
          out.set(appended, bytes.length);
          loadAndProbe(out.buffer, [...hosts.slice(0, 10), 'sub.' + hosts[0]!, 'example.org']);
        },
      ),
      seeded(400, 22),
    );
  });

  it('an untouched list finds every host it was built from, on the list it came from', () => {
    fc.assert(
      fc.property(listHosts, listIds, (hosts, ids) => {
        const list = loadAndProbe(build(hosts, ids), [])!;
        expect(list).not.toBeNull();
        for (const host of hosts) {
          if (isPublicSuffix(host)) continue; // never stored (`a.pg` under the PSL's `*.pg`)
          const m = lookupHost(list, host);
          expect(m).not.toBeNull();
          expect(ids).toContain(m!.listId);
        }
      }),
      seeded(150, 23),
    );
  });
});
