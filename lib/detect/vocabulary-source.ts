// What `virtual:jaga-vocabulary` is under Vitest (vitest.config.ts aliases it here): the same encoded data the build
// bundles (scripts/build/vocabulary-plugin.ts), made when the tests load it. A unit test checks the plugin's output
// decodes to exactly this.
import { encodeVocabulary } from './vocabulary-codec';
import { compileVocabulary } from './vocabulary-compile';
import type { VocabFile } from './vocab-schema';

const files = import.meta.glob('./vocab/*.json', { eager: true, import: 'default' }) as Record<string, VocabFile>;

export default encodeVocabulary(compileVocabulary(Object.values(files)));
