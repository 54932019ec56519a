// The scanner carries only the interface words its code names (scripts/build/scanner-messages-plugin.ts); every
// other bundle carries whole catalogues. The e2e notice and pre-submit tests show the words in the built scanner.
import { describe, expect, it } from 'vitest';
import { messagesNamedIn, writeCatalogues } from '../../../scripts/build/scanner-messages-plugin';

const CATALOGUES: Record<string, Record<string, string>> = {
  en: { noticeTitle: 'Careful', popupTitle: 'Jaga Data', kindTaxId: 'Tax ID' },
  id: { noticeTitle: 'Hati-hati', popupTitle: 'Jaga Data', kindTaxId: 'NPWP' },
};
const read = (lang: string) => CATALOGUES[lang]!;
const chunk = [
  'var en=JSON.parse(`__JAGA_MESSAGES_en__`);',
  'var id=JSON.parse("__JAGA_MESSAGES_id__");',
  'var K={tax_id:`kindTaxId`};',
  'function show(t){return t(`noticeTitle`)+t(K.tax_id)}',
].join('\n');
const catalogueIn = (code: string, name: string): Record<string, string> =>
  JSON.parse(JSON.parse(new RegExp(`var ${name}=JSON\\.parse\\(("(?:[^"\\\\]|\\\\.)*")\\)`).exec(code)![1]!));

describe('the scanner message catalogues', () => {
  it('keep, in every language, only the messages whose key the code names', () => {
    const out = writeCatalogues(chunk, true, read);
    expect(catalogueIn(out, 'en')).toEqual({ noticeTitle: 'Careful', kindTaxId: 'Tax ID' });
    expect(catalogueIn(out, 'id')).toEqual({ noticeTitle: 'Hati-hati', kindTaxId: 'NPWP' });
    expect(out).not.toContain('__JAGA_MESSAGES_');
  });

  it('are whole in every other bundle', () => {
    const out = writeCatalogues(chunk, false, read);
    expect(catalogueIn(out, 'en')).toEqual(CATALOGUES.en);
    expect(catalogueIn(out, 'id')).toEqual(CATALOGUES.id);
  });

  it('leave code without a placeholder as it is, and refuse a placeholder that is not a plain string', () => {
    expect(writeCatalogues('var a=1;', true, read)).toBe('var a=1;');
    expect(() => writeCatalogues('var en=__JAGA_MESSAGES_en__;', true, read)).toThrow(/placeholder/);
  });

  it('match keys as whole words only', () => {
    expect(messagesNamedIn('t(`noticeTitleX`)', CATALOGUES.en!)).toEqual({});
  });
});
