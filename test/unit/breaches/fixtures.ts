// Small builders for breach test data.
import type { Breach, BreachCatalogue } from '../../../lib/breaches/types';

export function breach(overrides: Partial<Breach> & { id: string }): Breach {
  return {
    title: overrides.id,
    domains: ['example.com'],
    breachDate: '2024-01-15',
    disclosedDate: null,
    addedDate: '2024-02-01',
    records: 1000,
    recordsIsClaim: false,
    dataClasses: ['email'],
    status: 'confirmed',
    origin: 'curated',
    statusNote: 'Test entry.',
    sources: ['https://example.org/report'],
    ...overrides,
  };
}

export function catalogue(breaches: Breach[], generated = '2024-02-01'): BreachCatalogue {
  return { format: 'jaga-breaches', version: 1, generated, attribution: {}, breaches };
}

/** One entry in HIBP's /api/v3/breaches format. */
export function hibpEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Name: 'ExampleShop',
    Title: 'Example Shop',
    Domain: 'shop.example.com',
    BreachDate: '2023-05-01',
    AddedDate: '2023-06-02T10:00:00Z',
    ModifiedDate: '2023-06-02T10:00:00Z',
    PwnCount: 12345,
    Description: 'free text that must never be copied',
    LogoPath: 'https://logos.haveibeenpwned.com/ExampleShop.png',
    DataClasses: ['Email addresses', 'Passwords', 'Government issued IDs'],
    IsVerified: true,
    IsFabricated: false,
    IsSensitive: false,
    IsRetired: false,
    IsSpamList: false,
    IsMalware: false,
    ...overrides,
  };
}
