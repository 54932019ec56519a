export const OUT_BIN: string;
export const OUT_META: string;
export const LISTS: ReadonlyArray<{ id: string; title: string; file: string; [key: string]: unknown }>;
export function defaultSharedDataDir(): string;
export function buildReputation(sharedDataDir?: string): { bin: Uint8Array; meta: Record<string, unknown> };
