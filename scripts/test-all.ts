// `npm test`: typecheck, lint, unit tests, both builds (zipped), web-ext lint, and the end-to-end suite in
// real Chromium and Firefox. Every step runs even when an earlier one fails, so one run shows everything;
// the last line is a plain "N passed, N failed" (tests of both suites plus one check per other step).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
let passed = 0;
let failed = 0;
const summary: string[] = [];

function run(title: string, cmd: string, args: string[]): boolean {
  const started = Date.now();
  console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = r.status === 0;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function step(title: string, cmd: string, args: string[]): void {
  if (run(title, cmd, args)) passed++;
  else failed++;
}

function vitest(title: string, config: string | null, report: string): void {
  rmSync(resolve(ROOT, report), { force: true });
  const args = [
    'vitest',
    'run',
    ...(config ? ['--config', config] : []),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const ok = run(title, 'npx', args);
  const file = resolve(ROOT, report);
  if (!existsSync(file)) {
    failed++;
    summary.push(`FAIL ${title}: no report was written`);
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: Array<{
      name: string;
      status: string;
      message?: string;
      assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }>;
    }>;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A suite that failed outside its tests (an import error, a hook) counts as a failure too.
  if (r.numFailedTestSuites > 0 && r.numFailedTests === 0) failed += r.numFailedTestSuites;
  if (!ok && r.numFailedTests === 0 && r.numFailedTestSuites === 0) failed++;
  summary.push(
    `     ${title}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`,
  );
  summary.push(...failureDigest(r.testResults));
}

/** What failed and why, in a few lines each: CI shows only the end of the output, so the cause is repeated here,
 * next to the count, instead of only in the reporter's output far above. */
function failureDigest(
  files: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }>;
  }>,
): string[] {
  const lines: string[] = [];
  const clip = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.trim() !== '' && !/^\s+at /.test(l))
      .slice(0, 12)
      .map((l) => `       | ${l.slice(0, 240)}`);
  for (const file of files) {
    const where = file.name.replace(ROOT + '/', '');
    for (const test of file.assertionResults.filter((t) => t.status === 'failed')) {
      lines.push(`     ✗ ${where} › ${test.fullName}`);
      lines.push(...clip(test.failureMessages.join('\n')));
    }
    if (file.status === 'failed' && file.message) {
      lines.push(`     ✗ ${where} (outside its tests)`);
      lines.push(...clip(file.message));
    }
  }
  return lines;
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
vitest('unit tests', null, '.vitest-report.unit.json');
step('build and zip for Chrome', 'npx', ['wxt', 'zip']);
step('build and zip for Firefox', 'npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']);
step('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '-s', '.output/firefox-mv3', '--no-config-discovery']);
vitest('end-to-end tests (Chromium and Firefox)', 'vitest.e2e.config.ts', '.vitest-report.e2e.json');

console.log('\n' + summary.join('\n'));
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
