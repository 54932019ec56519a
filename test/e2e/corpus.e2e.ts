// The detection corpus (test/fixtures/pages, expected.json), the held-out pages (test/fixtures/heldout) and the open
// part of the real-world corpus (test/fixtures/realworld/manifest.json, blind pages excluded) through the real built
// extension in Chromium — the browser `npm run audit` drives — with precision and recall
// computed over every page of each set, and the audit command itself: JSON lines, FILE=URL targets and exit
// codes (../shared/CONTRACTS.md §3).
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import type { Driver } from '../../scripts/harness/driver';
import type { TabView } from '../../lib/report/views';
import { buildSync } from 'esbuild';
import type { resolvePath as ResolvePath } from '../../lib/detect/css-path';
import { FIXTURES_DIR } from '../../scripts/harness/pretend-web';

interface Expected {
  file: string;
  category: string;
  expected: Array<{ selector: string; kind: string }>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const load = (dir: string) =>
  JSON.parse(readFileSync(resolve(FIXTURES_DIR, dir, 'expected.json'), 'utf8')) as Expected[];
const corpus = load('pages');
/** Pages written blind after the detector was tuned on `pages` (see lib/detect/detect.design.md, Evidence). */
const heldout = load('heldout');
/** The open (non-blind) part of the real-world corpus; its blind quarter is only scored by the unit report. */
const realworld = (
  JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'realworld', 'manifest.json'), 'utf8')) as Array<
    Expected & { blind: boolean }
  >
).filter((p) => !p.blind);
const PRECISION_FLOOR = 0.97;
const RECALL_FLOOR = 0.95;
/** Measured in Chromium when the real-world corpus was added (precision 0.797, recall 0.828, as in happy-dom), then set a little below. */
const REALWORLD_FLOORS = { precision: 0.77, recall: 0.8 };

interface SetScore {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

/**
 * The product's own resolvePath (lib/detect/css-path.ts, with the prototype-safe DOM reads it imports), bundled
 * into one script that the scorer puts into each page, so paths are resolved exactly as the product writes them.
 */
const RESOLVER = buildSync({
  entryPoints: [resolve(ROOT, 'lib/detect/css-path.ts')],
  bundle: true,
  format: 'iife',
  globalName: '__jagaCssPath',
  // The automation protocol may run the script in a function scope, where `var` stays local: publish it.
  footer: { js: 'globalThis.__jagaCssPath = __jagaCssPath;' },
  platform: 'browser',
  write: false,
}).outputFiles[0]!.text;

/** Opens each page at a pretend address, reads what the extension reported, and matches it in the page. */
async function scoreSet(d: Driver, dir: string, pages: Expected[]): Promise<SetScore> {
  const score: SetScore = { tp: 0, fp: 0, fn: 0, misses: [] };
  for (const page of pages) {
    const url = `https://korpus.example/${dir}/${page.file}`;
    d.web.fixture(url, `${dir}/${page.file}`);
    const tab = await d.open(url);
    // The scanner reports once it has scanned a page with controls; a page that should have fields gets a few
    // seconds more, until as many are reported as expected (the first tab of a fresh browser, or a loaded machine,
    // can be slow). A page without any control is never scanned: its view is read at once. Either way the view
    // read last is the one scored.
    const hasControls = await tab.evaluate(
      () => !!document.querySelector('input, select, textarea, [contenteditable], iframe, frame'),
    );
    const want = (v: TabView) => v.scanned && v.fields.length >= page.expected.length;
    const view = hasControls ? await d.waitForView(url, want, 5000).catch(() => d.view(url)) : await d.view(url);
    const reported = (view?.fields ?? []).map((f) => ({ path: f.path, kind: f.kind }));
    // Match in the page: a reported field is right when its path reaches the element an expected selector
    // reaches, with the same kind.
    await tab.run(RESOLVER);
    const result = await tab.evaluate(
      ({ reported, expected }) => {
        const { resolvePath } = (globalThis as unknown as { __jagaCssPath: { resolvePath: typeof ResolvePath } })
          .__jagaCssPath;
        const resolve = (path: string) => resolvePath(document, path);
        const got = reported.map((r) => ({ el: resolve(r.path), kind: r.kind, path: r.path }));
        const want = expected.map((e) => ({ el: resolve(e.selector), kind: e.kind, selector: e.selector }));
        let tp = 0;
        const extra: string[] = [];
        const missed: string[] = [];
        for (const g of got) {
          const match = want.find((w) => w.el !== null && w.el === g.el && w.kind === g.kind);
          if (match) tp++;
          else extra.push(`${g.path}=${g.kind}`);
        }
        for (const w of want)
          if (!got.some((g) => g.el !== null && g.el === w.el && g.kind === w.kind))
            missed.push(`${w.selector}=${w.kind}`);
        return { tp, extra, missed };
      },
      { reported, expected: page.expected },
    );
    score.tp += result.tp;
    score.fp += result.extra.length;
    score.fn += result.missed.length;
    if (result.extra.length || result.missed.length)
      score.misses.push(`${page.file}: extra [${result.extra.join(', ')}] missed [${result.missed.join(', ')}]`);
    await tab.close();
  }
  return score;
}

function expectFloors(name: string, s: SetScore, floors = { precision: PRECISION_FLOOR, recall: RECALL_FLOOR }): void {
  const precision = s.tp / Math.max(1, s.tp + s.fp);
  const recall = s.tp / Math.max(1, s.tp + s.fn);
  console.warn(
    `${name} in Chromium: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${s.tp} right, ${s.fp} extra, ${s.fn} missed)\n${s.misses.join('\n')}`,
  );
  expect(precision, s.misses.join('\n')).toBeGreaterThanOrEqual(floors.precision);
  expect(recall, s.misses.join('\n')).toBeGreaterThanOrEqual(floors.recall);
}

describeInBrowsers(
  'detection corpus in a real browser',
  (driver) => {
    it(`scores precision ≥ ${PRECISION_FLOOR} and recall ≥ ${RECALL_FLOOR} over ${corpus.length} pages`, async () => {
      expectFloors('corpus', await scoreSet(driver(), 'pages', corpus));
    }, 600_000);

    it(`scores the same floors over ${heldout.length} held-out pages`, async () => {
      expectFloors('held-out', await scoreSet(driver(), 'heldout', heldout));
    }, 600_000);

    it(`scores the real-world floors over the ${realworld.length} open real-world pages`, async () => {
      expectFloors('real-world (open)', await scoreSet(driver(), 'realworld', realworld), REALWORLD_FLOORS);
    }, 900_000);
  },
  { only: ['chromium'] },
);

function audit(args: string[]): { status: number | null; lines: Array<Record<string, unknown>>; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/audit.ts', '--no-build', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, lines, stderr: r.stderr };
}

it('npm run audit prints one JSON line per target in order, with the exit codes of the contract', () => {
  const demo = `demo/pendaftaran-pasien.html=https://rs-contoh.example/daftar`;
  const negative = 'test/fixtures/pages/' + corpus.find((p) => p.category === 'negative')!.file;
  const r = audit(['--wait', '800', demo, negative, 'tidak-ada.html']);
  expect(r.status).toBe(1);
  expect(r.lines.map((l) => l.target)).toEqual([demo, negative, 'tidak-ada.html']);
  const first = r.lines[0]!;
  expect(Object.keys(first).sort()).toEqual(
    ['badge', 'breaches', 'fields', 'level', 'reasons', 'site', 'target', 'thirdParties', 'url'].sort(),
  );
  expect(first).toMatchObject({ url: 'https://rs-contoh.example/daftar', site: 'rs-contoh.example', level: 'caution' });
  const fields = first.fields as Array<Record<string, unknown>>;
  expect(first.badge).toBe(String(fields.length));
  expect(fields.find((f) => f.id === 'no_ktp')).toEqual({
    kind: 'national_id',
    sensitivity: 'special',
    label: 'No. KTP / NIK',
    tag: 'input',
    type: 'text',
    id: 'no_ktp',
    name: 'no_ktp',
    path: '#no_ktp',
  });
  expect(first.reasons).toContainEqual({
    code: 'insecure_form_action',
    detail: 'http://203.0.113.10/simrs/pendaftaran/simpan',
  });
  expect(r.lines[1]).toMatchObject({ badge: '', fields: [] });
  expect(r.lines[2]).toMatchObject({ target: 'tidak-ada.html', error: expect.stringContaining('no such file') });

  const bad = audit(['--wait', 'sebentar', demo]);
  expect(bad.status).toBe(2);
  expect(bad.lines).toEqual([]);
  expect(audit([]).status).toBe(2);
}, 300_000);
