// Whatever arrives from a download, an import or storage, the parsers answer and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/breaches/catalogue';
import { parseHibpJson } from '../../../lib/breaches/import-hibp';
import { createBreachIndex } from '../../../lib/breaches/lookup';
import { parseNotifyState } from '../../../lib/breaches/notify';
import { BUNDLED_CATALOGUE } from '../../../lib/breaches/bundled';
import { hibpEntry } from './fixtures';

const bytesAsText = fc
  .uint8Array({ maxLength: 400 })
  .map((bytes) => new TextDecoder('utf-8', { fatal: false }).decode(bytes));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), bytesAsText);
const jsonText = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
/** HIBP-shaped entries with random values in random fields. */
const hibpLike = fc
  .array(
    fc.dictionary(
      fc.constantFrom(
        'Name',
        'Title',
        'Domain',
        'BreachDate',
        'AddedDate',
        'PwnCount',
        'DataClasses',
        'IsVerified',
        'IsSpamList',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    { maxLength: 5 },
  )
  .map((overrides) => JSON.stringify(overrides.map((o) => hibpEntry(o))));

describe('parsers never throw', () => {
  it('parseHibpJson on random bytes, text, JSON and HIBP-like files', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, jsonText, hibpLike), (text) => {
        const result = parseHibpJson(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('parseCatalogue on random bytes, text and JSON', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, jsonText), (text) => {
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
      fc.property(fc.oneof(anyText, fc.domain()), (host) => {
        expect(Array.isArray(index.forHost(host))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
