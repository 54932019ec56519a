// Reputation lookups at one million entries: our sorted-hash buffer side by side with a plain Set<string> and a
// parent-domain walk (what a straightforward extension would do). Also the bundled lists, lookalike checks and the
// cost of turning a downloaded list into a buffer. Figures only; nothing is asserted.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { it } from 'vitest';
import { buildHashList, loadHashList, lookupHost } from '../../lib/reputation/hash-list';
import { parseHostList } from '../../lib/reputation/host-list';
import { createLookalikeIndex } from '../../lib/reputation/lookalike';
import { createLookalikeGate, gateRules } from '../../lib/reputation/lookalike-gate';
import { BUNDLED_PROTECTED_DOMAINS } from '../../lib/reputation/protected-domains';
import { median, nsPerCall, recordBench, type BenchFigure } from './record';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { IMITATING_HOSTS, bundledListedHosts, ordinaryHost, randomHost } from './sample-hosts';

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const N = 1_000_000;
const QUERIES = 200_000;

/** Set + parent walk: the host, then each parent domain, as a straightforward implementation would do. */
function setLookup(set: Set<string>, host: string): boolean {
  let h = host;
  for (;;) {
    if (set.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0 || h.indexOf('.', dot + 1) < 0) return false;
    h = h.slice(dot + 1);
  }
}

function msOf(fn: () => unknown, rounds = 7): number {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

it('reputation lookups at 1,000,000 entries', () => {
  const next = seededRandom(42);
  const hostSet = new Set<string>();
  while (hostSet.size < N) hostSet.add(randomHost(next));
  const hosts = [...hostSet];
  hostSet.clear();
  const hits = Array.from({ length: QUERIES }, (_, i) => {
    const h = hosts[Math.floor(next() * N)]!;
    return i % 2 ? h : `www.${h}`;
  });
  const misses = Array.from({ length: QUERIES }, () => ordinaryHost(next));

  // Hash list: build once (offline in the build script), then every wake-up only loads the buffer.
  let buffer!: ArrayBuffer;
  const buildMs = msOf(() => (buffer = buildHashList(hosts.map((host) => ({ host, listId: 'synthetic' })))), 1);
  const coldMs = msOf(() => loadHashList(buffer), 51);
  const list = loadHashList(buffer);
  const hashHit = nsPerCall((i) => lookupHost(list, hits[i % QUERIES]!), QUERIES);
  const hashMiss = nsPerCall((i) => lookupHost(list, misses[i % QUERIES]!), QUERIES);
  const falseHits = misses.filter((h) => lookupHost(list, h) !== null).length;

  // Set<string>: built from flat strings (as after JSON.parse), measured on the heap.
  const json = JSON.stringify(hosts);
  const before = heapUsed();
  let set = new Set<string>(JSON.parse(json) as string[]);
  const setBytes = heapUsed() - before;
  const setColdMs = msOf(() => (set = new Set<string>(JSON.parse(json) as string[])), 3);
  const setHit = nsPerCall((i) => setLookup(set, hits[i % QUERIES]!), QUERIES);
  const setMiss = nsPerCall((i) => setLookup(set, misses[i % QUERIES]!), QUERIES);

  // A downloaded list of a million lines (hosts-file format) turned into a buffer at run time.
  const text = hosts.map((h) => `0.0.0.0 ${h}`).join('\n');
  const downloadMs = msOf(() => {
    const parsed = parseHostList(text);
    buildHashList(parsed.hosts.map((host) => ({ host, listId: 'download' })));
  }, 1);

  // The bundled lists as shipped.
  const bin = readFileSync(resolve(__dirname, '../../lib/reputation/data/bundled-lists.bin'));
  const bundledBuffer = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
  const bundledColdMs = msOf(() => loadHashList(bundledBuffer), 51);
  const bundled = loadHashList(bundledBuffer);
  const bundledMiss = nsPerCall((i) => lookupHost(bundled, misses[i % QUERIES]!), QUERIES);
  const listed = bundledListedHosts(resolve(__dirname, '../..'), 20_000);
  const bundledHit = nsPerCall((i) => lookupHost(bundled, listed[i % listed.length]!), QUERIES);

  // Lookalike checks against the bundled protected list: index build and per-host cost on ordinary hosts.
  const indexMs = msOf(() => createLookalikeIndex(BUNDLED_PROTECTED_DOMAINS), 7);
  const index = createLookalikeIndex(BUNDLED_PROTECTED_DOMAINS);
  const lookalikeNs = nsPerCall((i) => index.check(misses[i % QUERIES]!), 50_000);
  // Chrome's lookalike gate: its patterns and their packing into rules (Chrome's own checks of each rule come after,
  // in the worker: see the service-worker figure).
  const gateMs = msOf(() => gateRules(createLookalikeGate(BUNDLED_PROTECTED_DOMAINS)), 7);
  const gateRuleCount = gateRules(createLookalikeGate(BUNDLED_PROTECTED_DOMAINS)).length;
  const lookalikeHitNs = nsPerCall((i) => index.check(IMITATING_HOSTS[i % IMITATING_HOSTS.length]!), 50_000);

  const figures: BenchFigure[] = [
    {
      name: 'hash list: lookup, hit (host + parents, 1M entries)',
      value: hashHit,
      unit: 'ns',
      target: '< 1000 ns',
      note: `Set + parent walk: ${setHit.toFixed(0)} ns`,
    },
    {
      name: 'hash list: lookup, miss (1M entries)',
      value: hashMiss,
      unit: 'ns',
      target: '< 1000 ns',
      note: `Set + parent walk: ${setMiss.toFixed(0)} ns; false hits ${falseHits}/${QUERIES}`,
    },
    {
      name: 'hash list: memory (buffer, 1M entries, one list)',
      value: buffer.byteLength,
      unit: 'bytes',
      target: '< 8 MB',
      note: `Set<string> heap: ${setBytes} bytes`,
    },
    {
      name: 'hash list: cold start (buffer → ready, 1M)',
      value: coldMs,
      unit: 'ms',
      target: '< 5 ms',
      note: `Set from JSON: ${setColdMs.toFixed(0)} ms`,
    },
    { name: 'hash list: build from 1M hosts (offline)', value: buildMs, unit: 'ms' },
    { name: 'downloaded list: parse 1M hosts-file lines + build', value: downloadMs, unit: 'ms' },
    {
      name: 'bundled lists: size',
      value: bundledBuffer.byteLength,
      unit: 'bytes',
      note: `${bundled.size} hashed hosts, 3 lists`,
    },
    { name: 'bundled lists: cold start', value: bundledColdMs, unit: 'ms', target: '< 5 ms' },
    { name: 'bundled lists: lookup, miss', value: bundledMiss, unit: 'ns', target: '< 1000 ns' },
    {
      name: 'bundled lists: lookup, hit',
      value: bundledHit,
      unit: 'ns',
      target: '< 1000 ns',
      note: `${listed.length} listed hosts, half with www.`,
    },
    {
      name: 'lookalike: index build',
      value: indexMs,
      unit: 'ms',
      note: `${BUNDLED_PROTECTED_DOMAINS.length} protected domains`,
    },
    { name: 'lookalike: check, ordinary host', value: lookalikeNs, unit: 'ns', target: 'a few µs' },
    {
      name: 'lookalike gate: patterns + packing into rules',
      value: gateMs,
      unit: 'ms',
      note: `${gateRuleCount} rules for ${BUNDLED_PROTECTED_DOMAINS.length} protected domains`,
    },
    {
      name: 'lookalike: check, imitating host',
      value: lookalikeHitNs,
      unit: 'ns',
      target: 'a few µs',
      note: `mix of ${IMITATING_HOSTS.join(', ')}`,
    },
  ];
  recordBench('reputation', figures);
  for (const f of figures) console.warn(`${f.name}: ${f.value.toFixed(1)} ${f.unit}${f.note ? ` (${f.note})` : ''}`);
});
