// Loads a fixture page into its own happy-dom window (scripts on, since pages build shadow roots and frames
// with inline scripts exactly as they would in a browser), and scores detections against expected.json.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { isFieldKind, type FieldKind } from '../../../lib/kinds/field-kinds';
import { resolvePath } from '../../../lib/detect/css-path';
import { scanRoot, type DetectedField } from '../../../lib/detect/scan';

export const PAGES_DIR = resolve(__dirname, '../../fixtures/pages');
/** Pages written blind, after the detector was tuned on PAGES_DIR, to measure how it generalises. */
export const HELDOUT_DIR = resolve(__dirname, '../../fixtures/heldout');

export interface ExpectedField {
  selector: string;
  kind: FieldKind;
}

export interface CorpusEntry {
  file: string;
  modelledOn: string;
  category: 'positive' | 'negative' | 'near-miss';
  expected: ExpectedField[];
}

export function loadCorpus(dir = PAGES_DIR): CorpusEntry[] {
  const raw = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as CorpusEntry[];
  for (const e of raw)
    for (const f of e.expected) if (!isFieldKind(f.kind)) throw new Error(`${e.file}: unknown kind ${f.kind}`);
  return raw;
}

export async function openPage(file: string, dir = PAGES_DIR): Promise<Window> {
  const window = new Window({
    url: `https://corpus.test/${file}`,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      navigation: {
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableMainFrameNavigation: true,
      },
    },
  });
  window.document.write(readFileSync(join(dir, file), 'utf8'));
  await window.happyDOM.waitUntilComplete();
  return window;
}

export interface PageScore {
  file: string;
  /** The page's declared language (`<html lang>`, primary subtag), '?' when it declares none. */
  lang: string;
  category: CorpusEntry['category'];
  /** Fields the page should show (the badge it should get). */
  expected: number;
  /** Fields detected (the badge it gets). */
  detected: number;
  /** Detected fields on an expected element, whatever their kind. */
  located: number;
  tp: number;
  fp: string[];
  fn: string[];
  unresolved: string[];
}

export function scorePage(entry: CorpusEntry, doc: Document, fields: DetectedField[]): PageScore {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase().split('-')[0] || '?';
  const score: PageScore = {
    file: entry.file,
    lang,
    category: entry.category,
    expected: entry.expected.length,
    detected: fields.length,
    located: 0,
    tp: 0,
    fp: [],
    fn: [],
    unresolved: [],
  };
  const want = new Map<Element, ExpectedField>();
  for (const e of entry.expected) {
    const el = resolvePath(doc, e.selector);
    if (!el) score.unresolved.push(e.selector);
    else want.set(el, e);
  }
  const got = new Set<Element>();
  for (const f of fields) {
    got.add(f.element);
    const w = want.get(f.element);
    if (w) score.located++;
    if (w && w.kind === f.report.kind) score.tp++;
    else score.fp.push(`${f.report.path} as ${f.report.kind} ("${f.report.label}")${w ? ` (expected ${w.kind})` : ''}`);
  }
  for (const [el, w] of want) {
    const f = fields.find((x) => x.element === el);
    if (!f) score.fn.push(`${w.selector} (${w.kind}) not detected`);
    else if (f.report.kind !== w.kind) score.fn.push(`${w.selector} (${w.kind}) detected as ${f.report.kind}`);
  }
  return score;
}

export interface CorpusSummary {
  precision: number;
  recall: number;
  /** One line with the totals, then each page with a miss or a false alarm. */
  report: string;
}

export function summarize(name: string, scores: readonly PageScore[]): CorpusSummary {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp.length, 0);
  const fn = scores.reduce((n, s) => n + s.fn.length, 0);
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const misses = scores
    .filter((s) => s.fp.length + s.fn.length > 0)
    .map(
      (s) =>
        `  ${s.file}\n${[...s.fn.map((m) => `    miss: ${m}`), ...s.fp.map((m) => `    false alarm: ${m}`)].join('\n')}`,
    )
    .join('\n');
  const head = `${name}: ${scores.length} pages, ${tp} correct, ${fp} false alarms, ${fn} misses; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
  return { precision, recall, report: head + (misses ? `\n${misses}` : '') };
}

export interface Measures {
  pages: number;
  precision: number;
  recall: number;
  /** Of the detected fields on expected elements, how many have the expected kind. */
  kindAccuracy: number;
  /** Pages whose badge count equals the expected count. */
  exactBadge: number;
  /** Negative and near-miss pages (nothing expected) that got a badge, of how many. */
  harmlessFlagged: number;
  harmless: number;
}

/** The issue-19 measures over a set of page scores (reported, not asserted: the floors are precision and recall). */
export function measure(scores: readonly PageScore[]): Measures {
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.tp);
  const harmless = scores.filter((s) => s.expected === 0);
  return {
    pages: scores.length,
    precision: tp / Math.max(1, tp + sum((s) => s.fp.length)),
    recall: tp / Math.max(1, tp + sum((s) => s.fn.length)),
    kindAccuracy:
      tp /
      Math.max(
        1,
        sum((s) => s.located),
      ),
    exactBadge: scores.filter((s) => s.detected === s.expected).length,
    harmlessFlagged: harmless.filter((s) => s.detected > 0).length,
    harmless: harmless.length,
  };
}

function measureLine(name: string, m: Measures): string {
  return (
    `${name}: ${m.pages} pages; precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}, kind accuracy ` +
    `${m.kindAccuracy.toFixed(3)}, exact badge ${m.exactBadge}/${m.pages}, harmless pages flagged ${m.harmlessFlagged}/${m.harmless}`
  );
}

/** One line for the set, then one per declared page language. */
export function measureReport(name: string, scores: readonly PageScore[]): string {
  const langs = [...new Set(scores.map((s) => s.lang))].sort();
  return [
    measureLine(name, measure(scores)),
    ...langs.map((l) => measureLine(`  ${name} [${l}]`, measure(scores.filter((s) => s.lang === l)))),
  ].join('\n');
}

export const PRECISION_FLOOR = 0.97;
export const RECALL_FLOOR = 0.95;

export interface ScoredSet {
  /** The describe block's title. */
  title: string;
  /** How the summary line names the set. */
  name: string;
  /** The title of the test that checks the set's size. */
  sizeTest: string;
  dir: string;
  minPages: number;
  /** Least number of negative and near-miss pages. */
  minOther: number;
}

/**
 * One test per page (its expected selectors must all match something), then precision and recall over the whole
 * set against the floors, with every miss and false alarm in the failure message.
 */
export function describeScoredSet(set: ScoredSet): void {
  const corpus = loadCorpus(set.dir);
  const scores: PageScore[] = [];
  describe(set.title, () => {
    it(set.sizeTest, () => {
      expect(corpus.length).toBeGreaterThanOrEqual(set.minPages);
      expect(corpus.filter((e) => e.category !== 'positive').length).toBeGreaterThanOrEqual(set.minOther);
      for (const e of corpus) expect(existsSync(join(set.dir, e.file)), e.file).toBe(true);
    });

    it.each(corpus.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
      const window = await openPage(entry.file, set.dir);
      try {
        const doc = window.document as unknown as Document;
        const { fields } = scanRoot(doc);
        const s = scorePage(entry, doc, fields);
        scores.push(s);
        expect(s.unresolved, `${entry.file}: expected selectors that match nothing`).toEqual([]);
      } finally {
        await window.happyDOM.close();
      }
    });

    afterAll(() => {
      if (scores.length < corpus.length) return;
      const { precision, recall, report } = summarize(set.name, scores);
      console.warn(`${report}\n${measureReport(set.name, scores)}`);
      expect(precision, report).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(recall, report).toBeGreaterThanOrEqual(RECALL_FLOOR);
    });
  });
}
