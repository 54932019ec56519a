// The alias table of the vocabulary files: spelling variants → one canonical token (`nomor`, `number` → `no`),
// merged over every language in file order. Detection compiles it into its vocabulary (vocabulary-compile.ts) and
// lib/ids reads labels with it (lib/ids/label/phrases.ts), so both cut text the same way.
import type { VocabFile } from './vocab-schema';

export interface AliasTable {
  /** Variant → canonical token. */
  aliases: Map<string, string>;
  /** Canonical token → every spelling of it, the canonical first (for identifier spellings such as `noktp`). */
  variants: Map<string, string[]>;
}

export function aliasTable(files: ReadonlyArray<Pick<VocabFile, 'aliases'>>): AliasTable {
  const aliases = new Map<string, string>();
  const variants = new Map<string, string[]>();
  for (const f of files) {
    for (const [canonical, list] of Object.entries(f.aliases)) {
      const all = variants.get(canonical) ?? [canonical];
      for (const a of list) {
        aliases.set(a, canonical);
        if (!all.includes(a)) all.push(a);
      }
      variants.set(canonical, all);
    }
  }
  return { aliases, variants };
}
