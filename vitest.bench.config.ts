// `npm run bench` runs these Node micro-benchmarks (bench/node/*.bench.ts) before the browser measurements.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { vocabularyPlugin } from './scripts/build/vocabulary-plugin';

export default defineConfig({
  plugins: [WxtVitest(), vocabularyPlugin()],
  test: {
    environment: 'node',
    include: ['bench/node/**/*.bench.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
