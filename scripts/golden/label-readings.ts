// Writes test/fixtures/label-readings.json: what lib/ids reads from every label text in the detection corpora
// (test/fixtures/pages, heldout, realworld: each detected field's label as the scanner hands it to
// recognizeIdentifier, and every control's id, name, placeholder, aria-label and title, and every <label>) and
// in the lib/ids unit tests (their string literals). test/unit/ids/label-readings.test.ts reads every label again
// and fails on any reading that differs, so a change to the vocabulary or the tokenizer that moves an identifier
// reading shows up as a diff to explain (a real fix: regenerate and say why in the commit) or to undo (a regression).
//
// Regenerate (it scans every corpus page in happy-dom, a minute or two):
//   npx vite-node -c vitest.config.ts scripts/golden/label-readings.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scanRoot } from '../../lib/detect/scan';
import { openPage, PAGES_DIR, HELDOUT_DIR } from '../../test/unit/detect/corpus-harness';
import { REALWORLD_DIR } from '../../test/unit/detect/realworld-harness';
import { labelReadingText } from '../../test/unit/ids/label-reading-text';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'test/fixtures/label-readings.json');
const IDS_TESTS = resolve(ROOT, 'test/unit/ids');
const ATTRIBUTES = ['id', 'name', 'placeholder', 'aria-label', 'title'];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function pageLabels(dir: string, file: string, into: Set<string>): Promise<void> {
  const window = await openPage(file, dir);
  try {
    const doc = window.document as unknown as Document;
    for (const f of scanRoot(doc).fields) into.add(f.report.label);
    for (const el of doc.querySelectorAll('input, textarea, select, [contenteditable]'))
      for (const a of ATTRIBUTES) {
        const v = el.getAttribute(a);
        if (v) into.add(squash(v));
      }
    for (const el of doc.querySelectorAll('label')) into.add(squash(el.textContent ?? ''));
  } finally {
    await window.happyDOM.close();
  }
}

/** String literals of the lib/ids unit tests: their labels, and their values (which must read as nothing). */
function testLiterals(into: Set<string>): void {
  for (const name of readdirSync(IDS_TESTS).filter((n) => n.endsWith('.ts') && !n.startsWith('label-reading'))) {
    const source = readFileSync(resolve(IDS_TESTS, name), 'utf8');
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) into.add(m[1]!.replace(/\\(.)/g, '$1'));
  }
}

const labels = new Set<string>();
for (const dir of [PAGES_DIR, HELDOUT_DIR, REALWORLD_DIR]) {
  for (const file of readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort())
    await pageLabels(dir, file, labels);
}
testLiterals(labels);
labels.delete('');
const readings: Record<string, string> = {};
for (const label of [...labels].sort()) readings[label] = labelReadingText(label);
writeFileSync(
  OUT,
  JSON.stringify(
    {
      about:
        'What lib/ids reads from each label: "strong-or-weak schemes | generic kinds | refuses". Made by scripts/golden/label-readings.ts; checked by test/unit/ids/label-readings.test.ts.',
      readings,
    },
    null,
    1,
  ) + '\n',
);
const named = Object.values(readings).filter((r) => r !== '||').length;
console.log(`${labels.size} labels, ${named} read as something → ${OUT}`);
