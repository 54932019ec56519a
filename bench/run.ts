// `npm run bench`: speed and memory, measured (never asserted). Runs the Node micro-benchmarks
// (bench/node/*.bench.ts), then measures in headless Chromium: page load with vs without the extension
// (and vs the floor, an extension whose only content script is empty at document_start), the scanner's
// script time on large pages, the background's cold start, typing on a page that re-renders fields per keystroke,
// and the form-page figures again with the CPU throttled 4×; then in Firefox ESR the same page-load ratios and
// content-script costs, with the peers (uBlock Origin, Privacy Badger, KeePassXC-Browser) side by side.
// Writes bench/results/latest.json and latest.md.
import { BENCH_PAGES } from './pages';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { findChromium, findFirefox } from '../scripts/lib/find-browser.mjs';
import { CHROME_BUILD, ORIGIN, floorExtension, launch, loadTime, metered, throttle } from './chromium';
import { firefoxBench } from './firefox';
import { addFieldsScript } from './pages';
import { median, round, settle, type Row } from './rows';
import { typingBench } from './typing';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = resolve(ROOT, 'bench/results');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const rows: Row[] = [];
const sections: string[][] = [];

const PAGES = BENCH_PAGES;

const LOAD_PAGES: Record<string, string> = {
  '/blank': 'blank page',
  '/form200': '200-field form',
  '/article5000': '5,000-node article',
};

/**
 * Page loads with / without the extension and against the floor, then the content script's own main-thread script
 * time. `rate` > 1 slows the renderer down that many times (a modest phone): then only the form pages are loaded.
 */
async function pageLoads(rate = 1): Promise<void> {
  const slow = rate > 1 ? `, CPU ${rate}× slower` : '';
  const labels: Record<string, string> =
    rate > 1 ? { '/form200': '200-field form', '/hospital60': '60-field hospital form' } : LOAD_PAGES;
  const floor = floorExtension();
  const configs = {
    none: await launch(null, PAGES),
    floor: await launch(floor, PAGES),
    jaga: await launch(CHROME_BUILD, PAGES),
  };
  const pages = {
    none: await configs.none.context.newPage(),
    floor: await configs.floor.context.newPage(),
    jaga: await configs.jaga.context.newPage(),
  };
  for (const page of Object.values(pages)) await throttle(page, rate);
  const times: Record<string, Record<string, number[]>> = {};
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
        group: `page load (Chromium${slow})`,
        name: `${label}: with / without extension`,
        value: round(jaga / none),
        unit: 'ratio',
        note: `${round(jaga, 1)} ms vs ${round(none, 1)} ms, median of ${RUNS}`,
      });
      rows.push({
        group: `page load (Chromium${slow})`,
        name: `${label}: with / floor (empty document_start script)`,
        value: round(jaga / fl),
        unit: 'ratio',
        note: `floor ${round(fl, 1)} ms`,
      });
    }

    // The content script's own work, as main-thread script time (CDP ScriptDuration), extension minus none.
    const costs: Record<string, number[]> = { nofields: [], full: [], added: [] };
    for (let run = 0; run < Math.min(RUNS, 7); run++) {
      const sample: Record<string, number> = {};
      for (const cfg of ['none', 'jaga'] as const) {
        if (rate === 1) {
          const p1 = await configs[cfg].context.newPage();
          const read1 = await metered(p1);
          await p1.goto(`${ORIGIN}/article5000?cs=${run}`, { waitUntil: 'load' });
          await settle(1500);
          sample[`nofields-${cfg}`] = await read1();
          await p1.close();
        }
        const p2 = await configs[cfg].context.newPage();
        await throttle(p2, rate);
        const read2 = await metered(p2);
        await p2.goto(`${ORIGIN}/form1000?cs=${run}`, { waitUntil: 'load' });
        await settle(2500 * rate);
        const before = await read2();
        sample[`full-${cfg}`] = before;
        await p2.evaluate(addFieldsScript(10, 1000));
        await settle(1500 * rate);
        sample[`added-${cfg}`] = (await read2()) - before;
        await p2.close();
      }
      if (rate === 1) costs.nofields!.push(sample['nofields-jaga']! - sample['nofields-none']!);
      costs.full!.push(sample['full-jaga']! - sample['full-none']!);
      costs.added!.push(sample['added-jaga']! - sample['added-none']!);
    }
    const group = `content script (Chromium${slow}, main-thread script time)`;
    if (rate === 1)
      rows.push({
        group,
        name: 'page with no fields (5,000-node article)',
        value: round(median(costs.nofields!), 3),
        unit: 'ms',
        target: '≤ 0.3 ms',
        note: 'bootstrap only; extension minus no extension',
      });
    rows.push({
      group,
      name: 'full scan of a 1,000-field form',
      value: round(median(costs.full!)),
      unit: 'ms',
      target: rate === 1 ? '≤ 15 ms' : undefined,
      note: 'bootstrap + scanner injection, scan and report',
    });
    rows.push({
      group,
      name: '10 fields added to it',
      value: round(median(costs.added!), 3),
      unit: 'ms',
      target: rate === 1 ? '≤ 1 ms' : undefined,
      note: 'incremental re-scan after the mutation',
    });
  } finally {
    for (const c of Object.values(configs)) await c.close();
    rmSync(floor, { recursive: true, force: true });
  }
}

/** Asks until `ok` holds (10 s at most); the last answer either way. */
async function poll<T>(ask: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    const v = await ask();
    if (ok(v) || Date.now() > until) return v;
    await settle(100);
  }
}

async function coldStart(): Promise<void> {
  const { context, close } = await launch(CHROME_BUILD, PAGES);
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(sw.url()).host}`;
    const page = await context.newPage();
    await page.goto(`${origin}/popup.html?control=1`);
    const cdp = await context.newCDPSession(page);
    // The lookalike gate's rules, written by the worker on install (measured in the worker, never asserted).
    const gateBuild = await poll(
      async () =>
        (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getDiagnostics', data: {} }))) as {
          ok: boolean;
          value?: { gateRulesMs: number | null; gateRules: number };
        },
      (r) => typeof r.value?.gateRulesMs === 'number',
    );
    rows.push({
      group: 'background (Chromium service worker)',
      name: 'lookalike gate: rules written on install (protected domains → rules in force)',
      value: gateBuild.value?.gateRulesMs == null ? null : round(gateBuild.value.gateRulesMs, 0),
      unit: 'ms',
      note: `${gateBuild.value?.gateRules ?? 0} regexFilter rules, each checked with isRegexSupported; once per install, browser start or settings change`,
    });
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
    await close();
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
    firefox: firefoxVersion(),
    node: process.version,
    runs: RUNS,
    // Figures taken on a busy machine are noise; the load average at the end says how busy it was.
    loadAverage: loadavg().map((x) => round(x, 1)),
  };
  writeFileSync(resolve(RESULTS, 'latest.json'), JSON.stringify({ ...meta, rows }, null, 2) + '\n');
  const md = [
    `# Jaga Data benchmarks`,
    ``,
    `${meta.date} · ${meta.chromium} · ${meta.firefox} · Node ${meta.node} · median of ${RUNS} runs where repeated; load average ${meta.loadAverage.join(' ')}. Measured, never asserted.`,
    ``,
    `| group | measure | value | target | note |`,
    `| --- | --- | --- | --- | --- |`,
    ...rows
      .filter((r) => !r.inSection)
      .map(
        (r) =>
          `| ${r.group} | ${r.name} | ${r.value === null ? '—' : `${r.value} ${r.unit === 'ratio' ? '×' : r.unit}`} | ${r.target ?? ''} | ${r.note ?? ''} |`,
      ),
    ...sections.flatMap((lines) => ['', ...lines]),
  ].join('\n');
  writeFileSync(resolve(RESULTS, 'latest.md'), md + '\n');
  console.log('\n' + md);
}

function firefoxVersion(): string {
  try {
    return spawnSync(findFirefox(), ['--version'], { encoding: 'utf8' }).stdout.trim() || 'Firefox: not found';
  } catch {
    return 'Firefox: not found';
  }
}

// BENCH_ONLY=firefox,typing runs only those parts (while working on them; latest.* then hold only their rows).
const PARTS = ['node', 'chromium', 'coldstart', 'typing', 'throttled', 'firefox'] as const;
const only = process.env.BENCH_ONLY?.split(',').map((p) => p.trim());
const wanted = (part: (typeof PARTS)[number]) => !only || only.includes(part);

async function firefoxPart(): Promise<void> {
  if (firefoxVersion() === 'Firefox: not found') {
    rows.push({ group: 'page load (Firefox ESR)', name: 'all', value: null, unit: '', note: 'Firefox not found' });
    return;
  }
  try {
    const ff = await firefoxBench(RUNS);
    rows.push(...ff.rows);
    sections.push(ff.markdown);
  } catch (err) {
    // One browser failing to start on a loaded machine should not lose the other figures.
    console.error(err);
    rows.push({ group: 'page load (Firefox ESR)', name: 'all', value: null, unit: '', note: `failed: ${String(err)}` });
  }
}

async function main(): Promise<void> {
  if (only?.some((p) => !(PARTS as readonly string[]).includes(p)))
    throw new Error(`BENCH_ONLY takes a comma-separated list of: ${PARTS.join(', ')}`);
  const build = (args: string[]) =>
    spawnSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  build([]);
  if (wanted('firefox')) build(['-b', 'firefox', '--mv3']);
  rmSync(resolve(RESULTS, 'node.json'), { force: true });
  if (wanted('node')) nodeBenches();
  if (wanted('chromium')) await pageLoads();
  if (wanted('coldstart')) await coldStart();
  if (wanted('typing')) rows.push(...(await typingBench()));
  if (wanted('throttled')) await pageLoads(4);
  if (wanted('firefox')) await firefoxPart();
  write();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
