// Precision and recall of the detector over the fixture corpus (test/fixtures/pages, modelled on real
// hospital, BPJS, lab, clinic, and ordinary shop/login/search pages). A field counts as correct when both
// the element and the kind match. Floors: precision ≥ 0.97, recall ≥ 0.95.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scanRoot } from '../../../lib/detect/scan';
import { PAGES_DIR, loadCorpus, openPage, scorePage, type PageScore } from './corpus-harness';

const corpus = loadCorpus();
const scores: PageScore[] = [];

describe('fixture corpus', () => {
  it('is big enough and varied enough', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(45);
    expect(corpus.filter((e) => e.category !== 'positive').length).toBeGreaterThanOrEqual(17);
    for (const e of corpus) expect(existsSync(join(PAGES_DIR, e.file)), e.file).toBe(true);
  });

  it.each(corpus.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
    const window = await openPage(entry.file);
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
    const summary = `corpus: ${scores.length} pages, ${tp} correct, ${fp} false alarms, ${fn} misses; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
    console.warn(summary + (misses ? `\n${misses}` : ''));
    expect(precision, `${summary}\n${misses}`).toBeGreaterThanOrEqual(0.97);
    expect(recall, `${summary}\n${misses}`).toBeGreaterThanOrEqual(0.95);
  });
});
