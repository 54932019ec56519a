// The scanner size check the build runs: it must pass at or under the budget and fail over it or when the file is
// missing (the real bundle is checked by the build itself, wxt.config.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { overBudget } from '../../../scripts/build/bundle-budget';

describe('scanner size budget', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const withScanner = (bytes: number | null): string => {
    const dir = mkdtempSync(join(tmpdir(), 'jaga-budget-'));
    dirs.push(dir);
    if (bytes !== null) writeFileSync(join(dir, 'scanner.js'), 'x'.repeat(bytes));
    return dir;
  };

  it('passes at the budget', () => {
    expect(overBudget(withScanner(1000), 1000)).toBeNull();
  });

  it('fails one byte over, naming the file and both sizes', () => {
    expect(overBudget(withScanner(1001), 1000)).toMatch(/scanner\.js is 1001 bytes, over its budget of 1000/);
  });

  it('fails when there is no scanner to measure', () => {
    expect(overBudget(withScanner(null), 1000)).toMatch(/missing/);
  });
});
