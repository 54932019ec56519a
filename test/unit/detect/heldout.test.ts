// Precision and recall over the held-out pages (test/fixtures/heldout): written blind, after the detector was
// tuned on test/fixtures/pages, from real systems (mLITE, SIMRS Khanza, VClaim, SATUSEHAT, OpenEMR, OpenMRS 3,
// HospitalRun, NHS, ABDM) and ordinary forms. They measure how the detector generalises; a miss here is fixed
// with a general rule or vocabulary, never with anything that names these pages. Floors as for the corpus.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scanRoot } from '../../../lib/detect/scan';
import { HELDOUT_DIR, loadCorpus, openPage, scorePage, summarize, type PageScore } from './corpus-harness';

const corpus = loadCorpus(HELDOUT_DIR);
const scores: PageScore[] = [];

describe('held-out pages', () => {
  it('are enough and varied enough', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((e) => e.category !== 'positive').length).toBeGreaterThanOrEqual(12);
    for (const e of corpus) expect(existsSync(join(HELDOUT_DIR, e.file)), e.file).toBe(true);
  });

  it.each(corpus.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
    const window = await openPage(entry.file, HELDOUT_DIR);
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
    const { precision, recall, report } = summarize('held-out', scores);
    console.warn(report);
    expect(precision, report).toBeGreaterThanOrEqual(0.97);
    expect(recall, report).toBeGreaterThanOrEqual(0.95);
  });
});
