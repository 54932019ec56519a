// Firefox ESR in the bench (puppeteer-core over WebDriver BiDi, as scripts/harness/firefox.ts drives it): page-load
// ratios against no extension and against the floor, the content script's costs, and the peers side by side.
//
// What "main-thread CPU" means here: the bench cannot see inside the content script (the product reports no
// timings, and Firefox gives a page no profiler handle over BiDi), so it reads the kernel's account of the page's
// content process instead: /proc/<pid>/task/<pid>/schedstat (the main thread's on-CPU time in nanoseconds) of every
// web content process under the browser, before the load starts and after it has settled. That counts everything
// the page's main thread does (parsing, layout, the page's scripts, every extension's content scripts) and nothing
// that runs elsewhere (extension background pages live in the WebExtensions process, networking in the parent).
// Subtracting the same window with no extension leaves what the extension adds.
import { floorExtension } from './chromium';
import { BENCH_PAGES } from './pages';
import { QUIET_FIREFOX_PREFS } from '../scripts/harness/firefox';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { findFirefox } from '../scripts/lib/find-browser.mjs';
import { addFieldsScript } from './pages';
import { findPeers } from './peers';
import { median, round, settle, type Row } from './rows';

const ROOT = resolve(import.meta.dirname, '..');
const SETTLE_MS = 2300;

const LOAD_PAGES: Record<string, string> = {
  '/blank': 'blank page',
  '/form200': '200-field form',
  '/article5000': '5,000-node article',
  '/hospital60': '60-field hospital form',
};

// Quiet browser: no updates, telemetry or safe-browsing traffic competing with the page for the CPU, and only the
// add-ons the bench installs (system-wide ones, e.g. the Debian webext-* packages, stay off in every configuration).
const PREFS: Record<string, unknown> = {
  ...QUIET_FIREFOX_PREFS,
  'extensions.enabledScopes': 5,
  'extensions.autoDisableScopes': 15,
};

async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const body = BENCH_PAGES[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Descendants of `root` (content processes may hang under a fork server, not under the parent itself). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
    } catch {
      /* exited */
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

const WEB_CONTENT = /^(Isolated Web Co|Web Content)/;

/** Main-thread on-CPU time of the browser's web content processes, in ms. */
function contentMainThreadMs(root: number): number {
  let ns = 0;
  for (const pid of descendants(root)) {
    try {
      if (!WEB_CONTENT.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) continue;
      ns += Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      /* exited */
    }
  }
  return ns / 1e6;
}

interface Config {
  key: string;
  label: string;
  browser: Browser;
  page: Page;
  pid: number;
}

async function launch(key: string, label: string, extension: string | null): Promise<Config> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    timeout: 120_000,
    args: ['--width=1200', '--height=900'],
    extraPrefsFirefox: PREFS,
  });
  try {
    if (extension) await browser.installExtension(extension);
    const page = await browser.newPage();
    const pid = browser.process()?.pid;
    if (!pid) throw new Error('no Firefox process id');
    return { key, label, browser, page, pid };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** One load: navigation start → load event end, and the content main thread's CPU from before it to `settleMs` after. */
async function measuredLoad(c: Config, url: string, settleMs = SETTLE_MS): Promise<{ load: number; cpu: number }> {
  // Leave the previous page first, so that tearing it down (a 1,000-field form costs more than a blank page) is
  // not counted against the next one.
  await c.page.goto('about:blank', { waitUntil: 'load' });
  const before = contentMainThreadMs(c.pid);
  await c.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const load = (await c.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  })) as number;
  await settle(settleMs);
  return { load, cpu: contentMainThreadMs(c.pid) - before };
}

const rotate = <T>(xs: T[], by: number): T[] => xs.map((_, i) => xs[(i + by) % xs.length]!);

export async function firefoxBench(runs: number): Promise<{ rows: Row[]; markdown: string[] }> {
  const rows: Row[] = [];
  const floor = floorExtension();
  const { server, origin } = await serve();
  const peers = findPeers();
  const configs: Config[] = [];
  try {
    configs.push(await launch('none', 'no extension', null));
    configs.push(await launch('floor', 'floor', floor));
    configs.push(await launch('jaga', 'Jaga Data', resolve(ROOT, '.output/firefox-mv3')));
    for (const p of peers) if (p.dir) configs.push(await launch(p.key, p.name, p.dir));

    // Page loads, interleaved: every configuration loads the page in turn, the order rotated each round.
    const loads: Record<string, Record<string, { load: number[]; cpu: number[] }>> = {};
    for (const c of configs) for (const path of Object.keys(LOAD_PAGES)) await measuredLoad(c, `${origin}${path}`, 300);
    for (let run = 0; run < runs; run++)
      for (const path of Object.keys(LOAD_PAGES))
        for (const c of rotate(configs, run)) {
          const m = await measuredLoad(c, `${origin}${path}?run=${run}`);
          const slot = ((loads[path] ??= {})[c.key] ??= { load: [], cpu: [] });
          slot.load.push(m.load);
          slot.cpu.push(m.cpu);
        }

    const group = 'page load (Firefox ESR)';
    const peerGroup = 'peers side by side (Firefox ESR)';
    const table = [
      `## Peers side by side (Firefox ESR)`,
      ``,
      `Each configuration in its own browser, loads interleaved (order rotated each round), median of ${runs}. ` +
        `Load = navigation start → load event end, × the same page with no extension. CPU Δ = main-thread on-CPU ` +
        `time of the page's content process (/proc schedstat) from before the load to ${SETTLE_MS / 1000} s after it, ` +
        `minus the same with no extension.`,
      ``,
      `| page | floor load ×none / CPU Δ | Jaga Data | ${peers.map((p) => p.name).join(' | ')} |`,
      `| --- | --- | --- | ${peers.map(() => '---').join(' | ')} |`,
    ];
    for (const [path, label] of Object.entries(LOAD_PAGES)) {
      const t = loads[path]!;
      const none = { load: median(t.none!.load), cpu: median(t.none!.cpu) };
      const fig = (key: string) => {
        const s = t[key];
        if (!s) return null;
        return {
          ratio: round(median(s.load) / none.load),
          load: median(s.load),
          cpu: round(median(s.cpu) - none.cpu, 1),
        };
      };
      const jaga = fig('jaga')!;
      const fl = fig('floor')!;
      rows.push({
        group,
        name: `${label}: with / without extension`,
        value: jaga.ratio,
        unit: 'ratio',
        note: `${round(jaga.load, 1)} ms vs ${round(none.load, 1)} ms, median of ${runs}`,
      });
      rows.push({
        group,
        name: `${label}: with / floor (empty document_start script)`,
        value: round(jaga.load / fl.load),
        unit: 'ratio',
        note: `floor ${round(fl.load, 1)} ms`,
      });
      const cell = (f: ReturnType<typeof fig>) =>
        f ? `${f.ratio} / ${f.cpu >= 0 ? '+' : ''}${f.cpu} ms` : 'not installed';
      for (const [key, name] of [
        ['floor', 'floor'],
        ['jaga', 'Jaga Data'],
        ...peers.map((p) => [p.key, p.name]),
      ] as Array<[string, string]>) {
        const f = fig(key);
        const peer = peers.find((p) => p.key === key);
        const missing = peer && !peer.dir ? `not installed (apt-get install ${peer.debianPackage})` : undefined;
        rows.push({
          group: peerGroup,
          name: `${label}: ${name}, load × no extension`,
          value: f ? f.ratio : null,
          unit: 'ratio',
          note: missing ?? `${round(f!.load, 1)} ms vs ${round(none.load, 1)} ms`,
          inSection: true,
        });
        rows.push({
          group: peerGroup,
          name: `${label}: ${name}, main-thread CPU added`,
          value: f ? f.cpu : null,
          unit: 'ms',
          target: key === 'jaga' ? "below KeePassXC-Browser's" : undefined,
          inSection: true,
          note:
            missing ??
            `content process main thread, load start → ${SETTLE_MS / 1000} s after load; none ${round(none.cpu, 1)} ms`,
        });
      }
      table.push(`| ${label} | ${cell(fl)} | ${cell(jaga)} | ${peers.map((p) => cell(fig(p.key))).join(' | ')} |`);
    }

    // The content script's own costs in Firefox (extension minus none, same CPU account as above).
    const byKey = Object.fromEntries(configs.map((c) => [c.key, c]));
    const costs: Record<string, number[]> = { nofields: [], floorNofields: [], full: [], added: [] };
    for (let run = 0; run < Math.min(runs, 7); run++) {
      const s: Record<string, number> = {};
      for (const key of rotate(['none', 'floor', 'jaga'], run)) {
        const c = byKey[key]!;
        s[`nofields-${key}`] = (await measuredLoad(c, `${origin}/article5000?cs=${run}`, 1500)).cpu;
        if (key === 'floor') continue;
        s[`full-${key}`] = (await measuredLoad(c, `${origin}/form1000?cs=${run}`, 2500)).cpu;
        const before = contentMainThreadMs(c.pid);
        await c.page.evaluate(addFieldsScript(10, 1000));
        await settle(1500);
        s[`added-${key}`] = contentMainThreadMs(c.pid) - before;
      }
      costs.nofields!.push(s['nofields-jaga']! - s['nofields-none']!);
      costs.floorNofields!.push(s['nofields-floor']! - s['nofields-none']!);
      costs.full!.push(s['full-jaga']! - s['full-none']!);
      costs.added!.push(s['added-jaga']! - s['added-none']!);
    }
    const cgroup = 'content script (Firefox ESR, content-process main-thread CPU)';
    const n = Math.min(runs, 7);
    rows.push({
      group: cgroup,
      name: 'page with no fields (5,000-node article)',
      value: round(median(costs.nofields!), 2),
      unit: 'ms',
      note: `extension minus no extension, load → 1.5 s after; floor (empty script) ${round(median(costs.floorNofields!), 2)} ms; median of ${n}`,
    });
    rows.push({
      group: cgroup,
      name: 'full scan of a 1,000-field form',
      value: round(median(costs.full!), 1),
      unit: 'ms',
      target: '≤ 15 ms',
      note: 'load → 2.5 s after: bootstrap + scanner injection, scan and report (page work subtracted)',
    });
    rows.push({
      group: cgroup,
      name: '10 fields added to it',
      value: round(median(costs.added!), 2),
      unit: 'ms',
      target: '≤ 1 ms',
      note: 'insert → 1.5 s after: incremental re-scan',
    });
    return { rows, markdown: table };
  } finally {
    for (const c of configs) await c.browser.close().catch(() => undefined);
    await new Promise((done) => server.close(() => done(undefined)));
    rmSync(floor, { recursive: true, force: true });
  }
}
