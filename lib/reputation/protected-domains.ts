// The domains lookalike detection protects: the bundled curated list (data/protected-domains.json, derived by
// scripts/data/protected-domains.mjs) plus any the person or administrator adds in settings.
import bundled from './data/protected-domains.json';
import { registrableDomain } from '../site/registrable-domain';
import { normalizeHostName } from '../site/host-name';

export const PROTECTED_CATEGORIES = [
  'health-gov',
  'health-gov-legacy',
  'health-regulator',
  'health-insurer',
  'social-insurer',
  'gov',
  'gov-report',
  'hospital-public',
  'hospital-private',
  'insurer',
  'health-app',
  'health-service',
  'user',
] as const;
export type ProtectedCategory = (typeof PROTECTED_CATEGORIES)[number];

/** Public bodies: another suffix of their name (`kemkes.com`) is an imitation. Companies are left out because
 * their name under another suffix is often the same group abroad (`allianz.com`, `prudential.com`). */
export const SUFFIX_RULE_CATEGORIES: ReadonlySet<string> = new Set<ProtectedCategory>([
  'health-gov',
  'health-gov-legacy',
  'health-regulator',
  'health-insurer',
  'social-insurer',
  'gov',
  'gov-report',
  'hospital-public',
  'user',
]);

export interface ProtectedDomain {
  /** Registrable domain (eTLD+1), lower-case ASCII. */
  domain: string;
  owner: string;
  category: ProtectedCategory;
  /** Other names people know the site by, used for brand-plus-lure-word hosts (`bpjs` for bpjs-kesehatan.go.id,
   * `satusehat` for kemkes.go.id). Lower-case a-z, 0-9 and "-". */
  names?: string[];
}

export const BUNDLED_PROTECTED_DOMAINS: readonly ProtectedDomain[] = (bundled as { domains: ProtectedDomain[] })
  .domains;

/** Settings' extra protected domains (strings a person typed) as ProtectedDomain entries; invalid ones dropped. */
export function userProtectedDomains(domains: readonly string[]): ProtectedDomain[] {
  const out: ProtectedDomain[] = [];
  for (const d of domains) {
    const host = normalizeHostName(d);
    if (host === null || !host.includes('.')) continue;
    out.push({ domain: registrableDomain(host), owner: '', category: 'user' });
  }
  return out;
}
