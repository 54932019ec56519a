// Hostile pages: megabyte labels, pathological text for the regular expressions, thousands of controls.
// Every text path is linear and capped; speed is measured in bench/node/detect.bench.ts, not asserted here
// (a catastrophic regex would blow the test timeout), while the caps are asserted.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyField } from '../../../lib/detect/classify-field';
import { describeField } from '../../../lib/detect/describe-field';
import { emptyDescriptor } from '../../../lib/detect/field-descriptor';
import { matchText } from '../../../lib/detect/match-text';
import { scanRoot } from '../../../lib/detect/scan';
import { tokenize } from '../../../lib/detect/tokenize';
import { vocabulary } from '../../../lib/detect/vocabulary';
import { page } from './dom-helpers';

const LONG = 100_000;

describe('adversarial input', () => {
  it('caps 100,000-character labels, placeholders, titles, aria, options and ids', () => {
    const big = 'No. Rekam Medis '.repeat(LONG / 16);
    const junk = 'a.'.repeat(LONG / 2);
    page(`<label for="x">${big}</label><input id="x" placeholder="${junk}" title="${junk}" aria-label="${big}" name="${'n_'.repeat(LONG / 2)}">
          <select id="s"><option>${big}</option></select><p>${junk}<input id="p"></p>`);
    const fields = scanRoot(document, { limits: { maxTextPerField: 500 } }).fields;
    const x = fields.find((f) => f.element.id === 'x');
    expect(x?.report.kind).toBe('medical_record_number');
    expect(x!.report.label.length).toBeLessThanOrEqual(200);
    const d = describeField(document.getElementById('x')!, { maxTextPerField: 500 });
    for (const t of [d.label, d.placeholder, d.title, d.aria, d.name]) expect(t.length).toBeLessThanOrEqual(500);
    expect(describeField(document.getElementById('p')!, { maxTextPerField: 500 }).inferred.length).toBeLessThanOrEqual(
      500,
    );
  });

  it('keeps regular expressions linear on pathological strings', () => {
    const voc = vocabulary();
    const inputs = [
      'a'.repeat(LONG),
      'a.'.repeat(LONG / 2),
      'A'.repeat(LONG),
      '1a'.repeat(LONG / 2),
      ' '.repeat(LONG) + '!',
      'Ab'.repeat(LONG / 2),
      'ก'.repeat(LONG),
      '\u0301'.repeat(LONG),
    ];
    for (const s of inputs) {
      expect(tokenize(s, voc.aliases, true).length).toBeLessThanOrEqual(s.length);
      expect(matchText(s, voc).hits).toEqual([]);
      matchText(s, voc, true);
      expect(
        classifyField({
          ...emptyDescriptor('input', 'text'),
          label: s,
          name: s,
          pattern: s.slice(0, 40),
          options: [s],
        }),
      ).toBeNull();
    }
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 60 }), (label, name) => {
        const r = classifyField({
          ...emptyDescriptor('input', 'text'),
          label,
          name,
          placeholder: label,
          options: [label],
        });
        return r === null || r.score >= 0.5;
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 3,000-control page within limits', () => {
    page(
      Array.from({ length: 3000 }, (_, i) => `<div><label for="f${i}">Field ${i}</label><input id="f${i}"></div>`).join(
        '',
      ),
    );
    const r = scanRoot(document, { limits: { maxControls: 1000 } });
    expect(r.truncated).toBe(true);
    expect(r.fields).toEqual([]);
  });
});
