// A/B of the reputation figures `npm run bench` reports, between two checkouts (each with its own code and data):
// the lookalike index build and checks (ordinary hosts, the imitating mix and each imitating host), and the bundled
// lists' cold start and lookups (miss, hit). Both checkouts are imported into one Node process and measured
// alternately (A B B A …) in CPU time, so a machine shared with other work slows both alike; each figure is the
// median of the rounds, and `B/A` the median of the per-round ratios.
//   npx tsx bench/reputation-ab/run.ts <checkout A> <checkout B>     (AB_ROUNDS=21 by default)
// A checkout made with `git worktree add --detach <dir> <commit>` needs node_modules (`cp -al`) to import.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { median } from '../node/record';
import { IMITATING_HOSTS, bundledListedHosts, ordinaryHost } from '../node/sample-hosts';

type Check = (host: string) => unknown;
interface Side {
  name: string;
  protectedCount: number;
  buildIndex: () => { check: Check };
  check: Check;
  load: () => unknown;
  lookup: (host: string) => unknown;
}

async function side(root: string): Promise<Side> {
  const imp = (p: string) => import(pathToFileURL(resolve(root, p)).href);
  const lookalike = await imp('lib/reputation/lookalike.ts');
  const { BUNDLED_PROTECTED_DOMAINS: domains } = await imp('lib/reputation/protected-domains.ts');
  const hashList = await imp('lib/reputation/hash-list.ts');
  const bin = readFileSync(resolve(root, 'lib/reputation/data/bundled-lists.bin'));
  const buffer = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
  const list = hashList.loadHashList(buffer);
  const index = lookalike.createLookalikeIndex(domains);
  return {
    name: root,
    protectedCount: domains.length,
    buildIndex: () => lookalike.createLookalikeIndex(domains),
    check: (h) => index.check(h),
    load: () => hashList.loadHashList(buffer),
    lookup: (h) => hashList.lookupHost(list, h),
  };
}

const [rootA, rootB] = process.argv.slice(2);
if (!rootA || !rootB) throw new Error('usage: tsx bench/reputation-ab/run.ts <checkout A> <checkout B>');
const ROUNDS = Number(process.env.AB_ROUNDS ?? 21);
const sides = [await side(resolve(rootA)), await side(resolve(rootB))];

const next = seededRandom(42);
const ordinary = Array.from({ length: 20_000 }, () => ordinaryHost(next));
const hits = bundledListedHosts(resolve(import.meta.dirname, '../..'), 20_000);
for (const s of sides) {
  const missed = hits.filter((h) => s.lookup(h) === null).length;
  if (missed > hits.length / 100) throw new Error(`${s.name}: ${missed} of the listed hosts are not on its lists`);
}

/** CPU milliseconds (user + system) of `fn`. */
function cpuMs(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** A figure: one call of the work, how many calls make a sample, and the unit to report one call in. */
interface Figure {
  name: string;
  unit: 'ms' | 'µs' | 'ns';
  calls: number;
  call: (s: Side, i: number) => unknown;
}
const of = (hosts: readonly string[], i: number) => hosts[i % hosts.length]!;
const figures: Figure[] = [
  { name: 'lookalike: index build', unit: 'ms', calls: 10, call: (s) => s.buildIndex() },
  { name: 'lookalike: check, ordinary host', unit: 'µs', calls: 4000, call: (s, i) => s.check(of(ordinary, i)) },
  {
    name: 'lookalike: check, imitating host (mix)',
    unit: 'µs',
    calls: 5000,
    call: (s, i) => s.check(of(IMITATING_HOSTS, i)),
  },
  ...IMITATING_HOSTS.map((h): Figure => ({
    name: `lookalike: check, ${h}`,
    unit: 'µs',
    calls: 5000,
    call: (s) => s.check(h),
  })),
  { name: 'bundled lists: cold start', unit: 'ms', calls: 200, call: (s) => s.load() },
  { name: 'bundled lists: lookup, miss', unit: 'ns', calls: 40_000, call: (s, i) => s.lookup(of(ordinary, i)) },
  { name: 'bundled lists: lookup, hit', unit: 'ns', calls: 40_000, call: (s, i) => s.lookup(of(hits, i)) },
];
const run = (f: Figure, s: Side) => {
  for (let i = 0; i < f.calls; i++) f.call(s, i);
};
const scale = { ms: 1, µs: 1e3, ns: 1e6 };
// AB_ONLY=lookalike (a part of the names) measures only those figures.
if (process.env.AB_ONLY)
  figures.splice(0, figures.length, ...figures.filter((f) => f.name.includes(process.env.AB_ONLY!)));

// Warm both sides (tier-up) before any sample counts.
for (let w = 0; w < 3; w++) for (const f of figures) for (const s of sides) run(f, s);

const samples = figures.map(() => sides.map(() => [] as number[]));
const load = [loadavg()[0]!];
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [1, 0] : [0, 1];
  for (const [fi, f] of figures.entries()) {
    for (const si of order) samples[fi]![si]!.push((cpuMs(() => run(f, sides[si]!)) * scale[f.unit]) / f.calls);
  }
}
load.push(loadavg()[0]!);

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
console.log(`A: ${sides[0]!.name} (${sides[0]!.protectedCount} protected domains)`);
console.log(`B: ${sides[1]!.name} (${sides[1]!.protectedCount} protected domains)`);
console.log(
  `${ROUNDS} rounds alternated, CPU time, medians; load average ${load.map((l) => l.toFixed(2)).join(' → ')}`,
);
console.log('| figure | A | B | B/A |\n| --- | --- | --- | --- |');
for (const [fi, f] of figures.entries()) {
  const [a, b] = samples[fi]!;
  const ratio = median(a!.map((x, i) => b![i]! / x));
  const change = Math.round(ratio * 100 - 100);
  console.log(
    `| ${f.name} | ${fmt(median(a!))} ${f.unit} | ${fmt(median(b!))} ${f.unit} | ${change > 0 ? '+' : ''}${change} % |`,
  );
}
