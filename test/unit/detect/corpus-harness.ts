// Loads a fixture page into its own happy-dom window (scripts on, since pages build shadow roots and frames
// with inline scripts exactly as they would in a browser), and scores detections against expected.json.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { isFieldKind, type FieldKind } from '../../../lib/kinds/field-kinds';
import { resolvePath } from '../../../lib/detect/css-path';
import type { DetectedField } from '../../../lib/detect/scan';

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
  tp: number;
  fp: string[];
  fn: string[];
  unresolved: string[];
}

export function scorePage(entry: CorpusEntry, doc: Document, fields: DetectedField[]): PageScore {
  const score: PageScore = { file: entry.file, tp: 0, fp: [], fn: [], unresolved: [] };
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
