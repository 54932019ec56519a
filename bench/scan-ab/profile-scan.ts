// Where a full scan spends its time: a V8 CPU profile (CDP Profiler) of bench/scan-ab/entry.ts's `full` step, self
// and total time per function. `cold`: the first scan in a fresh page of the 30-field form (the bundle loaded just
// before, so the scan decodes the vocabulary), over BENCH_RUNS pages; `warm`: repeated full scans of the
// 1,000-field form after two unprofiled ones. Build an unminified bundle first:
// `MINIFY=0 OUT=/tmp/x npx vite build -c bench/scan-ab/vite.config.ts`, then, under the browser lock:
// `npx tsx bench/scan-ab/profile-scan.ts /tmp/x cold|warm`.
import { readFileSync } from 'node:fs';
import { ORIGIN, launch } from '../chromium';
import { formPage } from '../pages';
import type { Profile, ProfileNode } from '../cpu-profile';

const dir = process.argv[2];
const mode = process.argv[3] ?? 'warm';
if (!dir || (mode !== 'cold' && mode !== 'warm'))
  throw new Error('usage: tsx bench/scan-ab/profile-scan.ts <bundle dir> cold|warm');
const script = readFileSync(`${dir}/scan.js`, 'utf8');
const RUNS = Number(process.env.BENCH_RUNS ?? (mode === 'cold' ? 9 : 15));
const path = mode === 'cold' ? '/form30' : '/form1000';
const api = 'globalThis.jagaScanAb';

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
let wall = 0;

function add(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: ProfileNode[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id))
      chain.push(byId.get(id)!);
    if (!chain.some((n) => n.callFrame.functionName === 'full')) continue;
    all += dt;
    self.set(name(chain[0]!), (self.get(name(chain[0]!)) ?? 0) + dt);
    for (const k of new Set(chain.map(name))) total.set(k, (total.get(k) ?? 0) + dt);
  }
}

const b = await launch(null, { [path]: mode === 'cold' ? formPage(30) : formPage(1000) });
try {
  const pages = mode === 'cold' ? RUNS : 1;
  for (let p = 0; p < pages; p++) {
    const page = await b.context.newPage();
    await page.goto(`${ORIGIN}${path}?run=${p}`, { waitUntil: 'load' });
    await page.addScriptTag({ content: `${script}\n// run ${p}` });
    if (mode === 'warm') await page.evaluate(`${api}.full(); ${api}.full()`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < (mode === 'cold' ? 1 : RUNS); i++)
      wall += await page.evaluate<number>(
        `(() => { const t = performance.now(); ${api}.full(); return performance.now() - t; })()`,
      );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    add(profile);
    await page.close();
  }
} finally {
  await b.close();
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${(v / RUNS).toFixed(2).padStart(7)} ms  ${k}`);
console.log(`${mode} full scan of ${path}: wall ${(wall / RUNS).toFixed(2)} ms, sampled ${(all / RUNS).toFixed(2)} ms`);
console.log('self:');
console.log(top(self, 25).join('\n'));
console.log('total:');
console.log(top(total, 45).join('\n'));
