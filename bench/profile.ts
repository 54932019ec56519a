// Where the content script's time goes on the bench's 1,000-field form: a V8 CPU profile (CDP Profiler) of the
// page's renderer, which holds the page's world and the extension's isolated world, taken from navigation until the
// scan has settled. Prints the ten functions with the most self time among frames the extension's code is on the
// stack of (a DOM call the scanner makes counts as the scanner's), named from the build's source maps.
// Run with `npm run bench:profile` (it builds with source maps first). Sample shares are more stable than wall
// time on a loaded machine; both are printed. BENCH_PROFILE_OUT=file writes the table as Markdown too.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { CHROME_BUILD, ORIGIN, launch } from './chromium';
import { formPage } from './pages';
import type { CallFrame, Profile } from './cpu-profile';

const FIELDS = Number(process.env.BENCH_PROFILE_FIELDS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SETTLE_MS = 3000;
const ROOT = resolve(import.meta.dirname, '..');

const maps = new Map<string, SourceMapConsumer | null>();
function mapFor(url: string): SourceMapConsumer | null {
  if (!maps.has(url)) {
    const file = join(CHROME_BUILD, new URL(url).pathname) + '.map';
    maps.set(
      url,
      existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap) : null,
    );
  }
  return maps.get(url)!;
}

/** A readable name: the source file and line (from the source map) when the frame is the extension's code. */
function nameOf(f: CallFrame): string {
  const fn = f.functionName || '(anonymous)';
  if (!f.url.startsWith('chrome-extension://')) return f.url ? `${fn} (page)` : fn;
  const map = mapFor(f.url);
  const file = new URL(f.url).pathname.slice(1);
  if (!map) return `${fn} ${file}:${f.lineNumber + 1}`;
  const pos = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  if (!pos.source) return `${fn} ${file}:${f.lineNumber + 1}`;
  const src = relative(ROOT, resolve(join(CHROME_BUILD, file, '..'), pos.source)).replace(/^(\.\.\/)+/, '');
  return `${pos.name ?? fn} ${src}:${pos.line}`;
}

/** Self time (ms) per function, over frames with extension code on their stack; and the extension's total. */
function selfTimes(p: Profile): { byName: Map<string, number>; total: number; all: number } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const up = parent.get(id);
    const v = n.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, v);
    return v;
  };
  const byName = new Map<string, number>();
  let total = 0;
  let all = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const id = p.samples[i]!;
    const n = byId.get(id)!;
    if (n.callFrame.functionName !== '(idle)') all += dt;
    if (!isOurs(id)) continue;
    total += dt;
    const name = nameOf(n.callFrame);
    byName.set(name, (byName.get(name) ?? 0) + dt);
  }
  return { byName, total, all };
}

async function main(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD, 'scanner.js.map')))
    console.warn('no source maps in .output/chrome-mv3: names will be minified (run `npm run bench:profile`)');
  const b = await launch(CHROME_BUILD, { [`/form${FIELDS}`]: formPage(FIELDS) });
  const sum = new Map<string, number>();
  let total = 0;
  let all = 0;
  try {
    // A first load warms the service worker and the HTTP-free route; it is not profiled.
    const warm = await b.context.newPage();
    await warm.goto(`${ORIGIN}/form${FIELDS}?warm`, { waitUntil: 'load' });
    await warm.close();
    for (let run = 0; run < RUNS; run++) {
      const page = await b.context.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`${ORIGIN}/form${FIELDS}?run=${run}`, { waitUntil: 'load' });
      // A fixed settle, as the bench's script-time figures use: the profile covers whatever the scan does in it.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const t = selfTimes(profile);
      for (const [k, v] of t.byName) sum.set(k, (sum.get(k) ?? 0) + v);
      total += t.total;
      all += t.all;
      await page.close();
    }
  } finally {
    await b.close();
  }
  const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const lines = [
    `Extension code on the stack: ${(total / RUNS).toFixed(1)} ms per load (of ${(all / RUNS).toFixed(1)} ms ` +
      `non-idle samples in the renderer), ${FIELDS}-field form, mean of ${RUNS} profiled loads, 100 µs sampling.`,
    '',
    '| # | function (source) | self ms per load | share of extension time |',
    '| --- | --- | --- | --- |',
    ...top.map(
      ([name, ms], i) =>
        `| ${i + 1} | \`${name}\` | ${(ms / RUNS).toFixed(1)} | ${((100 * ms) / Math.max(total, 1e-9)).toFixed(1)} % |`,
    ),
  ];
  console.log(lines.join('\n'));
  if (process.env.BENCH_PROFILE_OUT) writeFileSync(process.env.BENCH_PROFILE_OUT, lines.join('\n') + '\n');
}

await main();
