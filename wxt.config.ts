import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildManifest, DNR_LIST_IDS } from './scripts/build/manifest';
import { writeLocales } from './scripts/build/locales';
import { addDnrRulesets, addListShards, listShardMeta } from './scripts/build/shards';
import { vocabularyPlugin } from './scripts/build/vocabulary-plugin';
import { scannerMessagesPlugin } from './scripts/build/scanner-messages-plugin';
import { overBudget } from './scripts/build/bundle-budget';

// Why Firefox is built as MV3 (not MV2): one manifest shape, one background lifecycle (an event page that
// can be suspended, like Chrome's service worker, so state survives restarts the same way in both browsers),
// the same `action`, `scripting` and `storage.session` APIs, and it is the version Mozilla develops.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => buildManifest(browser),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      writeLocales(files);
      if (wxt.config.browser !== 'firefox') addDnrRulesets(files, DNR_LIST_IDS);
      // The bundled reputation list, split into shards the background reads on demand (a woken service worker
      // answers its first question after reading a few kilobytes, not 1.6 MB).
      addListShards(files);
    },
    // The injected scanner must stay within its size budget (scripts/build/bundle-budget.ts).
    'build:done': (wxt) => {
      const error = overBudget(wxt.config.outDir);
      if (error) throw new Error(error);
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
    plugins: [preact(), vocabularyPlugin(), scannerMessagesPlugin()],
    define: { __JAGA_LIST_SHARDS__: JSON.stringify(listShardMeta()) },
    // `npm run bench:profile` sets JAGA_SOURCEMAP so the profile names source functions, not minified ones; the maps
    // are written beside the files but not linked from them.
    build: { target: 'es2022', chunkSizeWarningLimit: 2000, sourcemap: process.env.JAGA_SOURCEMAP ? 'hidden' : false },
  }),
});
