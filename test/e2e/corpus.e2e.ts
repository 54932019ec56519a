// The detection corpus (test/fixtures/pages, expected.json) through the real built extension in Chromium —
// the browser `npm run audit` drives — with precision and recall computed over every page, and the audit
// command itself: JSON lines, FILE=URL targets and exit codes (../shared/CONTRACTS.md §3).
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { FIXTURES_DIR } from '../../scripts/harness/pretend-web';

interface Expected {
  file: string;
  category: string;
  expected: Array<{ selector: string; kind: string }>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const corpus = JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'pages/expected.json'), 'utf8')) as Expected[];
const PRECISION_FLOOR = 0.97;
const RECALL_FLOOR = 0.95;

describeInBrowsers(
  'detection corpus in a real browser',
  (driver) => {
    it(`scores precision ≥ ${PRECISION_FLOOR} and recall ≥ ${RECALL_FLOOR} over ${corpus.length} pages`, async () => {
      const d = driver();
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const misses: string[] = [];
      for (const page of corpus) {
        const url = `https://korpus.example/${page.file}`;
        d.web.fixture(url, `pages/${page.file}`);
        const tab = await d.open(url);
        await tab.evaluate(() => new Promise((r) => setTimeout(r, 600)));
        const view = await d.view(url);
        const reported = (view?.fields ?? []).map((f) => ({ path: f.path, kind: f.kind }));
        // Match in the page: a reported field is right when its path reaches the element an expected selector
        // reaches, with the same kind.
        const result = await tab.evaluate(
          ({ reported, expected }) => {
            const resolve = (path: string): Element | null => {
              let scope: Document | ShadowRoot = document;
              const parts = path.split(' >>> ');
              for (let i = 0; i < parts.length; i++) {
                let found: Element | null = null;
                try {
                  found = scope.querySelector(parts[i]!.trim());
                } catch {
                  return null;
                }
                if (!found) return null;
                if (i === parts.length - 1) return found;
                if (found.shadowRoot) scope = found.shadowRoot;
                else {
                  const doc: Document | null = (found as HTMLIFrameElement).contentDocument;
                  if (!doc) return null;
                  scope = doc;
                }
              }
              return null;
            };
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
        tp += result.tp;
        fp += result.extra.length;
        fn += result.missed.length;
        if (result.extra.length || result.missed.length)
          misses.push(`${page.file}: extra [${result.extra.join(', ')}] missed [${result.missed.join(', ')}]`);
        await tab.close();
      }
      const precision = tp / Math.max(1, tp + fp);
      const recall = tp / Math.max(1, tp + fn);
      console.warn(
        `corpus in Chromium: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} right, ${fp} extra, ${fn} missed)\n${misses.join('\n')}`,
      );
      expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(RECALL_FLOOR);
    }, 600_000);
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
