// The compiled vocabulary's shape, apart from the module that loads it (vocabulary.ts) and the one that compiles
// and decodes it (vocabulary-compile.ts), so that neither imports the other's types in a circle.
import type { CompactForms } from './identifier-spellings';
import type { PhraseIndex } from './phrase-index';

export type DatePart = 'day' | 'month' | 'year';

export interface Vocabulary {
  aliases: ReadonlyMap<string, string>;
  /** Canonical token → every spelling of it, the canonical first (what identifier spellings are made from). */
  variants: ReadonlyMap<string, readonly string[]>;
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
  /** Words that say a page keeps a catalogue (medicine master, stock): its health words name entries. */
  catalogue: PhraseIndex;
  /** Whole captions of follow-up fields, canonical tokens joined by spaces. */
  followUp: ReadonlySet<string>;
  /** Tokens of captions that borrow their section's topic. */
  generic: ReadonlySet<string>;
  dateParts: ReadonlyMap<string, DatePart>;
  /** Canonical phrases given two different kinds by different files (should be empty). */
  conflicts: string[];
  languages: string[];
}
