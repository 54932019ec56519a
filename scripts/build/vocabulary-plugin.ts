// `virtual:jaga-vocabulary`: the vocabulary files (lib/detect/vocab/*.json) compiled in Node at build time and
// bundled in the compact encoding of lib/detect/vocabulary-codec.ts, so the scanner decodes it instead of compiling
// it (tokenizing ~3,000 phrases) on every page that has form controls. Vitest makes the same data from lib/detect/vocabulary-source.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { encodeVocabulary } from '../../lib/detect/vocabulary-codec';
import { compileVocabulary } from '../../lib/detect/vocabulary-compile';
import type { VocabFile } from '../../lib/detect/vocab-schema';

const ROOT = resolve(import.meta.dirname, '../..');
export const VOCAB_DIR = resolve(ROOT, 'lib/detect/vocab');
const ID = 'virtual:jaga-vocabulary';
const RESOLVED = '\0' + ID;

/** The vocabulary files as parsed JSON, keyed by file name, in name order (the order the build compiles them). */
export function readVocabFiles(dir = VOCAB_DIR): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort())
    out[name] = JSON.parse(readFileSync(resolve(dir, name), 'utf8'));
  return out;
}

/** The vocabulary files compiled and encoded: what `virtual:jaga-vocabulary` exports. */
export function encodedVocabulary(dir = VOCAB_DIR): ReturnType<typeof encodeVocabulary> {
  return encodeVocabulary(compileVocabulary(Object.values(readVocabFiles(dir)) as VocabFile[]));
}

export function vocabularyPlugin(): Plugin {
  return {
    name: 'jaga-vocabulary',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      for (const name of readdirSync(VOCAB_DIR)) this.addWatchFile(resolve(VOCAB_DIR, name));
      const encoded = encodedVocabulary();
      // A JSON string parsed at run time: faster for the engine than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(encoded))});`;
    },
  };
}
