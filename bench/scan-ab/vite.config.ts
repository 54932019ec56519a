// Bundles bench/scan-ab/entry.ts with the build's vocabulary into OUT/scan.js (see run.ts).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { vocabularyPlugin } from '../../scripts/build/vocabulary-plugin';

export default defineConfig({
  plugins: [vocabularyPlugin()],
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: process.env.OUT ?? resolve(import.meta.dirname, '../../.output/scan-ab'),
    emptyOutDir: true,
    minify: process.env.MINIFY !== '0',
    lib: {
      entry: resolve(import.meta.dirname, 'entry.ts'),
      formats: ['iife'],
      name: 'jagaScanAb',
      fileName: () => 'scan.js',
    },
  },
});
