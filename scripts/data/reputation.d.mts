export const OUT_BIN: string;
export const OUT_META: string;
export const OUT_DNR_DIR: string;
export const LISTS: ReadonlyArray<{ id: string; title: string; file: string; [key: string]: unknown }>;
export function defaultSharedDataDir(): string;
export function neverDangerHosts(path?: string): string[];
export function buildReputation(
  sharedDataDir?: string,
  neverDanger?: readonly string[],
): { bin: Uint8Array; meta: Record<string, unknown>; dnr: Record<string, string> };
