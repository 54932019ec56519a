// The one shape every benchmark figure takes (what latest.json and latest.md are written from), and the statistics
// the browser benchmarks share.

export interface Row {
  group: string;
  name: string;
  value: number | null;
  unit: string;
  target?: string;
  note?: string;
  /** Shown in latest.md by its section's own table (latest.json has every row). */
  inSection?: boolean;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

export const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
