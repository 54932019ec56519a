// Every label of the detection corpora and of the lib/ids unit tests reads as it did when the golden file was
// written (scripts/golden/label-readings.ts says how to regenerate it, and why it exists): the identifier
// recogniser and detection share one vocabulary and one tokenizer, so a word or alias added for detection can move
// an identifier reading, and this is where that shows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelReadingText } from './label-reading-text';

const golden = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/label-readings.json'), 'utf8')) as {
  readings: Record<string, string>;
};

describe('label readings', () => {
  it('holds thousands of labels, a thousand of them naming an identifier', () => {
    const all = Object.values(golden.readings);
    expect(all.length).toBeGreaterThan(5000);
    expect(all.filter((r) => r !== '||').length).toBeGreaterThan(1000);
  });

  it('every corpus and unit-test label reads as the golden file says', () => {
    const changed: string[] = [];
    for (const [label, want] of Object.entries(golden.readings)) {
      const got = labelReadingText(label);
      if (got !== want) changed.push(`${JSON.stringify(label)}: ${want} → ${got}`);
    }
    expect(changed).toEqual([]);
  });
});
