// The vocabulary: every file in ./vocab (one per language; adding a language is adding a file), compiled into
// lookup structures by vocabulary-compile.ts. The build does the compiling (virtual:jaga-vocabulary, made by
// scripts/build/vocabulary-plugin.ts), so the scanner only decodes.
import compiled from 'virtual:jaga-vocabulary';
import type { CompactForms, PhraseIndex } from './phrase-index';
import { tokenize } from './tokenize';
import { decodeVocabulary } from './vocabulary-compile';

export type DatePart = 'day' | 'month' | 'year';

export interface Vocabulary {
  aliases: ReadonlyMap<string, string>;
  /** Positive (kind) and negative (kind null) phrases. */
  classes: PhraseIndex;
  /** Identifier spellings of the same phrases: tokens run together (`noktp`, `tgllahir`). */
  compact: CompactForms;
  context: PhraseIndex;
  conditions: PhraseIndex;
  /** Attribute words: a caption naming a date, time, cost or consent is about that, not the thing it mentions. */
  attributes: PhraseIndex;
  /** Words that say a page is about software or devices, not health care. */
  technical: PhraseIndex;
  /** Whole captions of follow-up fields, canonical tokens joined by spaces. */
  followUp: ReadonlySet<string>;
  /** Tokens of captions that borrow their section's topic. */
  generic: ReadonlySet<string>;
  dateParts: ReadonlyMap<string, DatePart>;
  /** Canonical phrases given two different kinds by different files (should be empty). */
  conflicts: string[];
  languages: string[];
}

/** A caption that names no topic of its own ("Notes", "Lainnya", "Pilih file"): every word is generic. */
export function isGenericCaption(text: string, voc: Vocabulary): boolean {
  if (text.length > 60) return false;
  const tokens = tokenize(text, voc.aliases);
  return tokens.length > 0 && tokens.every((t) => voc.generic.has(t) || t.length <= 1);
}

let decoded: Vocabulary | null = null;

/** The vocabulary, compiled at build time; decoded on first use, so a page without controls never pays for it. */
export function vocabulary(): Vocabulary {
  decoded ??= decodeVocabulary(compiled);
  return decoded;
}
