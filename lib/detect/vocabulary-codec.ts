// The compiled vocabulary as the build bundles it, and back. Written for the size of the injected scanner (it is
// parsed in every frame with a form): only what cannot be made again ships. The ~3,900 phrases are one short line
// each; their lookup tables (by word, by first pair of words) are made again by adding the phrases to an index,
// and the ~9,000 identifier spellings (`noktp`) from the phrases and the alias spellings (identifier-spellings.ts),
// as compiling makes them; each when first used. That is 4/5 of the old bundle's vocabulary (288 KB of 481 KB)
// for a few milliseconds of decoding once per frame (lib/detect/detect.design.md, "The injected bundle"). Decoding is exact:
// `decodeVocabulary(encodeVocabulary(v))` equals `v` (test/unit/detect/vocab.test.ts); the encoder throws rather
// than write what would decode differently.
import type { FieldKind } from '../kinds/field-kinds';
import { identifierSpellings } from './identifier-spellings';
import { PhraseIndex, type Phrase } from './phrase-index';
import type { DatePart, Vocabulary } from './vocabulary-types';

/** One phrase index: its phrases in order as lines (the index's tables are made again from them). */
export interface EncodedPhrases {
  /**
   * Phrases joined by `|`, each `<head> <token> <token>…`; the head is the kind's position in `kinds` (base 36,
   * empty for a negative phrase) followed by `!` when the phrase is weak.
   */
  list: string;
  /** Position → folded text, where it is not the tokens joined by spaces. */
  texts: Array<[number, string]>;
}

export interface EncodedVocabulary {
  kinds: string[];
  aliases: Array<[string, string]>;
  /** Canonical token → its spellings, the canonical first. */
  variants: Array<[string, string[]]>;
  classes: EncodedPhrases;
  context: EncodedPhrases;
  conditions: EncodedPhrases;
  attributes: EncodedPhrases;
  technical: EncodedPhrases;
  catalogue: EncodedPhrases;
  followUp: string[];
  generic: string[];
  dateParts: Array<[string, DatePart]>;
  conflicts: string[];
  languages: string[];
}

const PHRASE = '|';
const TOKEN = ' ';
const WEAK = '!';

function encodePhrases(index: PhraseIndex, kinds: string[]): EncodedPhrases {
  const phrases = index.phrases();
  const lines: string[] = [];
  const texts: Array<[number, string]> = [];
  phrases.forEach((p, i) => {
    for (const t of p.tokens)
      if (!t || t.includes(PHRASE) || t.includes(TOKEN)) throw new Error(`vocabulary token ${JSON.stringify(t)}`);
    let head = '';
    if (p.kind !== null) {
      let k = kinds.indexOf(p.kind);
      if (k < 0) k = kinds.push(p.kind) - 1;
      head = k.toString(36);
    }
    if (p.weak) head += WEAK;
    lines.push([head, ...p.tokens].join(TOKEN));
    if (p.text !== p.tokens.join(TOKEN)) texts.push([i, p.text]);
    if (p.size !== p.tokens.join('').length) throw new Error(`phrase ${p.text}: size is not its tokens' length`);
  });
  if (lines.length === 1 && lines[0] === '' && texts.length === 0)
    throw new Error('a lone phrase with no tokens, kind or text cannot be told from an empty index');
  return { list: lines.join(PHRASE), texts };
}

function decodePhrases(e: EncodedPhrases, kinds: readonly string[]): PhraseIndex {
  // An empty index is the empty string, which would otherwise read as one phrase with no tokens.
  const lines = e.list === '' && e.texts.length === 0 ? [] : e.list.split(PHRASE);
  // Kept to a few string operations per phrase: this loop runs over ~3,900 phrases in every frame with a form.
  const phrases = new Array<Phrase>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cut = line.indexOf(TOKEN);
    const head = cut < 0 ? line : line.slice(0, cut);
    const joined = cut < 0 ? '' : line.slice(cut + 1);
    const tokens = cut < 0 ? [] : joined.split(TOKEN);
    const weak = head.endsWith(WEAK);
    const k = weak ? head.slice(0, -1) : head;
    phrases[i] = {
      tokens,
      kind: k === '' ? null : (kinds[parseInt(k, 36)] as FieldKind),
      weak,
      size: joined.length - Math.max(tokens.length - 1, 0),
      text: joined,
    };
  }
  for (const [i, text] of e.texts) phrases[i]!.text = text;
  const index = new PhraseIndex();
  for (const p of phrases) index.add(p);
  return index;
}

export function encodeVocabulary(v: Vocabulary): EncodedVocabulary {
  const kinds: string[] = [];
  return {
    kinds,
    aliases: [...v.aliases],
    variants: [...v.variants].map(([t, all]) => [t, [...all]]),
    classes: encodePhrases(v.classes, kinds),
    context: encodePhrases(v.context, kinds),
    conditions: encodePhrases(v.conditions, kinds),
    attributes: encodePhrases(v.attributes, kinds),
    technical: encodePhrases(v.technical, kinds),
    catalogue: encodePhrases(v.catalogue, kinds),
    followUp: [...v.followUp],
    generic: [...v.generic],
    dateParts: [...v.dateParts],
    conflicts: [...v.conflicts],
    languages: [...v.languages],
  };
}

/**
 * Takes ownership of `e` (its tables become the vocabulary's). The phrase indexes a scan may never consult
 * (context, conditions, attributes, technical and catalogue words) are decoded the first time they are read, and
 * the identifier spellings are made as they are looked up (identifier-spellings.ts).
 */
export function decodeVocabulary(e: EncodedVocabulary): Vocabulary {
  const classes = decodePhrases(e.classes, e.kinds);
  const variants = new Map(e.variants);
  const v: Omit<Vocabulary, (typeof LAZY)[number]> = {
    aliases: new Map(e.aliases),
    variants,
    classes,
    compact: identifierSpellings(classes, variants),
    followUp: new Set(e.followUp),
    generic: new Set(e.generic),
    dateParts: new Map(e.dateParts),
    conflicts: e.conflicts,
    languages: e.languages,
  };
  for (const name of LAZY) {
    Object.defineProperty(v, name, {
      enumerable: true,
      configurable: true,
      get() {
        const index = decodePhrases(e[name], e.kinds);
        Object.defineProperty(v, name, { value: index, enumerable: true, configurable: true, writable: false });
        return index;
      },
    });
  }
  return v as Vocabulary;
}

const LAZY = ['context', 'conditions', 'attributes', 'technical', 'catalogue'] as const;
