// Observed sends, the pure core: candidates from every place a request can carry a value, the same
// normalisation as the recogniser, keyed matching, classification, and the per-tab record.
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  candidateTokens,
  destinationOf,
  isRiskySend,
  keyedDigest,
  matchedKinds,
  normaliseSent,
  recordSend,
  sentNoticeFor,
  viaOf,
  MAX_BODY_BYTES,
  type Digest,
  type HeldDigest,
  type RequestFacts,
  type SiteSends,
} from '../../../lib/sends';
import { compactIdentifier } from '../../../lib/ids';
import type { FieldKind } from '../../../lib/kinds/field-kinds';

const NIK = '3171015708450001';
const GROUPED = '3171 0157 0845 0001';
const bytes = (s: string) => ({ bytes: new TextEncoder().encode(s).buffer as ArrayBuffer });

async function digester(): Promise<{ digest: Digest; key: Uint8Array<ArrayBuffer> }> {
  const key = crypto.getRandomValues(new Uint8Array(32));
  return { digest: await keyedDigest(crypto.subtle, key), key };
}

/** What the scanner would send for each typed value: kind by digest of the normalised value. */
async function known(digest: Digest, typed: Array<[string, FieldKind]>): Promise<Map<string, HeldDigest>> {
  const out = new Map<string, HeldDigest>();
  for (const [value, kind] of typed) out.set(await digest(normaliseSent(value)!), { kind, shape: 0 });
  return out;
}

async function kindsIn(request: RequestFacts, typed: Array<[string, FieldKind]>): Promise<FieldKind[]> {
  const { digest } = await digester();
  return matchedKinds(candidateTokens(request), digest, await known(digest, typed));
}

describe('normaliseSent', () => {
  it('compacts identifiers exactly as the recogniser does', () => {
    for (const v of [GROUPED, '3171.0157.0845.0001', '3171-0157-0845-0001', 's1234567d'])
      expect(normaliseSent(v)).toBe(compactIdentifier(v));
  });
  it('compares health answers as text, case and spacing aside, and refuses answers too short to mean anything', () => {
    expect(normaliseSent('  Diabetes   Melitus ')).toBe('diabetes melitus');
    expect(normaliseSent('ya')).toBeNull();
    expect(normaliseSent('x'.repeat(201))).toBeNull();
  });
});

describe('candidateTokens finds a typed value wherever a request carries it', () => {
  const typed: Array<[string, FieldKind]> = [[GROUPED, 'national_id']];
  const cases: Array<[string, RequestFacts]> = [
    ['the query', { url: `https://a.example/t?nik=${NIK}` }],
    ['the query, grouped and encoded', { url: `https://a.example/t?n=3171+0157+0845+0001` }],
    ['the path', { url: `https://a.example/pasien/${NIK}/riwayat` }],
    ['a parsed form', { url: 'https://a.example/s', body: { formData: { no_ktp: [GROUPED] } } }],
    ['a URL-encoded body', { url: 'https://a.example/s', body: { raw: [bytes(`a=1&nik=3171%200157%200845%200001`)] } }],
    [
      'a multipart body',
      {
        url: 'https://a.example/s',
        body: {
          raw: [bytes(`--b\r\nContent-Disposition: form-data; name="nik"\r\n\r\n${NIK}\r\n--b--\r\n`)],
        },
      },
    ],
    ['a JSON string', { url: 'https://a.example/s', body: { raw: [bytes(JSON.stringify({ p: { nik: GROUPED } }))] } }],
    ['a JSON number', { url: 'https://a.example/s', body: { raw: [bytes(`{"nik":${NIK}}`)] } }],
    ['plain text', { url: 'https://a.example/s', body: { raw: [bytes(`keystrokes: NIK: ${GROUPED}.`)] } }],
    [
      'a body split over parts',
      { url: 'https://a.example/s', body: { raw: [bytes('{"nik":"3171'), bytes('015708450001"}')] } },
    ],
  ];
  for (const [where, request] of cases) {
    it(`in ${where}`, async () => {
      expect(await kindsIn(request, typed)).toEqual(['national_id']);
    });
  }

  it('a health answer as a whole value (JSON string, form field), not as a word inside another text', async () => {
    const answer: Array<[string, FieldKind]> = [['Asma bronkial', 'diagnosis_or_condition']];
    const json = { url: 'https://a.example/s', body: { raw: [bytes('{"keluhan":"asma  BRONKIAL"}')] } };
    expect(await kindsIn(json, answer)).toEqual(['diagnosis_or_condition']);
    const form = { url: 'https://a.example/s', body: { formData: { k: ['Asma bronkial'] } } };
    expect(await kindsIn(form, answer)).toEqual(['diagnosis_or_condition']);
    const other = { url: 'https://a.example/s', body: { raw: [bytes('{"q":"tidak ada asma bronkial"}')] } };
    expect(await kindsIn(other, answer)).toEqual([]);
  });

  it('nothing for a request that does not carry the value (another NIK, a longer number around it)', async () => {
    expect(await kindsIn({ url: 'https://a.example/?n=3171015708450002' }, [[NIK, 'national_id']])).toEqual([]);
    expect(await kindsIn({ url: 'https://a.example/?n=93171015708450001' }, [[NIK, 'national_id']])).toEqual([]);
  });

  it('counts compressed, binary, file and oversized bodies as unreadable, and guesses nothing from them', () => {
    const gz = gzipSync(Buffer.from(`{"nik":"${NIK}"}`));
    const gzip = candidateTokens({ url: 'https://a.example/s', body: { raw: [{ bytes: new Uint8Array(gz) }] } });
    expect(gzip.unreadable).toBe(true);
    expect([...gzip.tokens].some((t) => t.includes('3171'))).toBe(false);
    const binary = new Uint8Array(64).map((_, i) => (i * 37) % 256);
    expect(candidateTokens({ url: 'https://a.example/s', body: { raw: [{ bytes: binary }] } }).unreadable).toBe(true);
    expect(candidateTokens({ url: 'https://a.example/s', body: { raw: [{ file: '/tmp/x' }] } }).unreadable).toBe(true);
    const big = new Uint8Array(MAX_BODY_BYTES + 1).fill(0x61);
    expect(candidateTokens({ url: 'https://a.example/s', body: { raw: [{ bytes: big }] } }).unreadable).toBe(true);
    expect(candidateTokens({ url: 'https://a.example/s', body: { error: 'Unknown error.' } }).unreadable).toBe(true);
    expect(candidateTokens({ url: 'https://a.example/s', body: { raw: [bytes('{"a":"é"}')] } }).unreadable).toBe(false);
  });
});

describe('classification', () => {
  it('names how a request left the page from its webRequest type and method', () => {
    expect(viaOf('main_frame', 'POST')).toBe('form');
    expect(viaOf('sub_frame', 'post')).toBe('form');
    expect(viaOf('main_frame', 'GET')).toBe('navigation');
    expect(viaOf('ping', 'POST')).toBe('beacon');
    expect(viaOf('beacon', 'POST')).toBe('beacon');
    expect(viaOf('image', 'GET')).toBe('beacon');
    expect(viaOf('xmlhttprequest', 'POST')).toBe('fetch');
  });
  it('tells the registrable site, first or third party, and whether it was encrypted', () => {
    expect(destinationOf('https://api.rs-contoh.co.id/x', 'rs-contoh.co.id')).toEqual({
      host: 'api.rs-contoh.co.id',
      site: 'rs-contoh.co.id',
      secure: true,
      party: 'first',
    });
    expect(destinationOf('http://collect.tracker.example/x', 'rs-contoh.co.id')).toMatchObject({
      site: 'tracker.example',
      secure: false,
      party: 'third',
    });
    expect(destinationOf('http://127.0.0.1:9000/agent', 'rs-contoh.co.id')?.secure).toBe(true);
    expect(destinationOf('data:text/plain,x', 'a.example')).toBeNull();
  });
});

describe('the per-tab record', () => {
  const dest = (url: string) => destinationOf(url, 'rs-contoh.example')!;
  const obs = (url: string, kinds: FieldKind[], extra: Partial<{ unreadable: boolean; listed: string }> = {}) => ({
    destination: dest(url),
    via: 'fetch' as const,
    kinds,
    unreadable: extra.unreadable ?? false,
    listed: extra.listed ?? null,
    lookalike: null,
  });

  it('one entry per destination site, kinds and ways merged; nothing to tell changes nothing', () => {
    let r: readonly SiteSends[] = [];
    const none = recordSend(r, obs('https://a.tracker.example/1', []));
    expect(none).toBe(r);
    r = recordSend(r, obs('https://a.tracker.example/1', ['national_id']));
    r = recordSend(r, { ...obs('http://b.tracker.example/2', ['health_insurance_id']), via: 'beacon' });
    r = recordSend(r, obs('https://tracker.example/3', [], { unreadable: true }));
    expect(r).toEqual([
      {
        site: 'tracker.example',
        kinds: ['national_id', 'health_insurance_id'],
        vias: ['fetch', 'beacon'],
        secure: false,
        party: 'third',
        listed: null,
        lookalike: null,
        unreadable: 1,
      },
    ]);
  });

  it('quiet for the own site over HTTPS and for the forms’ own destination; told otherwise', () => {
    const one = (o: ReturnType<typeof obs>) => recordSend([], o)[0]!;
    expect(isRiskySend(one(obs('https://api.rs-contoh.example/s', ['national_id'])), [])).toBe(false);
    expect(isRiskySend(one(obs('http://api.rs-contoh.example/s', ['national_id'])), [])).toBe(true);
    expect(isRiskySend(one(obs('https://t.example/s', ['national_id'])), [])).toBe(true);
    expect(isRiskySend(one(obs('https://t.example/s', ['national_id'])), ['t.example'])).toBe(false);
    expect(isRiskySend(one(obs('https://api.rs-contoh.example/s', ['national_id'], { listed: 'l' })), [])).toBe(true);
    expect(isRiskySend(one(obs('https://t.example/s', [], { unreadable: true })), [])).toBe(false);
  });

  it('the notice names one destination once per tab: the first risky send, not a later site or a later page', () => {
    const view = (site: string, risky: boolean) => ({
      ...recordSend([], obs(`https://${site}/s`, ['national_id']))[0]!,
      risky,
    });
    const quiet = view('rs-contoh.example', false);
    const first = view('analitik.example', true);
    const second = view('suar.example', true);
    // Nothing risky yet: nothing told, nothing remembered.
    expect(sentNoticeFor(undefined, [quiet])).toEqual({ site: null, told: undefined });
    // The first risky send is told, and stays the one named on later advice for the same page.
    const a = sentNoticeFor(undefined, [quiet, first]);
    expect(a.site).toBe('analitik.example');
    const b = sentNoticeFor(a.told, [quiet, first, second]);
    expect(b).toEqual({ site: 'analitik.example', told: a.told });
    // Another risky destination on the same page is in the record (popup, level) but gets no notice of its own.
    expect(sentNoticeFor(a.told, [second]).site).toBeNull();
    // A later page of the same tab: nothing more, even to the same site.
    const gone = { ...a.told!, pageGone: true };
    expect(sentNoticeFor(gone, [first, second])).toEqual({ site: null, told: gone });
  });
});

describe('properties: matching finds what was sent, and no value, digest or key ends up in the result', () => {
  const VALUES: Array<[string, FieldKind]> = [
    ['3171015708450001', 'national_id'],
    ['0011336526592', 'health_insurance_id'],
    ['S1234567D', 'national_id'],
    ['Hipertensi esensial', 'diagnosis_or_condition'],
  ];
  const SEPARATORS = [' ', '.', '-', '/'];
  const container = fc.constantFrom<(v: string) => RequestFacts>(
    (v) => ({ url: `https://t.example/c?x=${encodeURIComponent(v)}` }),
    (v) => ({ url: 'https://t.example/c', body: { formData: { f: [v] } } }),
    (v) => ({ url: 'https://t.example/c', body: { raw: [bytes(JSON.stringify({ a: [1, { b: v }] }))] } }),
    (v) => ({ url: 'https://t.example/c', body: { raw: [bytes(`q=${encodeURIComponent(v)}&z=1`)] } }),
    (v) => ({ url: 'https://t.example/c', body: { raw: [bytes(`${v}\n`)] } }),
  );
  const typedValue = fc
    .tuple(fc.constantFrom(...VALUES), fc.array(fc.tuple(fc.nat(20), fc.constantFrom(...SEPARATORS)), { maxLength: 3 }))
    .map(([[value, kind], inserts]) => {
      if (kind === 'diagnosis_or_condition') return [value, kind] as [string, FieldKind];
      let v = value;
      for (const [at, sep] of inserts) {
        const i = 1 + (at % (v.length - 1));
        if (!SEPARATORS.includes(v[i - 1]!) && !SEPARATORS.includes(v[i]!)) v = v.slice(0, i) + sep + v.slice(i);
      }
      return [v, kind] as [string, FieldKind];
    });

  it('a typed value sent in any container, grouped any way, is found, and the record holds kinds only', async () => {
    await fc.assert(
      fc.asyncProperty(typedValue, typedValue, container, async ([typed, kind], [sentForm], wrap) => {
        // The page sends the same value, maybe grouped differently from how it was typed.
        const sent = normaliseSent(sentForm) === normaliseSent(typed) ? sentForm : typed;
        const { digest, key } = await digester();
        const digests = await known(digest, [[typed, kind]]);
        const kinds = await matchedKinds(candidateTokens(wrap(sent)), digest, digests);
        expect(kinds).toEqual([kind]);
        const record = recordSend([], {
          destination: destinationOf('https://t.example/c', 'rs.example')!,
          via: 'fetch',
          kinds,
          unreadable: false,
          listed: null,
          lookalike: null,
        });
        const shown = JSON.stringify(record);
        const keyHex = [...key].map((b) => b.toString(16).padStart(2, '0')).join('');
        for (const secret of [typed, sent, normaliseSent(typed)!, keyHex, ...digests.keys()])
          expect(shown.toLowerCase()).not.toContain(secret.toLowerCase());
      }),
      { numRuns: 150, seed: 18 },
    );
  });

  it('arbitrary bodies never throw and never report a kind nobody typed', async () => {
    const { digest } = await digester();
    const digests = await known(digest, [[NIK, 'national_id']]);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 300 }), async (text, raw) => {
        const withoutNik = text.replaceAll(NIK, '');
        for (const request of [
          { url: `https://t.example/?q=${encodeURIComponent(withoutNik)}` },
          { url: 'https://t.example/', body: { raw: [bytes(withoutNik)] } },
          { url: 'https://t.example/', body: { raw: [{ bytes: raw }] } },
        ]) {
          const c = candidateTokens(request);
          const found = await matchedKinds(c, digest, digests);
          if (found.length > 0) expect([...c.tokens]).toContain(NIK);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
