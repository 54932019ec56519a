// Payment cards are not identifiers (../shared/CONTRACTS.md §1): a Luhn-valid number in a card network's range
// is treated as a card unless a label names the identifier. 4.3 % of Mastercard-range card numbers would pass
// the NIK rules (51–53 are province codes; ID-FORMATS.md §1).
import ranges from './data/card-ranges.json';
import { luhnValid } from './checksums';

interface CardRange {
  from: string;
  to: string;
  lengths: ReadonlySet<number>;
}

const RANGES: readonly CardRange[] = ranges.ranges.map((r) => ({
  from: r.from,
  to: r.to,
  lengths: new Set(r.lengths),
}));
const DIGITS = /^\d{12,19}$/;

/** A compacted value that is a payment card number: a known network range and length, and a Luhn check digit. */
export function isPaymentCardNumber(v: string): boolean {
  if (!DIGITS.test(v) || !luhnValid(v)) return false;
  // Same-length digit strings compare like numbers.
  return RANGES.some((r) => {
    if (!r.lengths.has(v.length)) return false;
    const prefix = v.slice(0, r.from.length);
    return prefix >= r.from && prefix <= r.to;
  });
}

/** How card numbers are printed: 4-4-4-4 (16 digits), 4-6-5 and 4-6-4 (American Express, Diners), 4-4-4-4-3
 * (19 digits). A value grouped otherwise was not copied from a card. */
const CARD_PRINTS: ReadonlySet<string> = new Set(['4-4-4-4', '4-6-5', '4-6-4', '4-4-4-4-3']);

export function isCardPrint(shape: string): boolean {
  return CARD_PRINTS.has(shape);
}
