// A/B of the scanner's detection cost in Chromium: two bundles of lib/detect (built at two commits with
// `OUT=/tmp/a npx vite build -c bench/scan-ab/vite.config.ts`) are loaded alternately into fresh pages of the
// bench's 1,000-field form and 60-field hospital form, and each page reports the main-thread CPU time (CDP
// ScriptDuration, thread ticks) of a cold full scan, a warm one, and the re-scan after 10 fields are added, each
// followed by the report's sanitisation (identifier redaction) the scanner does before it sends a report.
// Alternating the two builds, and thread time rather than wall time, keep a loaded machine's noise (a load
// average of 8 doubles the wall time) out of the comparison; the whole-extension figures are `npm run bench`'s.
// Run under the browser lock: `flock /work/wt/browser.lock npx tsx bench/scan-ab/run.ts /tmp/a /tmp/b`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ORIGIN, launch, metered } from '../chromium';
import { formPage, hospitalFormPage } from '../pages';
import { median, round, settle } from '../rows';

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: tsx bench/scan-ab/run.ts <bundle dir> [<bundle dir>…]');
const scripts = dirs.map((d) => readFileSync(`${d}/scan.js`, 'utf8'));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGES: Record<string, string> = { '/form1000': formPage(1000), '/hospital60': hospitalFormPage() };
type Step = 'full' | 'add' | 'flush' | 'report';

const b = await launch(null, PAGES);
try {
  for (const path of Object.keys(PAGES)) {
    const got = dirs.map(() => ({
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
        await page.addScriptTag({ content: scripts[v]! });
        const read = await metered(page);
        // A task the page runs itself (a DevTools evaluate is not counted as the page's script time).
        const cost = async (step: Step): Promise<number> => {
          await settle(300);
          const before = await read();
          await page.evaluate((s) => {
            setTimeout(() => (globalThis as unknown as Record<string, Record<Step, () => void>>).jagaScanAb![s](), 0);
          }, step);
          await settle(700);
          return (await read()) - before;
        };
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
        `${path} ${basename(dirs[v]!)}: main-thread CPU ms, median of ${RUNS}: cold full scan ${m(g.cold)} ` +
          `+ report ${m(g.coldReport)}, warm full scan ${m(g.warm)} + report ${m(g.warmReport)}, ` +
          `+10 fields ${m(g.added, 2)} + report ${m(g.addedReport, 2)}`,
      );
    }
  }
} finally {
  await b.close();
}
