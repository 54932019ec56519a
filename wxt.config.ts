import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildManifest } from './scripts/build/manifest';
import { writeLocales } from './scripts/build/locales';
import { resolve } from 'node:path';

// Why Firefox is built as MV3 (not MV2): one manifest shape, one background lifecycle (an event page that
// can be suspended, like Chrome's service worker, so state survives restarts the same way in both browsers),
// the same `action`, `scripting` and `storage.session` APIs, and it is the version Mozilla develops.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => buildManifest(browser),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      writeLocales(files);
      // The compact reputation list is fetched by the background at start (a view over the bytes, no parsing);
      // the committed file lives beside the code that reads it.
      files.push({
        absoluteSrc: resolve(import.meta.dirname, 'lib/reputation/data/bundled-lists.bin'),
        relativeDest: 'data/bundled-lists.bin',
      });
    },
  },
  zip: {
    excludeSources: [
      '**/node_modules/**',
      '.output/**',
      'bench/results/**',
      'test/e2e/out/**',
      '.env*',
      'demo-output/**',
    ],
  },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  }),
});
