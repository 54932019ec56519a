// Where the watcher's re-scan after 10 added fields spends its time: a V8 CPU profile (CDP Profiler) of repeated
// `add` + `flush` (+ `report`) steps of bench/scan-ab/entry.ts on the 1,000-field form, self and total time per
// function. Build an unminified bundle first: `MINIFY=0 OUT=/tmp/x npx vite build -c bench/scan-ab/vite.config.ts`,
// then, under the browser lock: `npx tsx bench/scan-ab/profile-add.ts /tmp/x [flush|report]`.
import { readFileSync } from 'node:fs';
import { ORIGIN, launch } from '../chromium';
import { formPage } from '../pages';
import type { Profile, ProfileNode } from '../cpu-profile';

const dir = process.argv[2];
const step = process.argv[3] ?? 'flush';
if (!dir) throw new Error('usage: tsx bench/scan-ab/profile-add.ts <bundle dir> [flush|report]');
const script = readFileSync(`${dir}/scan.js`, 'utf8');
const REPEATS = Number(process.env.BENCH_RUNS ?? 30);

const b = await launch(null, { '/form1000': formPage(1000) });
try {
  const page = await b.context.newPage();
  await page.goto(`${ORIGIN}/form1000`, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  const api = 'globalThis.jagaScanAb';
  await page.evaluate(`${api}.full(); ${api}.report(); ${api}.full(); ${api}.report()`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  let inStep = 0;
  for (let i = 0; i < REPEATS; i++) {
    await page.evaluate(`${api}.add()`);
    if (step === 'report') await page.evaluate(`${api}.flush()`);
    inStep += await page.evaluate<number>(
      `(() => { const t = performance.now(); ${api}.${step}(); return performance.now() - t; })()`,
    );
    if (step === 'flush') await page.evaluate(`${api}.report()`);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  console.log(
    `${REPEATS} × ${step}: wall ${(inStep / REPEATS).toFixed(2)} ms per step (profiled, ${Date.now() - t0} ms)`,
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  // Only samples under the step's function.
  let all = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: ProfileNode[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id))
      chain.push(byId.get(id)!);
    if (!chain.some((n) => n.callFrame.functionName === step)) continue;
    all += dt;
    self.set(name(chain[0]!), (self.get(name(chain[0]!)) ?? 0) + dt);
    for (const k of new Set(chain.map(name))) total.set(k, (total.get(k) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${(v / REPEATS).toFixed(2).padStart(7)} ms  ${k}`);
  console.log(`sampled in ${step}: ${(all / REPEATS).toFixed(2)} ms per step\nself:`);
  console.log(top(self, 25).join('\n'));
  console.log('total:');
  console.log(top(total, 45).join('\n'));
} finally {
  await b.close();
}
