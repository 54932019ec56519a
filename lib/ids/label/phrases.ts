// The label-word data (../data/label-words.json) as an index: first word → phrases starting with it, longest
// first. A phrase means some schemes (strongly or weakly), generic identifier kinds, or "not an identifier".
import words from '../data/label-words.json';
import type { FieldKind } from '../../kinds/field-kinds';
import { isFieldKind } from '../../kinds/field-kinds';
import type { SchemeId } from '../scheme';
import { isSchemeId } from '../scheme';
import { tokenize } from './tokenize';

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

function buildIndex(): Map<string, Phrase[]> {
  const byText = new Map<string, Phrase>();
  const meaningOf = (text: string): PhraseMeaning => {
    const key = tokenize(text).join(' ');
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
  for (const [scheme, lists] of Object.entries(words.schemes)) {
    if (!isSchemeId(scheme)) continue; // the data test rejects unknown schemes
    for (const text of lists.strong) meaningOf(text).strongSchemes.push(scheme);
    for (const text of lists.weak) meaningOf(text).weakSchemes.push(scheme);
  }
  for (const [kind, list] of Object.entries(words.kinds)) {
    if (!isFieldKind(kind)) continue;
    for (const text of list) meaningOf(text).kinds.push(kind);
  }
  for (const text of words.notIdentifier) meaningOf(text).notIdentifier = true;

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

export const PHRASE_INDEX: ReadonlyMap<string, readonly Phrase[]> = buildIndex();
