// Identifier spellings of the vocabulary's phrases: their tokens run together, with every alias spelling of each
// token (`noktp`, `nomorktp`, `nikktp`… → the phrase "no ktp"). Made from the phrase index and the alias spellings
// when the vocabulary is compiled and again when a scanner decodes it: the ~9,000 spellings are ~60 % of what the
// table would weigh in the injected bundle, and the few milliseconds of making them are paid once per frame.
import { CompactForms, UNSPACED_SCRIPT, type Phrase, type PhraseIndex } from './phrase-index';

/** Most spellings one phrase gets (a phrase of several aliased tokens would otherwise multiply out). */
const MAX_SPELLINGS = 48;

/**
 * Every spelling of every phrase of `classes` (not those of scripts written without spaces). Where two phrases
 * share a spelling the longer one takes it, and a negative phrase takes it from a positive one of the same length;
 * otherwise the first in index order keeps it.
 */
export function identifierSpellings(
  classes: PhraseIndex,
  variants: ReadonlyMap<string, readonly string[]>,
): CompactForms {
  const forms = new Map<string, number>();
  const phrases = classes.phrases();
  const offer = (form: string, i: number, p: Phrase): void => {
    const before = forms.get(form);
    if (before !== undefined) {
      const prev = phrases[before]!;
      if (!(prev.size < p.size || (prev.kind !== null && p.kind === null))) return;
    }
    forms.set(form, i);
  };
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i]!;
    if (UNSPACED_SCRIPT.test(p.text)) continue;
    // Most phrases have no token with other spellings: one form, made without the product below (this runs when
    // a scanner decodes the vocabulary, in every frame with a form).
    let spelled = false;
    for (const t of p.tokens) if ((variants.get(t)?.length ?? 1) > 1) spelled = true;
    if (!spelled) offer(p.tokens.join(''), i, p);
    else for (const form of spellingsOf(p, variants)) offer(form, i, p);
  }
  return new CompactForms(forms, classes);
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
