// Compiles the vocabulary files (one per language) into lookup structures (lib/detect/vocabulary-types.ts).
// The build compiles once in Node and bundles the result in the compact form vocabulary-codec.ts writes
// (scripts/build/vocabulary-plugin.ts), so a scanner decodes it instead of tokenizing some 3,000 phrases of ten
// languages (~45–65 ms).
import type { FieldKind } from '../kinds/field-kinds';
import { identifierSpellings } from './identifier-spellings';
import { PhraseIndex, type Phrase } from './phrase-index';
import { foldText, tokenize } from './tokenize';
import { aliasTable } from './vocab-aliases';
import type { DatePart, Vocabulary } from './vocabulary-types';
import type { VocabFile } from './vocab-schema';

export function compileVocabulary(sources: readonly VocabFile[]): Vocabulary {
  const { aliases, variants } = aliasTable(sources);
  const classes = new PhraseIndex();
  const context = new PhraseIndex();
  const conditions = new PhraseIndex();
  const attributes = new PhraseIndex();
  const technical = new PhraseIndex();
  const catalogue = new PhraseIndex();
  const byCanonical = new Map<string, Phrase>();
  const conflicts: string[] = [];

  const make = (text: string, kind: FieldKind | null, weak: boolean): Phrase => {
    const tokens = tokenize(text, aliases);
    return { tokens, kind, weak, size: tokens.join('').length, text: foldText(text) };
  };
  const addClass = (text: string, kind: FieldKind | null, weak: boolean) => {
    const p = make(text, kind, weak);
    const key = p.tokens.join(' ') || p.text;
    const before = byCanonical.get(key);
    if (before) {
      if (before.kind !== null && kind !== null && before.kind !== kind)
        conflicts.push(`${key}: ${before.kind} / ${kind}`);
      // Same phrase twice: a negative beats a positive, strong beats weak.
      if (before.kind === null || (kind !== null && !before.weak)) return;
      before.kind = kind;
      before.weak = weak;
      return;
    }
    byCanonical.set(key, p);
    classes.add(p);
  };

  const dateParts = new Map<string, DatePart>();
  const followUp = new Set<string>();
  const generic = new Set<string>();
  for (const f of sources) {
    for (const p of f.negative) addClass(p, null, false);
  }
  for (const f of sources) {
    for (const [kind, phrases] of Object.entries(f.kinds) as Array<[FieldKind, VocabFile['kinds'][FieldKind]]>) {
      for (const p of phrases.strong) addClass(p, kind, false);
      for (const p of phrases.weak) addClass(p, kind, true);
    }
    for (const p of f.context) context.add(make(p, null, false));
    for (const p of f.conditions) conditions.add(make(p, 'diagnosis_or_condition', false));
    for (const p of f.attributes ?? []) attributes.add(make(p, null, false));
    for (const p of f.technical ?? []) technical.add(make(p, null, false));
    for (const p of f.catalogue ?? []) catalogue.add(make(p, null, false));
    for (const p of f.followUp ?? []) followUp.add(tokenize(p, aliases).join(' '));
    for (const p of f.generic ?? []) for (const t of tokenize(p, aliases)) generic.add(t);
    for (const part of ['day', 'month', 'year'] as const) {
      for (const t of f.dateParts[part])
        for (const tok of tokenize(t, aliases)) if (!dateParts.has(tok)) dateParts.set(tok, part);
    }
  }
  return {
    aliases,
    variants,
    classes,
    // After every phrase is in: a phrase added twice keeps its nullness of kind and its size (negatives are all
    // added first), so the spellings come out as if each phrase had taken them when it was added.
    compact: identifierSpellings(classes, variants),
    context,
    conditions,
    attributes,
    technical,
    catalogue,
    followUp,
    generic,
    dateParts,
    conflicts,
    languages: sources.map((f) => f.language),
  };
}
