import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeCatalogues, parseCatalogue } from '../../../lib/breaches/catalogue';
import { attributionKey, auditEntry, breachVersion, HIBP_ATTRIBUTION } from '../../../lib/breaches/types';
import { breach, catalogue } from './fixtures';

describe('parseCatalogue', () => {
  const good = catalogue([breach({ id: 'a' }), breach({ id: 'hibp-B', origin: 'hibp', hibpName: 'B' })]);

  it('accepts a valid catalogue and adds the HIBP attribution it needs', () => {
    const result = parseCatalogue(JSON.stringify(good));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.breaches.map((b) => b.id)).toEqual(['a', 'hibp-B']);
    expect(result.catalogue.attribution.hibp).toEqual(HIBP_ATTRIBUTION);
  });

  it('drops unknown fields of an entry', () => {
    const withExtra = { ...good, breaches: [{ ...breach({ id: 'a' }), description: 'copied text' }] };
    const result = parseCatalogue(JSON.stringify(withExtra));
    expect(result.ok && Object.keys(result.catalogue.breaches[0] ?? {})).not.toContain('description');
  });

  const badEntries: Array<[string, Record<string, unknown>, string]> = [
    ['a bad id', { id: 'has space' }, 'bad_id'],
    ['an empty title', { title: '' }, 'bad_title'],
    ['a subdomain instead of a site', { domains: ['sirs.kemkes.go.id'] }, 'bad_domain'],
    ['an upper-case domain', { domains: ['Kemkes.go.id'] }, 'bad_domain'],
    ['an impossible date', { breachDate: '2021-02-30' }, 'bad_date'],
    ['an added date without day', { addedDate: '2021-02' }, 'bad_date'],
    ['a negative count', { records: -5 }, 'bad_count'],
    ['an unknown data class', { dataClasses: ['emails'] }, 'bad_data_class'],
    ['an unknown status', { status: 'rumour' }, 'bad_status'],
    ['no sources', { sources: [] }, 'bad_source'],
    ['a non-web source', { sources: ['javascript:alert(1)'] }, 'bad_source'],
    ['an unknown origin', { origin: 'forum' }, 'bad_origin'],
  ];

  it.each(badEntries)('rejects the whole file for %s', (_label, change, code) => {
    const file = { ...good, breaches: [breach({ id: 'fine' }), { ...breach({ id: 'x' }), ...change }] };
    const result = parseCatalogue(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ entry: 1, code });
  });

  it('rejects duplicate ids and wrong file shapes', () => {
    const dup = { ...good, breaches: [breach({ id: 'a' }), breach({ id: 'a' })] };
    expect(parseCatalogue(JSON.stringify(dup))).toMatchObject({
      ok: false,
      errors: [{ entry: 1, code: 'duplicate_id' }],
    });
    expect(parseCatalogue('nope')).toMatchObject({ ok: false, errors: [{ code: 'not_json' }] });
    expect(parseCatalogue('[]')).toMatchObject({ ok: false, errors: [{ code: 'not_object' }] });
    expect(parseCatalogue('{"format":"other","version":1,"breaches":[]}')).toMatchObject({
      ok: false,
      errors: [{ code: 'bad_format' }],
    });
    expect(parseCatalogue('{"format":"jaga-breaches","version":2,"breaches":[]}')).toMatchObject({
      ok: false,
      errors: [{ code: 'bad_version' }],
    });
    expect(parseCatalogue('{"format":"jaga-breaches","version":1}')).toMatchObject({
      ok: false,
      errors: [{ code: 'missing_field' }],
    });
  });
});

describe('mergeCatalogues', () => {
  const held = catalogue([
    breach({ id: 'a', addedDate: '2024-01-01' }),
    breach({ id: 'b', addedDate: '2024-01-01', title: 'held b' }),
  ]);

  it('adds new entries and refreshes only newer versions', () => {
    const incoming = [
      breach({ id: 'b', addedDate: '2024-01-01', modifiedDate: '2024-06-01', title: 'newer b' }),
      breach({ id: 'a', addedDate: '2023-01-01', title: 'older a' }),
      breach({ id: 'c', addedDate: '2024-07-01' }),
    ];
    const { catalogue: merged, added, updated } = mergeCatalogues(held, incoming);
    expect(merged.breaches.map((b) => `${b.id}:${b.title}`)).toEqual(['a:a', 'b:newer b', 'c:c']);
    expect(added).toEqual(['c']);
    expect(updated).toEqual(['b']);
    expect(merged.generated).toBe('2024-07-01');
  });

  it('keeps the held entry when versions are equal, and adds HIBP attribution when needed', () => {
    const { catalogue: merged, updated } = mergeCatalogues(
      held,
      catalogue([
        breach({ id: 'a', title: 'same date, other text', addedDate: '2024-01-01' }),
        breach({ id: 'hibp-X', origin: 'hibp', hibpName: 'X' }),
      ]),
    );
    expect(updated).toEqual([]);
    expect(merged.breaches[0]?.title).toBe('a');
    expect(merged.attribution.hibp).toEqual(HIBP_ATTRIBUTION);
  });

  it('never loses a held entry (property)', () => {
    const entry = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      addedDate: fc.constantFrom('2023-01-01', '2024-01-01', '2025-01-01'),
      modifiedDate: fc.option(fc.constantFrom('2024-06-01', '2026-01-01'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), (heldRaw, incomingRaw) => {
        const uniqueHeld = [...new Map(heldRaw.map((e) => [e.id, breach(e)])).values()];
        const incoming = incomingRaw.map((e) => breach(e));
        const { catalogue: merged } = mergeCatalogues(catalogue(uniqueHeld), incoming);
        const mergedById = new Map(merged.breaches.map((b) => [b.id, b]));
        for (const h of uniqueHeld) {
          const kept = mergedById.get(h.id);
          expect(kept).toBeDefined();
          expect(breachVersion(kept!) >= breachVersion(h)).toBe(true);
        }
        expect(new Set(merged.breaches.map((b) => b.id)).size).toBe(merged.breaches.length);
      }),
    );
  });
});

describe('helpers', () => {
  it('formats the audit entry of CONTRACTS §3', () => {
    const b = breach({
      id: 'id-kemkes-patient-records-2022',
      title: 'Kemenkes',
      breachDate: '2021-12-28',
      status: 'alleged',
    });
    expect(auditEntry(b)).toEqual({
      id: 'id-kemkes-patient-records-2022',
      title: 'Kemenkes',
      date: '2021-12-28',
      status: 'alleged',
    });
  });

  it('says which breaches need the HIBP credit', () => {
    expect(attributionKey(breach({ id: 'a' }))).toBeNull();
    expect(attributionKey(breach({ id: 'a', hibpName: 'A' }))).toBe('hibp');
    expect(attributionKey(breach({ id: 'hibp-A', origin: 'hibp' }))).toBe('hibp');
  });

  it('versions a breach by its newer modified date', () => {
    expect(breachVersion(breach({ id: 'a', addedDate: '2024-01-01' }))).toBe('2024-01-01');
    expect(breachVersion(breach({ id: 'a', addedDate: '2024-01-01', modifiedDate: '2024-03-01' }))).toBe('2024-03-01');
    expect(breachVersion(breach({ id: 'a', addedDate: '2024-01-01', modifiedDate: '2023-03-01' }))).toBe('2024-01-01');
  });
});
