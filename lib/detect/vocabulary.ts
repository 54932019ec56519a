// The vocabulary: every file in ./vocab (one per language; adding a language is adding a file), compiled into
// lookup structures by vocabulary-compile.ts. The build does the compiling (virtual:jaga-vocabulary, made by
// scripts/build/vocabulary-plugin.ts) and bundles it compactly (vocabulary-codec.ts), so the scanner only decodes.
import compiled from 'virtual:jaga-vocabulary';
import { tokenize } from './tokenize';
import { decodeVocabulary } from './vocabulary-codec';
import type { Vocabulary } from './vocabulary-types';

export type { DatePart, Vocabulary } from './vocabulary-types';

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
