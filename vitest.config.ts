import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // The vocabulary the build compiles (scripts/build/vocabulary-plugin.ts), compiled when the tests load it.
  resolve: { alias: { 'virtual:jaga-vocabulary': resolve(import.meta.dirname, 'lib/detect/vocabulary-source.ts') } },
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
