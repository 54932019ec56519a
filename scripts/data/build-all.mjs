// `npm run data`: rebuilds every bundled data file from its sources. Reads ../shared/data (override with
// JAGA_SHARED_DATA); Unicode's confusables.txt from JAGA_CONFUSABLES (or <shared>/unicode/confusables.txt).
// A builder whose sources are missing is reported and skipped; the committed file stays as it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const shared = process.env.JAGA_SHARED_DATA ?? resolve(ROOT, '../shared/data');
const confusables = process.env.JAGA_CONFUSABLES ?? join(shared, 'unicode/confusables.txt');

const steps = [
  { script: 'protected-domains.mjs', needs: join(shared, 'reputation/indonesia-official-domains-seed.csv') },
  // After protected-domains: the list build reads it (public bodies and institutions, lib/reputation/list-scope.mjs).
  { script: 'reputation.mjs', needs: join(shared, 'reputation') },
  { script: 'confusables.mjs', needs: confusables },
  { script: 'breaches.mjs', needs: join(shared, 'breaches') },
  { script: 'trackers.mjs', needs: join(ROOT, 'data/trackers/trackers.src.json') },
  // Last: the notices read the built data files' versions, sources and counts.
  { script: '../notices.mjs', needs: join(ROOT, 'node_modules') },
];

let failed = 0;
for (const { script, needs } of steps) {
  if (!existsSync(needs)) {
    console.log(`skip ${script}: source not found (${needs})`);
    continue;
  }
  const r = spawnSync(process.execPath, [join(HERE, script)], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    failed++;
    console.error(`${script} failed`);
  }
}
process.exit(failed ? 1 : 0);
