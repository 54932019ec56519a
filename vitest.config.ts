import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { vocabularyPlugin } from './scripts/build/vocabulary-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact(), vocabularyPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
