export const OUT: string;
export function defaultConfusablesPath(): string;
export function fold(s: string): string;
export interface ConfusablesTable {
  [key: string]: unknown;
  count: number;
  map: Record<string, string>;
}
export function buildConfusablesFromText(text: string): ConfusablesTable;
export function buildConfusables(sourcePath?: string): ConfusablesTable;
export const ASCII_ADDITIONS: Readonly<Record<string, string>>;
export function closeMap(read: Iterable<[string, string]>): Map<string, string>;
export function readConfusables(text: string): {
  version: string;
  date: string;
  sha256: string;
  map: Map<string, string>;
};
export function tableOf(read: ReturnType<typeof readConfusables>): ConfusablesTable;
