// Types for list-scope.mjs (plain JavaScript so the Node build script can share it).

export type SharedHostKind = 'path' | 'subdomain' | 'parent';
export interface SharedHostRow {
  host: string;
  kind: SharedHostKind;
  reason: string;
  source: string;
}
export declare const RESTRICTED_ZONES: readonly string[];
export declare function sharedHostIndex(data: { hosts: readonly SharedHostRow[] }): Map<string, SharedHostKind>;
export declare function sharedHostKind(host: string, index: Map<string, SharedHostKind>): SharedHostKind | null;
export declare function institutionIndex(
  protectedDomains: ReadonlyArray<{ domain: string; category: string }>,
): Set<string>;
export declare function isInstitutionHost(host: string, institutions: ReadonlySet<string>): boolean;
export declare function sharedUrlPrefix(line: string, index: Map<string, SharedHostKind>): string | null;
export declare function matchesUrlPrefix(url: string, prefix: string): boolean;
export declare function isDangerEntry(
  host: string,
  shared: Map<string, SharedHostKind>,
  institutions: ReadonlySet<string>,
): boolean;
export declare function withoutListedParents(hosts: Iterable<string>): string[];
