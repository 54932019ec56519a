// Every regular expression in the product, its data scripts and its tools is checked by its structure for
// super-linear backtracking (eslint-plugin-regexp: no-super-linear-backtracking, no-super-linear-move, applied by
// eslint.config.js and so by the lint step of `npm test`), instead of being timed on hostile input. Patterns meet page text, typed values,
// addresses and imported lists, so a catastrophic one is a way for a page to freeze the extension.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const regexRulesOnly = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId.startsWith('regexp/') });

async function problems(results: ESLint.LintResult[]): Promise<string[]> {
  return results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

describe('regular expressions, by their structure', () => {
  // The scan itself is the lint step of `npm test` (eslint .); here: it covers every place patterns live.
  it('applies to every source file of lib/, entrypoints/, components/ and scripts/', async () => {
    for (const file of [
      'lib/x.ts',
      'lib/x.mjs',
      'entrypoints/x/y.ts',
      'components/X.tsx',
      'scripts/x.ts',
      'scripts/x.mjs',
    ]) {
      const config = (await regexRulesOnly.calculateConfigForFile(resolve(ROOT, file))) as {
        rules: Record<string, unknown[]>;
      };
      expect(config.rules['regexp/no-super-linear-backtracking']?.[0], file).toBe(2);
      expect(config.rules['regexp/no-super-linear-move']?.[0], file).toBe(2);
    }
  });

  it('the check catches the shapes it is there for', async () => {
    const cases = [
      'export const nested = /^(a+)+$/;', // nested quantifiers over the same characters
      'export const adjacent = /^#\\s*columns:\\s*(.+)$/m;', // adjacent quantifiers that exchange spaces
      "export const trim = (s: string) => s.replace(/\\d+$/, '');", // quadratic move over a run of digits
    ];
    for (const code of cases) {
      const results = await regexRulesOnly.lintText(code, { filePath: resolve(ROOT, 'lib/canary.ts') });
      expect((await problems(results)).length, code).toBeGreaterThan(0);
    }
  });
});
