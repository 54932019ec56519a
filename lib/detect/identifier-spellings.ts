// Identifier spellings of the vocabulary's phrases: their tokens run together, with every alias spelling of each
// token (`noktp`, `nomorktp`, `nikktp`… → the phrase "no ktp"). Made from the phrase index and the alias spellings,
// not shipped: the ~9,000 spellings would be ~60 % of the vocabulary in the injected bundle. A scanner makes them
// the first time it looks a spelling up, and only those that begin with the letter it looks up: a form whose ids
// and names begin with a few letters pays for those letters (lib/detect/detect.design.md, "The injected bundle").
import type { Phrase, PhraseIndex } from './phrase-index';

/** Most spellings one phrase gets (a phrase of several aliased tokens would otherwise multiply out). */
const MAX_SPELLINGS = 48;

interface Made {
  /** First character code → the phrases (positions) with a spelling that begins with it, in index order. */
  byFirst: Map<number, number[]>;
  /** First character code → its spellings, made on first use: spelling → phrase position. */
  forms: Map<number, Map<string, number>>;
}

/** Kept apart from the objects, so that two sets of spellings of equal phrases compare equal however used. */
const made = new WeakMap<CompactForms, Made>();

/**
 * Identifier spellings of phrases (`noktp` → the phrase "no ktp") as phrase positions in an index: every spelling
 * of every phrase of the index (not those of scripts written without spaces). Where two phrases share a spelling
 * the longer one takes it, and a negative phrase takes it from a positive one of the same length; otherwise the
 * first in index order keeps it.
 */
export class CompactForms {
  constructor(
    private readonly index: PhraseIndex,
    private readonly variants: ReadonlyMap<string, readonly string[]>,
  ) {}

  get(form: string): Phrase | undefined {
    if (form.length === 0) return undefined;
    const i = this.startingWith(form.charCodeAt(0)).get(form);
    return i === undefined ? undefined : this.index.phrases()[i];
  }

  get size(): number {
    let n = 0;
    for (const first of this.made().byFirst.keys()) n += this.startingWith(first).size;
    return n;
  }

  private made(): Made {
    let m = made.get(this);
    if (!m) made.set(this, (m = { byFirst: firstCharacters(this.index, this.variants), forms: new Map() }));
    return m;
  }

  /**
   * The spellings that begin with one character. Each phrase offers its spellings in the order spellingsOf makes
   * them and the phrases come in index order, as when all spellings are made at once: the rule above sees the
   * same offers for each spelling, so which phrase owns it does not depend on what was looked up first.
   */
  private startingWith(first: number): Map<string, number> {
    const m = this.made();
    let forms = m.forms.get(first);
    if (forms) return forms;
    m.forms.set(first, (forms = new Map()));
    const phrases = this.index.phrases();
    const offer = (form: string, i: number, p: Phrase): void => {
      const before = forms!.get(form);
      if (before !== undefined) {
        const prev = phrases[before]!;
        if (!(prev.size < p.size || (prev.kind !== null && p.kind === null))) return;
      }
      forms!.set(form, i);
    };
    for (const i of m.byFirst.get(first) ?? []) {
      const p = phrases[i]!;
      // Most phrases have no token with other spellings: one form, made without the product of spellingsOf.
      let spelled = false;
      for (const t of p.tokens) if ((this.variants.get(t)?.length ?? 1) > 1) spelled = true;
      if (!spelled) offer(p.tokens.join(''), i, p);
      else for (const form of spellingsOf(p, this.variants)) if (form.charCodeAt(0) === first) offer(form, i, p);
    }
    return forms;
  }
}

export function identifierSpellings(
  classes: PhraseIndex,
  variants: ReadonlyMap<string, readonly string[]>,
): CompactForms {
  return new CompactForms(classes, variants);
}

/** Which phrases have a spelling that begins with each character: those of their first token's spellings. */
function firstCharacters(index: PhraseIndex, variants: ReadonlyMap<string, readonly string[]>): Map<number, number[]> {
  const byFirst = new Map<number, number[]>();
  const phrases = index.phrases();
  // The index has told those apart already (testing every phrase's text again here was a few ms of a first scan).
  const unspaced = index.unspacedPositions();
  let u = 0;
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i]!;
    if (unspaced[u] === i) {
      u++;
      continue;
    }
    const first = p.tokens[0];
    if (first === undefined) continue;
    for (const s of variants.get(first) ?? [first]) {
      const c = s.charCodeAt(0);
      const list = byFirst.get(c);
      if (!list) byFirst.set(c, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  return byFirst;
}

function spellingsOf(p: Phrase, variants: ReadonlyMap<string, readonly string[]>): string[] {
  let forms = [''];
  for (const t of p.tokens) {
    const spellings = variants.get(t) ?? [t];
    const next: string[] = [];
    for (const f of forms) for (const s of spellings) if (next.length < MAX_SPELLINGS) next.push(f + s);
    forms = next;
  }
  return forms;
}
