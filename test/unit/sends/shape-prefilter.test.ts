// The shape pre-filter of observed sends (lib/sends/shape.ts) loses no match: with the shapes of the typed values,
// candidateTokens keeps exactly the unfiltered candidates of those shapes, so every value the scanner digests —
// an identifier the recogniser accepts, a value in a field whose label names an identifier, a health answer — is
// still found inside realistic bodies (URL-encoded, multipart, JSON, plain text, a parsed form, the address).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateTokens, normaliseSent, shapeOf, type RequestFacts, type Shape } from '../../../lib/sends';
import { mightBeIdentifier, recognizeIdentifier, resolveFieldKind } from '../../../lib/ids';
import type { FieldKind } from '../../../lib/kinds/field-kinds';
import { SYNTHETIC_VALUES } from '../../../scripts/lib/synthetic-values';

const enc = (s: string) => ({ bytes: new TextEncoder().encode(s).buffer as ArrayBuffer });

/** Realistic bodies carrying `v` among other fields, as pages send them. */
const BODIES: Record<string, (v: string) => RequestFacts> = {
  'URL-encoded': (v) => ({
    url: 'https://t.example/simpan',
    body: { raw: [enc(`nama=Contoh+Pasien&tgl=1980-01-01&v=${encodeURIComponent(v).replace(/%20/g, '+')}&ok=1`)] },
  }),
  multipart: (v) => ({
    url: 'https://t.example/simpan',
    body: {
      raw: [
        enc(
          `------b7\r\nContent-Disposition: form-data; name="nama"\r\n\r\nContoh Pasien\r\n` +
            `------b7\r\nContent-Disposition: form-data; name="v"\r\n\r\n${v}\r\n------b7--\r\n`,
        ),
      ],
    },
  }),
  JSON: (v) => ({
    url: 'https://t.example/api',
    body: {
      raw: [
        enc(
          JSON.stringify({
            events: [
              { t: 1, sel: '#x', text: 'ketikan 12' },
              { t: 2, text: v },
            ],
          }),
        ),
      ],
    },
  }),
  'plain text': (v) => ({ url: 'https://t.example/log', body: { raw: [enc(`sesi 42\n${v}\nselesai 2024`)] } }),
  'parsed form': (v) => ({ url: 'https://t.example/simpan', body: { formData: { nama: ['Contoh'], v: [v] } } }),
  address: (v) => ({ url: `https://t.example/cari?q=${encodeURIComponent(v)}&hal=2` }),
};

const SEPARATORS = [' ', '.', '-', '/', '  ', ' - '];
const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const grouped = (value: string) =>
  fc.array(fc.tuple(fc.nat(value.length), fc.constantFrom(...SEPARATORS)), { maxLength: 4 }).map((inserts) => {
    let s = value;
    for (const [at, sep] of [...inserts].sort((a, b) => b[0] - a[0])) s = s.slice(0, at) + sep + s.slice(at);
    return s.trim() || value;
  });

/** Labels of identifier fields and the kind the page's detection gives each. */
const LABEL_KIND: Record<string, FieldKind> = {
  NIK: 'national_id',
  'No. KK': 'family_card',
  'No. Kartu BPJS': 'health_insurance_id',
  NPWP: 'tax_id',
  'No. RM': 'medical_record_number',
  'Nomor Paspor': 'passport',
};
const LABELS = Object.keys(LABEL_KIND);

/** What the scanner digests (scanner/values.ts): an identifier resolved from the label and the recogniser. */
const recognised = (value: string, label: string) =>
  mightBeIdentifier(value) && resolveFieldKind(LABEL_KIND[label] ?? null, recognizeIdentifier(value, { label }));

const IDENTIFIERS = Object.values(SYNTHETIC_VALUES).flatMap((s) => (s && mightBeIdentifier(s.value) ? [s] : []));
const ANSWERS = Object.values(SYNTHETIC_VALUES).flatMap((s) => (s && !mightBeIdentifier(s.value) ? [s.value] : []));

/** Typed values the scanner would digest: recogniser-accepted identifiers, label-only ones, and health answers. */
const typed = fc.oneof(
  fc.constantFrom(...IDENTIFIERS).chain((s) => grouped(s.value).map((v) => ({ value: v, label: s.label }))),
  fc
    .tuple(fc.oneof(digits(6, 20), fc.stringMatching(/^[A-Z]{1,3}\d{5,12}$/)), fc.constantFrom(...LABELS))
    .chain(([v, label]) => grouped(v).map((value) => ({ value, label }))),
  fc.constantFrom(...ANSWERS, 'Asma bronkial', 'Alergi udang dan kacang').map((value) => ({ value, label: '' })),
);

describe('the shape pre-filter', () => {
  it('keeps exactly the unfiltered candidates of the wanted shapes, on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789ABCxyz .-/=&"{}:,\n'), maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 60 * 256 }), { maxLength: 5 }),
        (text, extra) => {
          const request = { url: `https://t.example/?q=${encodeURIComponent(text)}`, body: { raw: [enc(text)] } };
          const all = candidateTokens(request);
          const shapes = new Set<Shape>([...extra, ...[...all.tokens].slice(0, 3).map(shapeOf)]);
          const filtered = candidateTokens(request, shapes);
          expect([...filtered.tokens].sort()).toEqual([...all.tokens].filter((t) => shapes.has(shapeOf(t))).sort());
          expect(filtered.unreadable).toBe(all.unreadable);
        },
      ),
      { numRuns: 300, seed: 1818 },
    );
  });

  it('every value the scanner digests is still found, in every kind of body, with only its shape wanted', () => {
    let checked = 0;
    fc.assert(
      fc.property(typed, fc.constantFrom(...Object.keys(BODIES)), ({ value, label }, where) => {
        const isIdentifier = label !== '';
        if (isIdentifier && !recognised(value, label)) return; // not digested by the scanner either
        const normalised = normaliseSent(value);
        if (normalised === null) return;
        checked++;
        const candidates = candidateTokens(BODIES[where]!(value), new Set([shapeOf(normalised)]));
        expect(candidates.tokens).toContain(normalised);
      }),
      { numRuns: 600, seed: 1819 },
    );
    expect(checked).toBeGreaterThan(400);
  });

  it('the synthetic values of every kind, recognised under their labels, each in every body', () => {
    for (const s of Object.values(SYNTHETIC_VALUES)) {
      if (!s) continue;
      const normalised = normaliseSent(s.value)!;
      if (mightBeIdentifier(s.value)) expect(recognised(s.value, s.label)).toBeTruthy();
      for (const [where, body] of Object.entries(BODIES))
        expect(candidateTokens(body(s.value), new Set([shapeOf(normalised)])).tokens, where).toContain(normalised);
    }
  });

  it('leaves out what cannot match: other lengths and digit counts', () => {
    const shapes = new Set([shapeOf('3171015708450001')]);
    const c = candidateTokens(BODIES.JSON!('3171 0157 0845 0001 atau 317101570845000 atau 31710157084500A1'), shapes);
    expect([...c.tokens]).toEqual(['3171015708450001']);
  });
});
