// The domains lookalike detection protects: the bundled curated list (data/protected-domains.json, derived by
// scripts/data/protected-domains.mjs) plus any the person or administrator adds in settings.
import bundled from './data/protected-domains.json';
import { registrableDomain } from '../site/registrable-domain';
import { normalizeHostName } from '../site/host-name';

export interface ProtectedCategoryDecisions {
  /** A public body: another suffix of its name (`kemkes.com`) is an imitation. Companies are left out because their
   * name under another suffix is often the same group abroad (`allianz.com`, `prudential.com`). */
  suffixRule: boolean;
}

/** Every decision about each category of protected domain; the closed union is this table's keys. */
// prettier-ignore
export const PROTECTED_CATEGORY = {
  'health-gov':        { suffixRule: true },
  'health-gov-legacy': { suffixRule: true },
  'health-regulator':  { suffixRule: true },
  'health-insurer':    { suffixRule: true },
  'social-insurer':    { suffixRule: true },
  'gov':               { suffixRule: true },
  'gov-report':        { suffixRule: true },
  'hospital-public':   { suffixRule: true },
  'hospital-private':  { suffixRule: false },
  'insurer':           { suffixRule: false },
  'health-app':        { suffixRule: false },
  'health-service':    { suffixRule: false },
  'lab':               { suffixRule: false },
  'user':              { suffixRule: true },
} as const satisfies Readonly<Record<string, ProtectedCategoryDecisions>>;

export type ProtectedCategory = keyof typeof PROTECTED_CATEGORY;

export const PROTECTED_CATEGORIES = Object.keys(PROTECTED_CATEGORY) as readonly ProtectedCategory[];

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
