// The real-world corpus (test/fixtures/realworld): pages written here after one real third-party page each, listed
// in manifest.json with their source, language, category and the fields CONTRACTS.md §1 says they hold. A quarter
// of the pages is blind (chosen at random before any page was written): realworld.test.ts scores only the open
// part, realworld-blind-report.test.ts scores the blind part and reports without asserting.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isFieldKind } from '../../../lib/kinds/field-kinds';
import { scanRoot } from '../../../lib/detect/scan';
import { openPage, scorePage, type CorpusEntry, type ExpectedField, type PageScore } from './corpus-harness';

export const REALWORLD_DIR = resolve(__dirname, '../../fixtures/realworld');

export type RealworldSource = { repository: string; path: string; commit: string } | { address: string };

export interface RealworldEntry {
  file: string;
  /** BCP 47 primary language of the page's wording. */
  language: string;
  category: string;
  /** No sensitive field at all. */
  negative: boolean;
  /** Has decoys: administrative dates, IDs, amounts or health words that must not be flagged. */
  nearMiss: boolean;
  blind: boolean;
  source: RealworldSource;
  /** The facts taken from the source (never its markup). */
  modelledOn: string;
  expected: ExpectedField[];
}

export function loadRealworld(): RealworldEntry[] {
  const raw = JSON.parse(readFileSync(join(REALWORLD_DIR, 'manifest.json'), 'utf8')) as RealworldEntry[];
  for (const e of raw) {
    if (!existsSync(join(REALWORLD_DIR, e.file))) throw new Error(`${e.file}: no such page`);
    if (e.negative !== (e.expected.length === 0)) throw new Error(`${e.file}: negative disagrees with expected`);
    const s = e.source as Partial<{ repository: string; path: string; commit: string; address: string }>;
    if (!(s.address || (s.repository && s.path && /^[0-9a-f]{40}$/.test(s.commit ?? ''))))
      throw new Error(`${e.file}: source needs repository + path + commit, or an address`);
    for (const f of e.expected) if (!isFieldKind(f.kind)) throw new Error(`${e.file}: unknown kind ${f.kind}`);
  }
  return raw;
}

export interface RealworldPageScore extends PageScore {
  entry: RealworldEntry;
  /** What the badge would show: the number of fields detected. */
  badge: number;
}

/** Opens one page in happy-dom, scans it, and scores it the way the other corpora are scored. */
export async function scoreRealworldPage(entry: RealworldEntry): Promise<RealworldPageScore> {
  const window = await openPage(entry.file, REALWORLD_DIR);
  try {
    const doc = window.document as unknown as Document;
    const { fields } = scanRoot(doc);
    const asCorpus: CorpusEntry = {
      file: entry.file,
      modelledOn: entry.modelledOn,
      category: entry.negative ? 'negative' : entry.nearMiss ? 'near-miss' : 'positive',
      expected: entry.expected,
    };
    return { ...scorePage(asCorpus, doc, fields), entry, badge: fields.length };
  } finally {
    await window.happyDOM.close();
  }
}

export interface RealworldMetrics {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Pages whose badge shows exactly the expected number of fields. */
  exactBadge: number;
  negatives: number;
  /** Negative pages given a badge. */
  negativesFlagged: number;
}

export function metrics(scores: readonly RealworldPageScore[]): RealworldMetrics {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp.length, 0);
  const fn = scores.reduce((n, s) => n + s.fn.length, 0);
  const negatives = scores.filter((s) => s.entry.negative);
  return {
    pages: scores.length,
    tp,
    fp,
    fn,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    exactBadge: scores.filter((s) => s.badge === s.entry.expected.length).length,
    negatives: negatives.length,
    negativesFlagged: negatives.filter((s) => s.badge > 0).length,
  };
}

function line(name: string, m: RealworldMetrics): string {
  return (
    `${name}: ${m.pages} pages, recall ${m.recall.toFixed(3)}, precision ${m.precision.toFixed(3)} ` +
    `(${m.tp} right, ${m.fp} false alarms, ${m.fn} misses), exact badge ${m.exactBadge}/${m.pages}, ` +
    `negative pages flagged ${m.negativesFlagged}/${m.negatives}`
  );
}

/** The totals, the same per language and per category, then every page with a miss or a false alarm. */
export function report(name: string, scores: readonly RealworldPageScore[]): string {
  const lines = [line(name, metrics(scores))];
  for (const key of ['language', 'category'] as const) {
    const groups = [...new Set(scores.map((s) => s.entry[key]))].sort();
    for (const g of groups) lines.push('  ' + line(`${key} ${g}`, metrics(scores.filter((s) => s.entry[key] === g))));
  }
  for (const s of scores) {
    if (s.fp.length + s.fn.length === 0 && s.badge === s.entry.expected.length) continue;
    lines.push(`  ${s.file} (badge ${s.badge}, expected ${s.entry.expected.length})`);
    for (const m of s.fn) lines.push(`    miss: ${m}`);
    for (const m of s.fp) lines.push(`    false alarm: ${m}`);
  }
  return lines.join('\n');
}
