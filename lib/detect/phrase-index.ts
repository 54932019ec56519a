// Phrase lookup over token lists: linear in the number of tokens (a table lookup per token, then a short
// comparison per candidate phrase). Scripts written without spaces (Thai, Chinese, Japanese) are matched
// as substrings, and only when the text contains such characters at all.
import type { FieldKind } from '../kinds/field-kinds';

export interface Phrase {
  /** Canonical tokens. */
  tokens: readonly string[];
  /** The kind it names, or null for a negative (never-sensitive) phrase. */
  kind: FieldKind | null;
  weak: boolean;
  /** Characters of the joined tokens; the longer of two overlapping matches wins. */
  size: number;
  /** Folded text, for substring matching of scripts without spaces. */
  text: string;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Token span [start, end); -1 for substring matches. */
  start: number;
  end: number;
}

export const UNSPACED_SCRIPT = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** A phrase index's tables: phrases by position, every table keyed by text. */
interface PhraseIndexData {
  phrases: Phrase[];
  /** One-word phrases by their word. */
  single: Record<string, number[]>;
  /** Longer phrases by their first two words ("no rm"), so a common first word such as "no" does not make every
   * position compare against hundreds of phrases. */
  byPair: Record<string, number[]>;
  unspaced: number[];
}

const own = Object.prototype.hasOwnProperty;
/** A table lookup that a key such as `constructor` or `__proto__` cannot turn into a prototype's member. */
function entry<T>(table: Record<string, T>, key: string): T | undefined {
  return own.call(table, key) ? table[key] : undefined;
}

/** The canonical phrases of each index, made on first use: a scan never asks, so the bundle does not carry them. */
const exactSets = new WeakMap<PhraseIndex, Set<string>>();

export class PhraseIndex {
  /** The tables are made by adding phrases, when compiling and again when a scanner decodes the vocabulary
   * (vocabulary-codec.ts): only the phrases ship. */
  private readonly data: PhraseIndexData = { phrases: [], single: {}, byPair: {}, unspaced: [] };

  add(phrase: Phrase): void {
    const d = this.data;
    exactSets.delete(this);
    const i = d.phrases.push(phrase) - 1;
    if (UNSPACED_SCRIPT.test(phrase.text)) {
      d.unspaced.push(i);
      return;
    }
    const first = phrase.tokens[0];
    if (first === undefined) return;
    const key = phrase.tokens.length === 1 ? first : `${first} ${phrase.tokens[1]!}`;
    const table = phrase.tokens.length === 1 ? d.single : d.byPair;
    const list = entry(table, key);
    if (list) list.push(i);
    else table[key] = [i];
  }

  /** Every phrase added, in the order added. */
  phrases(): readonly Phrase[] {
    return this.data.phrases;
  }

  /** Positions of the phrases of scripts written without spaces (matched as substrings), in order. */
  unspacedPositions(): readonly number[] {
    return this.data.unspaced;
  }

  /** Whether a canonical phrase (tokens joined by spaces) is in the index. */
  hasExact(joined: string): boolean {
    let set = exactSets.get(this);
    if (!set) {
      set = new Set();
      for (const p of this.data.phrases)
        if (p.tokens.length > 0 && !UNSPACED_SCRIPT.test(p.text)) set.add(p.tokens.join(' '));
      exactSets.set(this, set);
    }
    return set.has(joined);
  }

  /** Appends every phrase occurrence in `tokens` (and, for unspaced scripts, in `folded`) to `out`. */
  match(tokens: readonly string[], folded: string, out: PhraseMatch[]): void {
    const { phrases, single, byPair, unspaced } = this.data;
    for (let i = 0; i < tokens.length; i++) {
      const one = entry(single, tokens[i]!);
      if (one) for (const k of one) out.push({ phrase: phrases[k]!, start: i, end: i + 1 });
      if (i + 1 >= tokens.length) continue;
      const candidates = entry(byPair, `${tokens[i]!} ${tokens[i + 1]!}`);
      if (!candidates) continue;
      for (const k of candidates) {
        const p = phrases[k]!;
        const n = p.tokens.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let j = 2; j < n; j++) {
          if (tokens[i + j] !== p.tokens[j]) {
            ok = false;
            break;
          }
        }
        if (ok) out.push({ phrase: p, start: i, end: i + n });
      }
    }
    if (unspaced.length > 0 && folded.length > 0 && UNSPACED_SCRIPT.test(folded)) {
      for (const k of unspaced) {
        const p = phrases[k]!;
        if (folded.includes(p.text)) out.push({ phrase: p, start: -1, end: -1 });
      }
    }
  }
}
