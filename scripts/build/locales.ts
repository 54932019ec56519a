// Writes the browser's `_locales/<lang>/messages.json` from our own catalogues (lib/i18n/locales/*.json),
// so the manifest's name and description, and every interface string, come from one source.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

interface PublicFile {
  relativeDest: string;
  contents?: string;
}

const LOCALES_DIR = resolve(import.meta.dirname ?? __dirname, '../../lib/i18n/locales');

export function writeLocales(files: PublicFile[]): void {
  for (const file of readdirSync(LOCALES_DIR)) {
    if (!file.endsWith('.json')) continue;
    const lang = file.slice(0, -'.json'.length);
    const catalogue = JSON.parse(readFileSync(resolve(LOCALES_DIR, file), 'utf8')) as Record<string, string>;
    const messages: Record<string, { message: string }> = {};
    for (const [key, message] of Object.entries(catalogue)) {
      // Chrome's message format treats `$` specially; our placeholders are `{name}`, which it leaves alone.
      messages[key] = { message: message.replaceAll('$', '$$$$') };
    }
    files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 2) });
  }
}
