// A/B of the scanner's detection cost in Chromium: two bundles of lib/detect (built at two commits with
// `OUT=/tmp/a npx vite build -c bench/scan-ab/vite.config.ts`) are loaded alternately into fresh pages of the
// bench's 1,000-field form, 60-field hospital form and 30-field form, and each page reports the main-thread CPU time
// (CDP ScriptDuration, thread ticks) of loading the bundle (compiling and running it: a script tag the page has not
// seen, so no cached code), a cold full scan (which decodes the vocabulary), a warm one, and the re-scan after 10
// fields are added, each followed by the report's sanitisation (identifier redaction) the scanner does before it
// sends a report. "load + cold scan" is what a frame pays the first time (issue 16: at most 5 ms on 30 fields).
// Alternating the two builds, and thread time rather than wall time, keep a loaded machine's noise (a load
// average of 8 doubles the wall time) out of the comparison; the whole-extension figures are `npm run bench`'s.
// Run under the browser lock: `flock /work/wt/browser.lock npx tsx bench/scan-ab/run.ts /tmp/a /tmp/b`
// (SCAN_AB_PAGES=/form30,/hospital60 picks pages).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ORIGIN, launch, metered } from '../chromium';
import { formPage, hospitalFormPage } from '../pages';
import { median, round, settle } from '../rows';

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: tsx bench/scan-ab/run.ts <bundle dir> [<bundle dir>…]');
const scripts = dirs.map((d) => readFileSync(`${d}/scan.js`, 'utf8'));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const ALL_PAGES: Record<string, string> = {
  '/form1000': formPage(1000),
  '/hospital60': hospitalFormPage(),
  '/form30': formPage(30),
};
const PAGES = Object.fromEntries(
  Object.entries(ALL_PAGES).filter(
    ([p]) => !process.env.SCAN_AB_PAGES || process.env.SCAN_AB_PAGES.split(',').includes(p),
  ),
);
type Step = 'load' | 'full' | 'add' | 'flush' | 'report';

const b = await launch(null, PAGES);
try {
  for (const path of Object.keys(PAGES)) {
    const got = dirs.map(() => ({
      load: [] as number[],
      cold: [] as number[],
      coldReport: [] as number[],
      warm: [] as number[],
      warmReport: [] as number[],
      added: [] as number[],
      addedReport: [] as number[],
    }));
    for (let run = 0; run < RUNS; run++) {
      for (let v = 0; v < dirs.length; v++) {
        const page = await b.context.newPage();
        await page.goto(`${ORIGIN}${path}?run=${run}&v=${v}`, { waitUntil: 'load' });
        const read = await metered(page);
        // A task the page runs itself (a DevTools evaluate is not counted as the page's script time).
        const cost = async (step: Step): Promise<number> => {
          await settle(300);
          const before = await read();
          // The bundle with this run's mark appended: the same source twice could reuse the first one's code.
          const source = step === 'load' ? `${scripts[v]!}\n// run ${run}` : '';
          await page.evaluate(
            ([s, src]) => {
              setTimeout(() => {
                if (s !== 'load')
                  return (globalThis as unknown as Record<string, Record<Step, () => void>>).jagaScanAb![s]();
                const tag = document.createElement('script');
                tag.textContent = src;
                document.head.append(tag);
              }, 0);
            },
            [step, source] as const,
          );
          await settle(700);
          return (await read()) - before;
        };
        got[v]!.load.push(await cost('load'));
        got[v]!.cold.push(await cost('full'));
        got[v]!.coldReport.push(await cost('report'));
        got[v]!.warm.push(await cost('full'));
        got[v]!.warmReport.push(await cost('report'));
        await cost('add');
        got[v]!.added.push(await cost('flush'));
        got[v]!.addedReport.push(await cost('report'));
        await page.close();
      }
    }
    for (let v = 0; v < dirs.length; v++) {
      const g = got[v]!;
      const m = (xs: number[], d = 1) => round(median(xs), d);
      console.log(
        `${path} ${basename(dirs[v]!)}: main-thread CPU ms, median of ${RUNS}: load ${m(g.load)}, ` +
          `load + cold full scan ${m(g.load.map((x, i) => x + g.cold[i]!))} (cold full scan ${m(g.cold)}) ` +
          `+ report ${m(g.coldReport)}, warm full scan ${m(g.warm)} + report ${m(g.warmReport)}, ` +
          `+10 fields ${m(g.added, 2)} + report ${m(g.addedReport, 2)}`,
      );
    }
  }
} finally {
  await b.close();
}
