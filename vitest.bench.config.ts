// `npm run bench` runs these Node micro-benchmarks (bench/node/*.bench.ts) before the browser measurements.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // The vocabulary the build compiles (scripts/build/vocabulary-plugin.ts), compiled when the tests load it.
  resolve: { alias: { 'virtual:jaga-vocabulary': resolve(import.meta.dirname, 'lib/detect/vocabulary-source.ts') } },
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['bench/node/**/*.bench.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
