// Observed sends (issue 18): recognised values matched, by keyed digest, in what a tab's requests carry.
export { normaliseSent, MIN_ANSWER_LENGTH, MAX_ANSWER_LENGTH } from './normalise';
export { candidateTokens, MAX_BODY_BYTES, MAX_TOKENS } from './request-tokens';
export type { Candidates, RequestBody, RequestFacts } from './request-tokens';
export { viaOf, destinationOf } from './classify';
export type { Destination, Party, SendVia } from './classify';
export { recordSend, isRiskySend, sendViews, levelWithSends, sentNoticeFor, MAX_SITES } from './record';
export type { SendObservation, SendView, SentNotice, SiteSends } from './record';
export { keyedDigest, matchedKinds, KEY_BYTES } from './keyed-digest';
export type { Digest } from './keyed-digest';
export { HEX_LENGTH, MAX_DIGESTS, holdDigest } from './digest-message';
export { shapeOf, shapeFrom, MAX_SHAPE } from './shape';
export type { Shape } from './shape';
export type { HeldDigest, SendDigests } from './digest-message';
