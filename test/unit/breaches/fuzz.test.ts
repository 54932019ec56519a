// Whatever arrives from a download, an import or storage, the parsers answer and never throw. (HIBP imports are
// fuzzed, with stronger checks, in test/unit/fuzz/importers.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/breaches/catalogue';
import { createBreachIndex } from '../../../lib/breaches/lookup';
import { parseNotifyState } from '../../../lib/breaches/notify';
import { BUNDLED_CATALOGUE } from '../../../lib/breaches/bundled';
import { anyText, jsonText } from '../fuzz/arbitraries';

describe('parsers never throw', () => {
  it('parseCatalogue on random bytes, text and JSON', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), jsonText), (text) => {
        const result = parseCatalogue(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('parseCatalogue on catalogues with random breach entries', () => {
    const entry = fc.dictionary(
      fc.constantFrom(
        'id',
        'title',
        'domains',
        'breachDate',
        'addedDate',
        'records',
        'dataClasses',
        'status',
        'sources',
        'origin',
        'recordsIsClaim',
        'disclosedDate',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (breaches) => {
        const result = parseCatalogue(JSON.stringify({ format: 'jaga-breaches', version: 1, breaches }));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('parseNotifyState on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const state = parseNotifyState(value);
        expect(Object.keys(state).sort()).toEqual(['dismissed', 'seen']);
      }),
      { numRuns: 300 },
    );
  });

  it('forHost on random host strings', () => {
    const index = createBreachIndex(BUNDLED_CATALOGUE);
    fc.assert(
      fc.property(fc.oneof(anyText(), fc.domain()), (host) => {
        expect(Array.isArray(index.forHost(host))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
