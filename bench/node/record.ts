// Micro-benchmarks that run in Node (vitest, bench/node/*.bench.ts) record their figures here; bench/run.mjs
// merges them with the browser measurements into bench/results/latest.json and a markdown table.
// They never assert a time: speed is measured, not asserted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const OUT = resolve(dirname(new URL(import.meta.url).pathname), '../results/node.json');

export interface BenchFigure {
  /** What was measured, e.g. "reputation lookup, 1M entries, hash list". */
  name: string;
  value: number;
  unit: string;
  /** The target from the issue, when there is one (for the table; never asserted). */
  target?: string;
  /** A side-by-side baseline or context. */
  note?: string;
}

export function recordBench(group: string, figures: BenchFigure[]): void {
  mkdirSync(dirname(OUT), { recursive: true });
  let all: Record<string, BenchFigure[]> = {};
  try {
    all = JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, BenchFigure[]>;
  } catch {
    all = {};
  }
  all[group] = figures;
  writeFileSync(OUT, JSON.stringify(all, null, 2) + '\n');
}

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Time `fn` over `iterations` calls, `rounds` times; returns the median nanoseconds per call. */
export function nsPerCall(fn: (i: number) => unknown, iterations: number, rounds = 7): number {
  const samples: number[] = [];
  let sink: unknown;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = fn(i);
    const t1 = process.hrtime.bigint();
    samples.push(Number(t1 - t0) / iterations);
  }
  if (sink === Symbol.for('never')) console.warn('');
  return median(samples);
}
