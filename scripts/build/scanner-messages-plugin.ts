// The interface words the injected scanner carries. lib/i18n/translate.ts imports every catalogue
// (lib/i18n/locales/*.json, 372 messages per language, ~47 KB for the two); the scanner shows only the notice, the
// pre-submit dialog and the sent notice, which name about a fifth of them. This plugin stands a placeholder in for
// each catalogue while bundling, and once a chunk is rendered writes in the whole catalogue, or, for scanner.js, only
// the messages whose key the chunk's code names (every key is a literal `MessageKey` somewhere: the type admits no
// other, and a key named anywhere in the code, even in a word of other text, is kept). Vitest imports the
// catalogues as they are.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const LOCALES_DIR = resolve(import.meta.dirname, '../../lib/i18n/locales');
const TRANSLATE = resolve(import.meta.dirname, '../../lib/i18n/translate.ts');
const PREFIX = '\0jaga-messages:';
/** The chunk whose catalogues are cut down to what it names. */
const PRUNED_CHUNK = 'scanner.js';

const placeholder = (lang: string): string => `__JAGA_MESSAGES_${lang}__`;

/** The entries of `catalogue` whose key `code` names as a whole word. */
export function messagesNamedIn(code: string, catalogue: Readonly<Record<string, string>>): Record<string, string> {
  const words = new Set(code.match(/[A-Za-z_$][\w$]*/g));
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => words.has(key)));
}

/**
 * `code` with each catalogue placeholder replaced by its catalogue as a JSON string: whole, or (`prune`) only the
 * messages the rest of the code names.
 */
export function writeCatalogues(code: string, prune: boolean, read: (lang: string) => Record<string, string>): string {
  const found = /__JAGA_MESSAGES_(\w+?)__/.exec(code);
  if (!found) return code;
  const lang = found[1]!;
  const literal = new RegExp(`(["'\`])${placeholder(lang)}\\1`, 'g');
  if (!literal.test(code)) throw new Error(`the ${lang} message catalogue's placeholder is not a plain string`);
  const catalogue = read(lang);
  const kept = prune ? messagesNamedIn(code.replace(literal, ''), catalogue) : catalogue;
  return writeCatalogues(
    code.replace(literal, () => JSON.stringify(JSON.stringify(kept))),
    prune,
    read,
  );
}

export function scannerMessagesPlugin(): Plugin {
  return {
    name: 'jaga-scanner-messages',
    enforce: 'pre',
    resolveId(source, importer) {
      const m = /^\.\/locales\/(\w+)\.json$/.exec(source);
      return m && importer === TRANSLATE ? PREFIX + m[1]! : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      return `export default JSON.parse(${JSON.stringify(placeholder(id.slice(PREFIX.length)))});`;
    },
    renderChunk(code, chunk) {
      const out = writeCatalogues(
        code,
        chunk.fileName === PRUNED_CHUNK,
        (lang) => JSON.parse(readFileSync(resolve(LOCALES_DIR, `${lang}.json`), 'utf8')) as Record<string, string>,
      );
      // The placeholder and its replacement are one string literal on a line of its own before minifying.
      return out === code ? null : { code: out, map: null };
    },
  };
}
