// The compiled vocabulary as the build bundles it, and back. Written for the size of the injected scanner and for
// what decoding costs when a frame with a form first needs it: the lookup tables and the identifier spellings
// (`noktp`) ship as they are used, so JSON.parse builds them natively (rebuilding them in script costs more than it
// saves: ~3× the instructions, measured with callgrind), while the ~3,900 phrases, the bulk of the old bundle as
// objects with five named fields, are one short line each. Decoding is exact: `decodeVocabulary(encodeVocabulary(v))`
// equals `v` (test/unit/detect/vocab.test.ts); the encoder throws rather than write what would decode differently.
import type { FieldKind } from '../kinds/field-kinds';
import { CompactForms, PhraseIndex, type Phrase, type PhraseIndexData } from './phrase-index';
import type { DatePart, Vocabulary } from './vocabulary-types';

/** One phrase index: its tables as they are, its phrases in order as lines. */
export interface EncodedPhrases extends Omit<PhraseIndexData, 'phrases'> {
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
  classes: EncodedPhrases;
  context: EncodedPhrases;
  conditions: EncodedPhrases;
  attributes: EncodedPhrases;
  technical: EncodedPhrases;
  catalogue: EncodedPhrases;
  /** Identifier spelling → position of its phrase in `classes`. */
  compact: Record<string, number>;
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
  const { phrases, single, byPair, unspaced } = index.toData();
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
  return { list: lines.join(PHRASE), texts, single, byPair, unspaced };
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
  return new PhraseIndex({ phrases, single: e.single, byPair: e.byPair, unspaced: e.unspaced });
}

export function encodeVocabulary(v: Vocabulary): EncodedVocabulary {
  const kinds: string[] = [];
  return {
    kinds,
    aliases: [...v.aliases],
    classes: encodePhrases(v.classes, kinds),
    context: encodePhrases(v.context, kinds),
    conditions: encodePhrases(v.conditions, kinds),
    attributes: encodePhrases(v.attributes, kinds),
    technical: encodePhrases(v.technical, kinds),
    catalogue: encodePhrases(v.catalogue, kinds),
    compact: v.compact.toData(),
    followUp: [...v.followUp],
    generic: [...v.generic],
    dateParts: [...v.dateParts],
    conflicts: [...v.conflicts],
    languages: [...v.languages],
  };
}

/** Takes ownership of `e` (its tables become the vocabulary's). */
export function decodeVocabulary(e: EncodedVocabulary): Vocabulary {
  const classes = decodePhrases(e.classes, e.kinds);
  return {
    aliases: new Map(e.aliases),
    classes,
    compact: new CompactForms(e.compact, classes),
    context: decodePhrases(e.context, e.kinds),
    conditions: decodePhrases(e.conditions, e.kinds),
    attributes: decodePhrases(e.attributes, e.kinds),
    technical: decodePhrases(e.technical, e.kinds),
    catalogue: decodePhrases(e.catalogue, e.kinds),
    followUp: new Set(e.followUp),
    generic: new Set(e.generic),
    dateParts: new Map(e.dateParts),
    conflicts: e.conflicts,
    languages: e.languages,
  };
}
