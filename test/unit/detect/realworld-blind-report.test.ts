// REPORT ONLY: scores the blind quarter of the real-world corpus (test/fixtures/realworld, `"blind": true` in
// manifest.json) and prints recall, precision, exact badge and negative pages flagged, overall, per language and
// per category. Nothing here asserts a score: the blind pages are measured, never tuned on — a miss they show is
// fixed, if at all, by a general rule found on other pages. Run alone with `npm run corpus:blind`.
import { afterAll, describe, expect, it } from 'vitest';
import { loadRealworld, report, scoreRealworldPage, type RealworldPageScore } from './realworld-harness';

const blind = loadRealworld().filter((e) => e.blind);
const scores: RealworldPageScore[] = [];

describe('real-world corpus, blind quarter (report only)', () => {
  it.each(blind.map((e) => [e.file, e] as const))('%s is well formed', async (_file, entry) => {
    const s = await scoreRealworldPage(entry);
    scores.push(s);
    // Only the fixture itself is checked: every expected selector names an element of the page.
    expect(s.unresolved, `${entry.file}: expected selectors that match nothing`).toEqual([]);
  });

  afterAll(() => {
    if (scores.length === blind.length) console.warn(report('real-world (BLIND, report only)', scores));
  });
});
