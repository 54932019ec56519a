// What `virtual:jaga-vocabulary` is for the sweep under tsx (tsconfig.json here maps it): the same encoded data the
// build bundles (scripts/build/vocabulary-plugin.ts).
import { encodedVocabulary } from '../build/vocabulary-plugin';

export default encodedVocabulary();
