// Phrase lookup over token lists: linear in the number of tokens (a map lookup per token, then a short
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

export class PhraseIndex {
  /** One-word phrases by their word; longer phrases by their first two words ("no rm"), so a common first word
   * such as "no" does not make every position compare against hundreds of phrases. */
  private readonly single = new Map<string, Phrase[]>();
  private readonly byPair = new Map<string, Phrase[]>();
  private readonly unspaced: Phrase[] = [];
  private readonly exact = new Set<string>();

  add(phrase: Phrase): void {
    if (UNSPACED_SCRIPT.test(phrase.text)) {
      this.unspaced.push(phrase);
      return;
    }
    const first = phrase.tokens[0];
    if (first === undefined) return;
    const key = phrase.tokens.length === 1 ? first : `${first} ${phrase.tokens[1]!}`;
    const map = phrase.tokens.length === 1 ? this.single : this.byPair;
    const list = map.get(key);
    if (list) list.push(phrase);
    else map.set(key, [phrase]);
    this.exact.add(phrase.tokens.join(' '));
  }

  /** Whether a canonical phrase (tokens joined by spaces) is in the index. */
  hasExact(joined: string): boolean {
    return this.exact.has(joined);
  }

  /** Appends every phrase occurrence in `tokens` (and, for unspaced scripts, in `folded`) to `out`. */
  match(tokens: readonly string[], folded: string, out: PhraseMatch[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const one = this.single.get(tokens[i]!);
      if (one) for (const p of one) out.push({ phrase: p, start: i, end: i + 1 });
      if (i + 1 >= tokens.length) continue;
      const candidates = this.byPair.get(`${tokens[i]!} ${tokens[i + 1]!}`);
      if (!candidates) continue;
      for (const p of candidates) {
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
    if (this.unspaced.length > 0 && folded.length > 0 && UNSPACED_SCRIPT.test(folded)) {
      for (const p of this.unspaced) if (folded.includes(p.text)) out.push({ phrase: p, start: -1, end: -1 });
    }
  }
}
