// recognizeIdentifier (../shared/CONTRACTS.md §4): what an identifier-shaped value could be, most likely first.
//
// 1. Schemes the label names come first, whether or not the value passes their rules (`valid` says which):
//    the label wins when it and the value disagree (a KK label over a NIK-shaped value).
// 2. Then every other scheme whose rules the value passes and whose structure is strong enough on its own,
//    those of a kind the label names generically ("nomor identitas") first, then in SCHEME_IDS order.
// A value printed in one scheme's shape (NHS 3-3-4, SSN 3-2-4, Aadhaar 4-4-4…) is reported without a label
// only as a scheme printed that way (printed-shape.ts).
// Never reported without a label naming the scheme: payment-card numbers (Luhn + network range) and Indonesian
// mobile numbers, unless printed in the scheme's own shape and not as a card or phone number is printed (a
// MyKad of someone born in 2008, 080305-14-1234, is not the phone number its digits spell), and placeholders
// made of one repeated character. A label asking for a card, phone, order
// number, OTP… (and naming no identifier) means [].
import type { IdentifierContext, IdentifierMatch } from './types';
import type { SchemeId } from './scheme';
import { SCHEME_KIND, SCHEME_RULES, SHAPE_OWNERS, schemesOfLength } from './registry';
import { printedShape, shapeAllows } from './printed-shape';
import { MAX_IDENTIFIER_LENGTH, MIN_IDENTIFIER_LENGTH, compactWithin } from './compact';
import { readLabel } from './label/read-label';
import { isCardPrint, isPaymentCardNumber } from './card-number';
import { isIndonesianMobileNumber, isPhonePrint } from './phone-number';

function isPlaceholder(v: string): boolean {
  for (let i = 1; i < v.length; i++) if (v[i] !== v[0]) return false;
  return true;
}

function match(scheme: SchemeId, valid: boolean): IdentifierMatch {
  return { kind: SCHEME_KIND[scheme], scheme, valid };
}

export function recognizeIdentifier(value: string, context?: IdentifierContext): IdentifierMatch[] {
  if (typeof value !== 'string') return [];
  const v = compactWithin(value, MAX_IDENTIFIER_LENGTH);
  if (v === null || v.length < MIN_IDENTIFIER_LENGTH) return [];
  const fitting = schemesOfLength(v.length).filter((s) => SCHEME_RULES[s].fits(v));
  if (fitting.length === 0) return [];

  const label = readLabel(context?.label);
  if (label.refuses) return [];
  const placeholder = isPlaceholder(v);

  const named: IdentifierMatch[] = [];
  for (const s of label.schemes) {
    if (fitting.includes(s)) named.push(match(s, !placeholder && SCHEME_RULES[s].isValid(v)));
  }
  // Among the schemes the label names, a value that passes comes before one that does not (stable sort).
  named.sort((a, b) => Number(b.valid) - Number(a.valid));

  if (placeholder) return named;
  const shape = printedShape(value);
  const card = isPaymentCardNumber(v);
  const phone = isIndonesianMobileNumber(v);
  const printedAsLookalike = (card && isCardPrint(shape)) || (phone && isPhonePrint(shape));
  const preferred: IdentifierMatch[] = [];
  const others: IdentifierMatch[] = [];
  for (const s of fitting) {
    if (label.schemes.includes(s)) continue;
    const rule = SCHEME_RULES[s];
    if (!shapeAllows(s, shape, SHAPE_OWNERS)) continue;
    if (!rule.standsAlone(v, shape) || !rule.isValid(v)) continue;
    const kindNamed = label.kinds.has(SCHEME_KIND[s]);
    const ownPrint = shape !== '' && !printedAsLookalike && SHAPE_OWNERS.get(shape)?.includes(s) === true;
    if ((card || phone) && !kindNamed && !ownPrint) continue;
    (kindNamed ? preferred : others).push(match(s, true));
  }
  return [...named, ...preferred, ...others];
}
