// `npm run bench`: speed and memory, measured (never asserted). Runs the Node micro-benchmarks
// (bench/node/*.bench.ts), then measures in headless Chromium: page load with vs without the extension
// (and vs the floor, an extension whose only content script is empty at document_start), the scanner's
// script time on large pages, and the background's cold start. Writes bench/results/latest.json and latest.md.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../scripts/lib/find-browser.mjs';
import { QUIET_CHROMIUM_ARGS, extensionArgs } from '../scripts/harness/chromium';
import { addFieldsScript, articlePage, blankPage, formPage } from './pages';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = resolve(ROOT, 'bench/results');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const ORIGIN = 'https://bench.example';

interface Row {
  group: string;
  name: string;
  value: number;
  unit: string;
  target?: string;
  note?: string;
}
const rows: Row[] = [];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jaga-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1',
      content_scripts: [{ matches: ['<all_urls>'], js: ['cs.js'], run_at: 'document_start', all_frames: true }],
    }),
  );
  writeFileSync(join(dir, 'cs.js'), '');
  return dir;
}

const PAGES: Record<string, string> = {
  '/blank': blankPage(),
  '/form200': formPage(200),
  '/article5000': articlePage(5000),
  '/form1000': formPage(1000),
};

async function launch(extension: string | null): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'jaga-bench-'));
  const args = [...QUIET_CHROMIUM_ARGS, ...(extension ? extensionArgs(extension) : [])];
  const context = await chromium.launchPersistentContext(dir, { executablePath: findChromium(), headless: true, args });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const body = url.origin === ORIGIN ? PAGES[url.pathname] : undefined;
    if (body) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (url.protocol === 'http:' || url.protocol === 'https:') return route.abort();
    return route.continue();
  });
  if (extension) {
    if (!context.serviceWorkers().length && extension.includes('chrome-mv3'))
      await context.waitForEvent('serviceworker', { timeout: 15000 });
  }
  return { context, dir };
}

async function loadTime(page: Page, path: string, run: number): Promise<number> {
  await page.goto(`${ORIGIN}${path}?run=${run}`, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
}

/** Main-thread script time of a page (all worlds: the page's and the extension's content scripts), in ms. */
async function metered(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

async function pageLoads(): Promise<void> {
  const floor = floorExtension();
  const configs = {
    none: await launch(null),
    floor: await launch(floor),
    jaga: await launch(resolve(ROOT, '.output/chrome-mv3')),
  };
  const pages = {
    none: await configs.none.context.newPage(),
    floor: await configs.floor.context.newPage(),
    jaga: await configs.jaga.context.newPage(),
  };
  const times: Record<string, Record<string, number[]>> = {};
  const labels: Record<string, string> = {
    '/blank': 'blank page',
    '/form200': '200-field form',
    '/article5000': '5,000-node article',
  };
  try {
    for (const page of Object.values(pages)) for (const path of Object.keys(labels)) await loadTime(page, path, -1); // warm up
    for (let run = 0; run < RUNS; run++) {
      for (const path of Object.keys(labels)) {
        for (const cfg of ['none', 'floor', 'jaga'] as const) {
          ((times[path] ??= {})[cfg] ??= []).push(await loadTime(pages[cfg], path, run));
        }
      }
    }
    for (const [path, label] of Object.entries(labels)) {
      const t = times[path]!;
      const none = median(t.none!);
      const fl = median(t.floor!);
      const jaga = median(t.jaga!);
      rows.push({
        group: 'page load (Chromium)',
        name: `${label}: with / without extension`,
        value: round(jaga / none),
        unit: 'ratio',
        note: `${round(jaga, 1)} ms vs ${round(none, 1)} ms, median of ${RUNS}`,
      });
      rows.push({
        group: 'page load (Chromium)',
        name: `${label}: with / floor (empty document_start script)`,
        value: round(jaga / fl),
        unit: 'ratio',
        note: `floor ${round(fl, 1)} ms`,
      });
    }

    // The content script's own work, as main-thread script time (CDP ScriptDuration), extension minus none.
    const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const costs: Record<string, number[]> = { nofields: [], full: [], added: [] };
    for (let run = 0; run < Math.min(RUNS, 7); run++) {
      const sample: Record<string, number> = {};
      for (const cfg of ['none', 'jaga'] as const) {
        const p1 = await configs[cfg].context.newPage();
        const read1 = await metered(p1);
        await p1.goto(`${ORIGIN}/article5000?cs=${run}`, { waitUntil: 'load' });
        await settle(1500);
        sample[`nofields-${cfg}`] = await read1();
        await p1.close();
        const p2 = await configs[cfg].context.newPage();
        const read2 = await metered(p2);
        await p2.goto(`${ORIGIN}/form1000?cs=${run}`, { waitUntil: 'load' });
        await settle(2500);
        const before = await read2();
        sample[`full-${cfg}`] = before;
        await p2.evaluate(addFieldsScript(10, 1000));
        await settle(1500);
        sample[`added-${cfg}`] = (await read2()) - before;
        await p2.close();
      }
      costs.nofields!.push(sample['nofields-jaga']! - sample['nofields-none']!);
      costs.full!.push(sample['full-jaga']! - sample['full-none']!);
      costs.added!.push(sample['added-jaga']! - sample['added-none']!);
    }
    rows.push({
      group: 'content script (Chromium, main-thread script time)',
      name: 'page with no fields (5,000-node article)',
      value: round(median(costs.nofields!), 3),
      unit: 'ms',
      target: '≤ 0.3 ms',
      note: 'bootstrap only; extension minus no extension',
    });
    rows.push({
      group: 'content script (Chromium, main-thread script time)',
      name: 'full scan of a 1,000-field form',
      value: round(median(costs.full!)),
      unit: 'ms',
      target: '≤ 15 ms',
      note: 'bootstrap + scanner injection, scan and report',
    });
    rows.push({
      group: 'content script (Chromium, main-thread script time)',
      name: '10 fields added to it',
      value: round(median(costs.added!), 3),
      unit: 'ms',
      target: '≤ 1 ms',
      note: 'incremental re-scan after the mutation',
    });
  } finally {
    for (const c of Object.values(configs)) {
      await c.context.close();
      rmSync(c.dir, { recursive: true, force: true });
    }
    rmSync(floor, { recursive: true, force: true });
  }
}

async function coldStart(): Promise<void> {
  const { context, dir } = await launch(resolve(ROOT, '.output/chrome-mv3'));
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(sw.url()).host}`;
    const page = await context.newPage();
    await page.goto(`${origin}/popup.html?control=1`);
    const cdp = await context.newCDPSession(page);
    const samples: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < 7; i++) {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 300));
      // The woken worker's first question: is this address on a list? (what the danger-page check asks)
      await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'getDangerView', data: { url: 'https://www.situs-biasa.example/masuk' } }),
      );
      const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getDiagnostics', data: {} }))) as {
        ok: boolean;
        value?: { reputationReadyMs: number | null; firstLookupMs: number | null };
      };
      if (reply.ok && typeof reply.value?.reputationReadyMs === 'number') {
        samples.push(reply.value.reputationReadyMs);
        loads.push(reply.value.firstLookupMs ?? NaN);
      }
    }
    if (samples.length) {
      rows.push({
        group: 'background (Chromium service worker)',
        name: 'bundled reputation list ready after a restart',
        value: round(median(samples), 2),
        unit: 'ms',
        target: '≤ 5 ms',
        note: `median of ${samples.length} restarts; reads the list's index (shards are read by the lookups that need them)`,
      });
      rows.push({
        group: 'background (Chromium service worker)',
        name: 'first lookup after a restart (host and parents, reading their shards)',
        value: round(median(loads), 2),
        unit: 'ms',
        note: '64 shards of ~25 kB instead of one 1.6 MB read (~19 ms)',
      });
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function nodeBenches(): void {
  const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) console.warn('some Node micro-benchmarks failed; their figures are missing');
  const file = resolve(RESULTS, 'node.json');
  if (!existsSync(file)) return;
  const groups = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Array<Omit<Row, 'group'>>>;
  for (const [group, figures] of Object.entries(groups))
    for (const f of figures) rows.push({ group: `${group} (Node)`, ...f });
}

function write(): void {
  mkdirSync(RESULTS, { recursive: true });
  const meta = {
    date: new Date().toISOString(),
    chromium: spawnSync(findChromium(), ['--version'], { encoding: 'utf8' }).stdout.trim(),
    node: process.version,
    runs: RUNS,
  };
  writeFileSync(resolve(RESULTS, 'latest.json'), JSON.stringify({ ...meta, rows }, null, 2) + '\n');
  const md = [
    `# Jaga Data benchmarks`,
    ``,
    `${meta.date} · ${meta.chromium} · Node ${meta.node} · median of ${RUNS} runs where repeated. Measured, never asserted.`,
    ``,
    `| group | measure | value | target | note |`,
    `| --- | --- | --- | --- | --- |`,
    ...rows.map(
      (r) =>
        `| ${r.group} | ${r.name} | ${r.value} ${r.unit === 'ratio' ? '×' : r.unit} | ${r.target ?? ''} | ${r.note ?? ''} |`,
    ),
  ].join('\n');
  writeFileSync(resolve(RESULTS, 'latest.md'), md + '\n');
  console.log('\n' + md);
}

async function main(): Promise<void> {
  spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(resolve(RESULTS, 'node.json'), { force: true });
  nodeBenches();
  await pageLoads();
  await coldStart();
  write();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
