// The pre-filter of observed sends: a candidate token of a request is digested only when its shape (length and
// count of digits, once normalised) is the shape of a value the scanner sent. A token of any other shape cannot
// have the same normalised value, so skipping it loses no match, and the HMAC — by far the dearest step — runs
// only on the few plausible candidates. The shape tells the background nothing the key and digest it already
// holds do not: it stays in the background's memory beside them, and goes nowhere else.

/** Length and digit count of a normalised value, as one number (length × 256 + digits; both at most 255). */
export type Shape = number;

/** The longest normalised value with a shape (lib/sends/normalise keeps nothing longer). */
export const MAX_SHAPE_LENGTH = 255;

export const shapeFrom = (length: number, digits: number): Shape => length * 256 + digits;

/** The shape of a normalised value. */
export function shapeOf(normalised: string): Shape {
  let digits = 0;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  return shapeFrom(normalised.length, digits);
}

/** Largest shape a message may carry. */
export const MAX_SHAPE = shapeFrom(MAX_SHAPE_LENGTH, MAX_SHAPE_LENGTH);
