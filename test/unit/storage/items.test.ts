// Every stored item opens from its version-1 fixture to the value it holds, and from damaged fixtures to what is
// still readable, field by field and entry by entry. Fixtures live in test/fixtures/storage: `<key>.v1.json` is
// exactly what storage holds; `corrupt/<key>.<case>.json` holds `{ about, stored, expected, rewrite }`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBreachIndex } from '../../../lib/breaches/lookup';
import { composeTab } from '../../../lib/report/compose-tab';
import { fromBase64 } from '../../../lib/reputation/base64';
import { loadHashList, lookupHost } from '../../../lib/reputation/hash-list';
import { openEnvelope, sealEnvelope, type ItemSpec } from '../../../lib/storage/envelope';
import * as items from '../../../lib/storage/items';
import { seeded, storedValue } from '../fuzz/arbitraries';

const DIR = resolve(__dirname, '../../fixtures/storage');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

const SPECS: Record<string, ItemSpec<unknown>> = Object.fromEntries(
  Object.entries(items)
    .filter(([name]) => name.endsWith('_SPEC'))
    .map(([, spec]) => [(spec as ItemSpec<unknown>).key, spec as ItemSpec<unknown>]),
);

const EXPECTED_KEYS = [
  'allowOnce',
  'breachNotify',
  'downloadedLists',
  'importedBreaches',
  'listSources',
  'notices',
  'policyCache',
  'settings',
  'tabs',
  'warningLog',
];

describe('stored item specs', () => {
  it('are the ten items the extension keeps, each at version 1 with a fixture for every version', () => {
    expect(Object.keys(SPECS).sort()).toEqual(EXPECTED_KEYS);
    for (const spec of Object.values(SPECS)) {
      for (let v = 1; v <= spec.version; v++) expect(existsSync(join(DIR, `${spec.key}.v${v}.json`))).toBe(true);
    }
  });

  it.each(EXPECTED_KEYS)('%s: the v1 fixture opens to what it holds, with nothing to repair', (key) => {
    const stored = read(`${key}.v1.json`) as { v: number; data: unknown };
    const opened = openEnvelope(stored, SPECS[key]!);
    expect(opened).toEqual({ value: stored.data, from: 1, rewrite: false, problems: [] });
    // What is written back is the same envelope.
    expect(sealEnvelope(opened.value, SPECS[key]!)).toEqual(stored);
  });

  it('fixtures hold values the rest of the extension can use', () => {
    const lists = openEnvelope(read('downloadedLists.v1.json'), items.DOWNLOADED_LISTS_SPEC).value;
    const list = loadHashList(fromBase64(lists['src-1']!));
    expect(lookupHost(list, 'login.kemkes-verifikasi.example')).toEqual({
      listId: 'src-1',
      domain: 'kemkes-verifikasi.example',
    });
    const tabs = openEnvelope(read('tabs.v1.json'), items.TABS_SPEC).value;
    const composed = composeTab(tabs['12']!);
    expect(composed.fields.map((f) => [f.kind, f.form])).toEqual([
      ['national_id', 0],
      ['date_of_birth', 0],
      ['medical_record_number', -1],
    ]);
    expect(composed.truncated).toBe(true);
    const breaches = openEnvelope(read('importedBreaches.v1.json'), items.IMPORTED_BREACHES_SPEC).value;
    const index = createBreachIndex({
      format: 'jaga-breaches',
      version: 1,
      generated: '2024-01-10',
      attribution: {},
      breaches,
    });
    expect(index.forHost('www.klinik-contoh.co.id').map((b) => b.id)).toEqual(['id-klinik-contoh-2022']);
  });

  it('absent items read as their defaults and are not written', () => {
    for (const spec of Object.values(SPECS)) {
      expect(openEnvelope(undefined, spec)).toEqual({ value: spec.fallback(), from: 0, rewrite: false, problems: [] });
    }
  });
});

const corrupt = readdirSync(join(DIR, 'corrupt'))
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('damaged stored items', () => {
  it('cover every item', () => {
    expect([...new Set(corrupt.map((f) => f.split('.')[0]))].sort()).toEqual(EXPECTED_KEYS);
  });

  it.each(corrupt)('%s keeps what is readable and falls back for the rest', (file) => {
    const fixture = read(join('corrupt', file)) as { stored: unknown; expected: unknown; rewrite: boolean };
    const spec = SPECS[file.split('.')[0]!]!;
    const opened = openEnvelope(fixture.stored, spec);
    expect(opened.value).toEqual(fixture.expected);
    expect(opened.rewrite).toBe(fixture.rewrite);
    // Problems name fields and positions, never stored text (a URL with a NIK in the warning-log fixture).
    for (const p of opened.problems) expect(p).not.toMatch(/3201234567890001|evil\.example|NIK/);
    // What is rewritten opens cleanly.
    expect(openEnvelope(sealEnvelope(opened.value, spec), spec)).toEqual({
      value: opened.value,
      from: spec.version,
      rewrite: false,
      problems: [],
    });
  });
});

describe('any stored value', () => {
  it.each(EXPECTED_KEYS)('%s: opens without throwing, and what it rewrites opens unchanged', (key) => {
    const spec = SPECS[key]!;
    const envelope = fc.oneof(
      storedValue,
      fc.record({
        v: fc.oneof(fc.integer({ min: -3, max: 4 }), fc.constantFrom(-1e300, 2 ** 53, 1.5)),
        data: storedValue,
      }),
    );
    fc.assert(
      fc.property(envelope, (raw) => {
        const opened = openEnvelope(raw, spec);
        const sealed = JSON.parse(JSON.stringify(sealEnvelope(opened.value, spec))) as unknown;
        expect(openEnvelope(sealed, spec)).toEqual({
          value: opened.value,
          from: spec.version,
          rewrite: false,
          problems: [],
        });
      }),
      seeded(150, 60 + EXPECTED_KEYS.indexOf(key)),
    );
  });
});
