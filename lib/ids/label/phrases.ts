// The identifier words of the one vocabulary (the `identifiers` section of lib/detect/vocab/<language>.json,
// lib/detect/vocab-schema.ts) as an index: first word → phrases starting with it, longest first. A phrase means
// some schemes (strongly or weakly), generic identifier kinds, or "not an identifier". Labels and phrases are cut
// into words by detection's tokenizer with detection's aliases (lib/detect/tokenize.ts, vocab-aliases.ts), always
// splitting camelCase, since a label may be an attribute name ("noRekamMedis"). Only the `identifiers` and
// `aliases` sections are imported, so a bundle with lib/ids and no detection does not carry the rest.
import type { FieldKind } from '../../kinds/field-kinds';
import { isFieldKind } from '../../kinds/field-kinds';
import { tokenize } from '../../detect/tokenize';
import { aliasTable } from '../../detect/vocab-aliases';
import type { IdentifierWords, VocabFile } from '../../detect/vocab-schema';
import type { SchemeId } from '../scheme';
import { SCHEME_IDS, isSchemeId } from '../scheme';

const WORDS = Object.values(
  import.meta.glob('../../detect/vocab/*.json', { eager: true, import: 'identifiers' }) as Record<
    string,
    IdentifierWords
  >,
);
const ALIASES = aliasTable(
  Object.values(
    import.meta.glob('../../detect/vocab/*.json', { eager: true, import: 'aliases' }) as Record<
      string,
      VocabFile['aliases']
    >,
  ).map((aliases) => ({ aliases })),
).aliases;

/** A label's words: the tokens detection reads from an attribute name (camelCase split, aliases applied). */
export function labelWords(text: string): string[] {
  return tokenize(text, ALIASES, true);
}

export interface PhraseMeaning {
  strongSchemes: SchemeId[];
  weakSchemes: SchemeId[];
  kinds: FieldKind[];
  notIdentifier: boolean;
}

export interface Phrase {
  words: readonly string[];
  meaning: PhraseMeaning;
}

/** Schemes a phrase names, in registry order whichever language file names them ("medicare": AU, then US). */
const byRegistry = (a: SchemeId, b: SchemeId) => SCHEME_IDS.indexOf(a) - SCHEME_IDS.indexOf(b);

function buildIndex(): Map<string, Phrase> {
  const byText = new Map<string, Phrase>();
  const meaningOf = (text: string): PhraseMeaning => {
    const key = labelWords(text).join(' ');
    let phrase = byText.get(key);
    if (!phrase) {
      phrase = {
        words: key.split(' '),
        meaning: { strongSchemes: [], weakSchemes: [], kinds: [], notIdentifier: false },
      };
      byText.set(key, phrase);
    }
    return phrase.meaning;
  };
  const add = (list: SchemeId[], s: SchemeId) => {
    if (!list.includes(s)) list.push(s);
  };
  for (const words of WORDS) {
    for (const [scheme, lists] of Object.entries(words.schemes)) {
      if (!isSchemeId(scheme)) continue; // the data test rejects unknown schemes
      for (const text of lists.strong) add(meaningOf(text).strongSchemes, scheme);
      for (const text of lists.weak) add(meaningOf(text).weakSchemes, scheme);
    }
    for (const [kind, list] of Object.entries(words.kinds ?? {})) {
      if (!isFieldKind(kind)) continue;
      for (const text of list) meaningOf(text).kinds.push(kind);
    }
    for (const text of words.notIdentifier ?? []) meaningOf(text).notIdentifier = true;
  }
  for (const { meaning } of byText.values()) {
    meaning.strongSchemes.sort(byRegistry);
    meaning.weakSchemes.sort(byRegistry);
  }
  return byText;
}

function indexByFirstWord(byText: ReadonlyMap<string, Phrase>): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const phrase of byText.values()) {
    const first = phrase.words[0]!;
    const list = index.get(first) ?? [];
    list.push(phrase);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

let phrases: Map<string, Phrase> | null = null;
let index: Map<string, Phrase[]> | null = null;

/** Every identifier phrase, keyed by its words joined by spaces; made on first use (a scanner that never reads a
 * typed value does not tokenize the phrases). */
export function identifierPhrases(): ReadonlyMap<string, Phrase> {
  phrases ??= buildIndex();
  return phrases;
}

/** First word → the phrases starting with it, longest first. */
export function phraseIndex(): ReadonlyMap<string, readonly Phrase[]> {
  index ??= indexByFirstWord(identifierPhrases());
  return index;
}
