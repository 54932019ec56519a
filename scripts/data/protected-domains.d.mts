export const CURATED: string;
export const OUT: string;
export const SEED: string;
export function defaultSharedDataDir(): string;
export function readCsv(text: string): Array<Record<string, string>>;
export const EVIDENCE_KINDS: readonly string[];
export function validateCuratedRows<T extends Array<Record<string, string>>>(rows: T): T;
export interface DerivedProtectedDomains {
  description: string;
  sources: Array<{ file: string; sha256: string }>;
  count: number;
  domains: Array<{ domain: string; owner: string; category: string; names?: string[] }>;
}
export function buildProtectedDomains(sharedDataDir?: string, curatedText?: string): DerivedProtectedDomains;
