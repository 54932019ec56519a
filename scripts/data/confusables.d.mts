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
