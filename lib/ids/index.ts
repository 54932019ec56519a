// Identifier recognition (../shared/CONTRACTS.md §4), pure: value and label in, matches out.
export type { IdentifierContext, IdentifierMatch } from './types';
export { recognizeIdentifier } from './recognize';
export { compactIdentifier, mightBeIdentifier } from './compact';
export { resolveFieldKind, LABEL_SCHEME } from './resolve';
export { SCHEME_IDS, isSchemeId, schemeText } from './scheme';
export type { SchemeId } from './scheme';
export { SCHEME_KIND } from './registry';
