// Vocabulary files are data: each must be valid, languages must not disagree on a phrase's kind, and every
// kind must be nameable in the languages the product is for.
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS } from '../../../lib/kinds/field-kinds';
import { validateVocab, type VocabFile } from '../../../lib/detect/vocab-schema';
import { vocabulary } from '../../../lib/detect/vocabulary';
import { compileVocabulary } from '../../../lib/detect/vocabulary-compile';
import { decodeVocabulary, encodeVocabulary, type EncodedVocabulary } from '../../../lib/detect/vocabulary-codec';
import { tokenize } from '../../../lib/detect/tokenize';
import { readVocabFiles, vocabularyPlugin } from '../../../scripts/build/vocabulary-plugin';

const files = readVocabFiles();

describe('vocabulary files', () => {
  it('include Bahasa Indonesia, English and Malay', () => {
    const langs = Object.values(files).map((f) => (f as VocabFile).language);
    expect(langs).toEqual(expect.arrayContaining(['id', 'en', 'ms']));
  });

  it.each(Object.entries(files))('%s is valid', (path, raw) => {
    expect(validateVocab(path, raw)).toEqual([]);
  });

  it('do not give one phrase two different kinds across languages', () => {
    expect(vocabulary().conflicts).toEqual([]);
  });

  it('name every kind in Indonesian and English with at least one strong phrase', () => {
    for (const lang of ['id', 'en']) {
      const f = Object.values(files).find((v) => (v as VocabFile).language === lang) as VocabFile;
      for (const kind of FIELD_KINDS) {
        if (kind === 'family_card' && lang === 'en') continue;
        expect(f.kinds[kind].strong.length, `${lang} ${kind}`).toBeGreaterThan(0);
      }
    }
  });

  it('tokenize every phrase to something', () => {
    const voc = vocabulary();
    for (const f of Object.values(files) as VocabFile[]) {
      for (const kind of FIELD_KINDS)
        for (const p of [...f.kinds[kind].strong, ...f.kinds[kind].weak]) {
          expect(
            tokenize(p, voc.aliases).length + (/[\u0e00-\u9fff]/.test(p) ? 1 : 0),
            `${f.language}: ${p}`,
          ).toBeGreaterThan(0);
        }
    }
  });

  it('reject malformed files', () => {
    const bad = {
      language: 'xx',
      name: 'X',
      sources: ['s'],
      aliases: { no: ['two words'] },
      kinds: {},
      negative: ['Upper'],
      context: [],
      conditions: [],
      followUp: [],
      dateParts: { day: [], month: [], year: [] },
      identifiers: { schemes: { 'id.nik': { strong: ['No. KTP'] } }, kinds: { nope: [] } },
    };
    const errors = validateVocab('bad.json', bad);
    expect(errors.some((e) => e.includes('identifiers.schemes.id.nik needs strong and weak lists'))).toBe(true);
    expect(errors.some((e) => e.includes('identifiers.kinds: unknown kind nope'))).toBe(true);
    expect(validateVocab('bad.json', { ...bad, identifiers: undefined })).toContain(
      'bad.json: identifiers.schemes missing',
    );
    expect(errors.some((e) => e.includes('one token'))).toBe(true);
    expect(errors.some((e) => e.includes('lower case'))).toBe(true);
    expect(errors.some((e) => e.includes('kinds.national_id'))).toBe(true);
  });

  it('adding a language is a data change: a new file compiles with the rest', () => {
    const extra: VocabFile = {
      language: 'tl',
      name: 'Tagalog',
      sources: ['test'],
      aliases: { no: ['numero'] },
      kinds: Object.fromEntries(FIELD_KINDS.map((k) => [k, { strong: [], weak: [] }])) as unknown as VocabFile['kinds'],
      negative: ['pangalan'],
      context: ['ospital'],
      conditions: [],
      followUp: [],
      generic: [],
      dateParts: { day: ['araw'], month: ['buwan'], year: ['taon'] },
      identifiers: { schemes: { 'ph.philsys': { strong: ['philsys card'], weak: [] } } },
    };
    extra.kinds.date_of_birth.strong.push('petsa ng kapanganakan');
    const voc = compileVocabulary([...(Object.values(files) as VocabFile[]), extra]);
    expect(voc.languages).toContain('tl');
    expect(voc.dateParts.get('buwan')).toBe('month');
    expect(voc.classes.hasExact('petsa ng kapanganakan')).toBe(true);
  });

  it('are shipped compiled: what the build bundles decodes to exactly what compiling the files gives', () => {
    const fresh = compileVocabulary(Object.values(files) as VocabFile[]);
    expect(decodeVocabulary(encodeVocabulary(fresh))).toStrictEqual(fresh);
    expect(vocabulary()).toEqual(fresh);
    const plugin = vocabularyPlugin();
    const id = (plugin.resolveId as (id: string) => string | null)('virtual:jaga-vocabulary')!;
    const code = (plugin.load as (this: unknown, id: string) => string).call({ addWatchFile() {} }, id);
    const bundled = new Function(code.replace(/^export default /, 'return '))() as EncodedVocabulary;
    expect(decodeVocabulary(bundled)).toStrictEqual(fresh);
    expect(vocabulary().compact.size).toBeGreaterThan(1000);
  });

  it('decoding keeps a phrase shared between the phrase index and the identifier spellings as one object', () => {
    const voc = vocabulary();
    const phrase = voc.compact.get('noktp');
    expect(phrase?.kind).toBe('national_id');
    expect(voc.classes.phrases()).toContain(phrase);
    expect(voc.compact.get('constructor')).toBeUndefined();
    expect(voc.compact.get('__proto__')).toBeUndefined();
  });
});
