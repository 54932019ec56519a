// What `virtual:jaga-vocabulary` is for the sweep under tsx (tsconfig.json here maps it): the same encoded data the
// build bundles, compiled from the vocabulary files in Node (scripts/build/vocabulary-plugin.ts).
import { readVocabFiles } from '../build/vocabulary-plugin';
import { encodeVocabulary } from '../../lib/detect/vocabulary-codec';
import { compileVocabulary } from '../../lib/detect/vocabulary-compile';
import type { VocabFile } from '../../lib/detect/vocab-schema';

export default encodeVocabulary(compileVocabulary(Object.values(readVocabFiles()) as VocabFile[]));
