// What a field's label says about the identifier it asks for. Linear in the label's length: one tokenising
// pass, then at each word the few phrases starting with that word (longest first). A phrase found inside a
// longer one ("medicare" in "medicare beneficiary identifier") does not count on its own.
import type { FieldKind } from '../../kinds/field-kinds';
import type { SchemeId } from '../scheme';
import type { Phrase } from './phrases';
import { labelWords, phraseIndex } from './phrases';

export interface LabelReading {
  /** Schemes the label names, in the order it names them. Weak words ("nomor kartu", "ic") count only when no strong word names a scheme. */
  readonly schemes: readonly SchemeId[];
  /** Identifier kinds the label names without a scheme ("nomor identitas", "insurance"). */
  readonly kinds: ReadonlySet<FieldKind>;
  /** The label asks for a card, phone, order/booking/voucher number, OTP, amount, date… and names no identifier strongly. */
  readonly refuses: boolean;
}

export const NO_LABEL: LabelReading = { schemes: [], kinds: new Set(), refuses: false };

function phraseAt(words: readonly string[], i: number): Phrase | undefined {
  const candidates = phraseIndex().get(words[i]!);
  if (!candidates) return undefined;
  return candidates.find((p) => p.words.every((w, k) => words[i + k] === w));
}

function read(label: string): LabelReading {
  const words = labelWords(label);
  const strong: SchemeId[] = [];
  const weak: SchemeId[] = [];
  const kinds = new Set<FieldKind>();
  let notIdentifier = false;
  let coveredUpTo = 0;
  for (let i = 0; i < words.length; i++) {
    const phrase = phraseAt(words, i);
    if (!phrase || i + phrase.words.length <= coveredUpTo) continue;
    coveredUpTo = i + phrase.words.length;
    const m = phrase.meaning;
    for (const s of m.strongSchemes) if (!strong.includes(s)) strong.push(s);
    for (const s of m.weakSchemes) if (!weak.includes(s)) weak.push(s);
    for (const k of m.kinds) kinds.add(k);
    notIdentifier ||= m.notIdentifier;
  }
  if (strong.length > 0) return { schemes: strong, kinds, refuses: false };
  if (notIdentifier) return { schemes: [], kinds: new Set(), refuses: true };
  return { schemes: weak, kinds, refuses: false };
}

// The page asks again on every input event with the same label: remember the last few readings.
const CACHE_SIZE = 64;
const cache = new Map<string, LabelReading>();

export function readLabel(label: string | undefined): LabelReading {
  if (!label) return NO_LABEL;
  const hit = cache.get(label);
  if (hit) return hit;
  const reading = read(label);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(label, reading);
  return reading;
}
