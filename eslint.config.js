// Lint rules that keep the architecture honest (see README "How it works", the `lib/` bullet):
// - lib/ is the product's brain and is pure: it never imports entrypoints/ or components/, and only
//   lib/storage and lib/messaging may touch browser APIs.
// - inside lib/, lib/site and lib/kinds sit at the bottom: they import nothing else from lib/.
// - components/ are presentational: they may import types from lib/, nothing that runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

const BROWSER_API_MODULES = [
  'wxt/browser',
  'wxt/utils/storage',
  'webextension-polyfill',
  '@wxt-dev/webextension-polyfill/*',
];

/** What pure lib/ modules may not import. */
const LIB_PURE_IMPORTS = {
  paths: BROWSER_API_MODULES.filter((m) => !m.includes('*')).map((name) => ({
    name,
    message: 'lib/ is pure: only lib/storage and lib/messaging touch browser APIs.',
  })),
  patterns: [
    { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'lib/ never imports entrypoints/.' },
    { group: ['**/components/**', '@/components/**'], message: 'lib/ never imports components/.' },
    {
      group: [
        '**/lib/storage/**',
        '**/lib/messaging/**',
        '../storage/**',
        '../messaging/**',
        '../storage',
        '../messaging',
      ],
      message: 'pure lib/ modules do not reach storage or messaging.',
    },
    { group: ['@wxt-dev/webextension-polyfill/*', 'wxt/utils/*'], message: 'lib/ is pure.' },
  ],
};

/** The rules of a zone inside pure lib/: what pure modules may not import, and what the zone may not either. */
const libZone = (pattern) => ({
  'no-restricted-imports': ['error', { ...LIB_PURE_IMPORTS, patterns: [...LIB_PURE_IMPORTS.patterns, pattern] }],
});

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'bench/results/**',
      'demo-output/**',
      'test/e2e/out/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The product never logs: a log line is one more place a value could end up (PRIVACY.md).
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['lib/**/*.{ts,tsx,mjs}'],
    ignores: ['lib/storage/**', 'lib/messaging/**'],
    rules: {
      'no-restricted-imports': ['error', LIB_PURE_IMPORTS],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ is pure: take inputs as arguments.' },
        { name: 'chrome', message: 'lib/ is pure: take inputs as arguments.' },
        { name: 'document', message: 'lib/ takes the root node as an argument.' },
        { name: 'window', message: 'lib/ takes what it needs as arguments.' },
        { name: 'location', message: 'lib/ takes the URL as an argument.' },
        { name: 'localStorage', message: 'lib/ is pure.' },
      ],
      'no-console': 'error',
    },
  },
  {
    // Zones inside lib/: lib/site (hosts, addresses, sites) and lib/kinds (the closed set of field kinds) sit at the
    // bottom. Everything may import them; they import nothing else from lib/, so no rule about hosts or kinds can
    // come to depend on settings, lists or detection (lib/site/host-core.mjs is shared with the data scripts too).
    files: ['lib/site/**/*.{ts,tsx,mjs}', 'lib/kinds/**/*.{ts,tsx,mjs}'],
    rules: libZone({
      group: ['../*', '../**', '@/lib/**', '~/lib/**', '**/lib/**'],
      message: 'lib/site and lib/kinds sit at the bottom of lib/: they import nothing else from lib/.',
    }),
  },
  {
    // One label vocabulary and tokenizer: lib/ids reads a field's label with detection's tokenizer, aliases and
    // vocabulary files (their `identifiers` sections), and imports nothing else of lib/detect, so the recogniser never
    // comes to depend on scanning pages and no import cycle can pass through it (those modules import only lib/kinds).
    files: ['lib/ids/**/*.{ts,tsx,mjs}'],
    rules: libZone({
      group: [
        '**/detect/*',
        '!**/detect/tokenize',
        '!**/detect/vocab-aliases',
        '!**/detect/vocab-schema',
        '!**/detect/vocab/*.json',
      ],
      message: 'lib/ids takes only the vocabulary and tokenizer from lib/detect.',
    }),
  },
  {
    files: ['lib/storage/**/*.{ts,tsx}', 'lib/messaging/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**'], message: 'lib/ never imports entrypoints/.' },
            { group: ['**/components/**'], message: 'lib/ never imports components/.' },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: BROWSER_API_MODULES.filter((m) => !m.includes('*')).map((name) => ({
            name,
            message: 'components are presentational: data comes in as props.',
          })),
          patterns: [
            { group: ['**/entrypoints/**'], message: 'components never import entrypoints/.' },
            {
              // The protocol's types are what components show (SettingsView, ImportResult): they may import
              // those, never what sends or receives.
              group: ['**/lib/storage/**', '**/lib/messaging/**', '!**/lib/messaging/protocol'],
              message: 'components are presentational: data comes in as props.',
            },
            {
              group: ['**/lib/report/page-text'],
              importNames: ['pageText'],
              message: 'PageText is made only by lib/detect readers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'use wxt/browser (aliased to the polyfill).' }],
          patterns: [
            {
              group: ['**/lib/report/page-text'],
              importNames: ['pageText'],
              message: 'PageText is made only by lib/detect readers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Regular expressions meet page text, typed values, addresses and imported lists: each is checked by its
    // structure for super-linear backtracking (nested or adjacent quantifiers over overlapping characters), here
    // and in test/unit/regex-safety.test.ts, instead of timing it.
    files: ['lib/**/*.{ts,tsx,mjs}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
