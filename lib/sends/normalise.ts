// The one normalisation both ends of a match use: the scanner before it digests what a person typed, the
// background before it digests what a request carries. Identifiers are compacted exactly as the recogniser
// compacts them (lib/ids); health answers are compared as text, case and spacing aside.
import { MAX_IDENTIFIER_LENGTH, compactWithin, mightBeIdentifier } from '../ids/compact';

/** Shortest and longest health answer worth matching: "ya" or "no" would match half the web. */
export const MIN_ANSWER_LENGTH = 4;
export const MAX_ANSWER_LENGTH = 200;

/** A value as it is compared, or null when it cannot be matched (too short, too long, nothing to go on). */
export function normaliseSent(value: string): string | null {
  if (typeof value !== 'string') return null;
  if (mightBeIdentifier(value)) return compactWithin(value, MAX_IDENTIFIER_LENGTH);
  const text = value.trim().replace(/\s+/g, ' ').toLowerCase();
  return text.length >= MIN_ANSWER_LENGTH && text.length <= MAX_ANSWER_LENGTH ? text : null;
}
