import { describe, expect, it } from 'vitest';
import { mergeCatalogues } from '../../../lib/breaches/catalogue';
import { parseHibpJson } from '../../../lib/breaches/import-hibp';
import { breach, catalogue, hibpEntry } from './fixtures';

const parse = (entries: unknown) => parseHibpJson(JSON.stringify(entries));

describe('parseHibpJson: a good file', () => {
  it('re-expresses each kept breach in our format, without free text or logos', () => {
    const result = parse([
      hibpEntry(),
      hibpEntry({ Name: 'Clinic', Domain: 'klinik.co.id', IsSensitive: true, DataClasses: ['Personal health data'] }),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.breaches[0]).toEqual({
      id: 'hibp-ExampleShop',
      title: 'Example Shop',
      domains: ['example.com'],
      breachDate: '2023-05-01',
      disclosedDate: null,
      addedDate: '2023-06-02',
      records: 12345,
      recordsIsClaim: false,
      dataClasses: ['national_id', 'email', 'password'],
      status: 'confirmed',
      origin: 'hibp',
      hibpName: 'ExampleShop',
      sources: ['https://haveibeenpwned.com/Breach/ExampleShop'],
    });
    expect(result.breaches[1]).toMatchObject({ id: 'hibp-Clinic', sensitive: true, dataClasses: ['health_other'] });
    expect(JSON.stringify(result.breaches)).not.toMatch(/free text|logos\./);
  });

  it('keeps a later ModifiedDate as the version date', () => {
    const result = parse([hibpEntry({ ModifiedDate: '2024-01-05T00:00:00Z' })]);
    expect(result.ok && result.breaches[0]?.modifiedDate).toBe('2024-01-05');
  });

  it('applies the catalogue filters and counts what it skipped', () => {
    const result = parse([
      hibpEntry({ Name: 'Kept' }),
      hibpEntry({ Name: 'Unverified', IsVerified: false }),
      hibpEntry({ Name: 'Fake', IsFabricated: true }),
      hibpEntry({ Name: 'Spam', IsSpamList: true }),
      hibpEntry({ Name: 'Gone', IsRetired: true }),
      hibpEntry({ Name: 'Nowhere', Domain: '' }),
      hibpEntry({ Name: 'Weird', Domain: 'not a domain' }),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.breaches.map((b) => b.id)).toEqual(['hibp-Kept']);
    expect(result.skipped).toEqual({
      not_verified: 1,
      fabricated: 1,
      spam_list: 1,
      retired: 1,
      no_domain: 1,
      bad_domain: 1,
    });
  });

  it('accepts older files without the newer flags', () => {
    const { IsRetired: _r, IsMalware: _m, ModifiedDate: _d, ...old } = hibpEntry();
    expect(parse([old]).ok).toBe(true);
  });

  it('accepts an empty list', () => {
    expect(parse([])).toEqual({ ok: true, breaches: [], skipped: expect.any(Object) });
  });
});

describe('parseHibpJson: malformed input', () => {
  const cases: Array<[string, unknown, string]> = [
    ['missing Name', hibpEntry({ Name: undefined }), 'missing_field'],
    ['Name with spaces', hibpEntry({ Name: 'Bad Name' }), 'bad_name'],
    ['empty Title', hibpEntry({ Title: ' ' }), 'wrong_type'],
    ['Domain not text', hibpEntry({ Domain: 42 }), 'wrong_type'],
    ['BreachDate not a date', hibpEntry({ BreachDate: '2023-13-01' }), 'bad_date'],
    ['AddedDate missing', hibpEntry({ AddedDate: undefined }), 'missing_field'],
    ['AddedDate not a timestamp', hibpEntry({ AddedDate: 'last week' }), 'bad_date'],
    ['ModifiedDate not a timestamp', hibpEntry({ ModifiedDate: 5 }), 'bad_date'],
    ['negative PwnCount', hibpEntry({ PwnCount: -1 }), 'bad_count'],
    ['fractional PwnCount', hibpEntry({ PwnCount: 1.5 }), 'bad_count'],
    ['DataClasses not a list', hibpEntry({ DataClasses: 'Emails' }), 'wrong_type'],
    ['IsVerified missing', hibpEntry({ IsVerified: undefined }), 'missing_field'],
    ['flag not boolean', hibpEntry({ IsSpamList: 'no' }), 'wrong_type'],
  ];

  it.each(cases)('rejects the file for %s, naming entry and reason', (_label, bad, code) => {
    const result = parse([hibpEntry({ Name: 'Fine' }), bad]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]).toMatchObject({ entry: 1, code });
    expect(result.errors[0]?.problem.length).toBeGreaterThan(5);
    const named = (bad as Record<string, unknown>).Name;
    if (named === 'ExampleShop') expect(result.errors[0]?.name).toBe('ExampleShop');
  });

  it('rejects entries that are not objects, and duplicate names', () => {
    const result = parse([hibpEntry(), 'text', null, hibpEntry()]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.entry, e.code])).toEqual([
      [1, 'not_object'],
      [2, 'not_object'],
      [3, 'duplicate_name'],
    ]);
  });

  it('rejects text that is not a JSON array', () => {
    expect(parseHibpJson('{"Name":"x"}')).toMatchObject({ ok: false, errors: [{ entry: null, code: 'not_array' }] });
    expect(parseHibpJson('[{')).toMatchObject({ ok: false, errors: [{ entry: null, code: 'not_json' }] });
    expect(parseHibpJson('')).toMatchObject({ ok: false, errors: [{ entry: null, code: 'not_json' }] });
  });

  it('caps the list of problems', () => {
    const many = Array.from({ length: 500 }, () => 7);
    const result = parse(many);
    expect(!result.ok && result.errors.length).toBe(100);
  });

  it('loses nothing held when an import fails', () => {
    const held = catalogue([
      breach({ id: 'id-bpjs-kesehatan-2021' }),
      breach({ id: 'hibp-Old', origin: 'hibp', hibpName: 'Old' }),
    ]);
    const snapshot = JSON.stringify(held);
    const result = parse([hibpEntry(), hibpEntry({ Name: 'Broken', PwnCount: 'many' })]);
    const next = result.ok ? mergeCatalogues(held, result.breaches).catalogue : held;
    expect(next).toBe(held);
    expect(JSON.stringify(held)).toBe(snapshot);
  });
});
