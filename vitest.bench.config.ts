// `npm run bench` runs these Node micro-benchmarks (bench/node/*.bench.ts) before the browser measurements.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['bench/node/**/*.bench.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
