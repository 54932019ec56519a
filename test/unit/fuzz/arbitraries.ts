// Shared fast-check generators for the fuzz tests: hostile text, line-structured lists, URLs of every shape.
// Runs are reproducible: every property passes `seeded(n)`, a fixed seed with its run count.
import fc from 'fast-check';

/** A fixed seed, so a failure found once is found again on every machine. */
export const SEED = 0x4a616761; // "Jaga"

export function seeded(numRuns: number, seedOffset = 0): fc.Parameters<unknown> {
  return { seed: SEED + seedOffset, numRuns };
}

/** Any UTF-16 code unit, lone surrogates included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export function anyText(maxLength = 300): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: anyCodeUnit, maxLength }),
    fc.uint8Array({ maxLength }).map((b) => new TextDecoder('utf-8', { fatal: false }).decode(b)),
    fc.uint8Array({ maxLength }).map((b) => String.fromCharCode(...b)),
  );
}

/** Lines built from the tokens list formats are made of, so parsers go deep instead of failing on line one. */
const LIST_TOKENS = [
  '||',
  '^',
  '$document',
  '$important,third-party',
  '@@',
  '##',
  '!',
  '#',
  '[Adblock Plus 2.0]',
  '0.0.0.0',
  '127.0.0.1',
  '::1',
  'fe80::1%lo0',
  '*.',
  '.',
  'example.com',
  'kemkes.go.id',
  'co.id',
  'go.id',
  'github.io',
  'simrs',
  'a_b',
  'xn--',
  'xn--80ak6aa92e.com',
  'bücher.de',
  'http://',
  'https://',
  '/',
  '/8',
  '/33',
  '10.0.0.0',
  '256.1.1.1',
  ',',
  ';',
  '\t',
  ' ',
  '"',
  '""',
  'domain',
  'host',
  'scope',
  'range',
  'value',
  'url',
  'localhost',
  '-',
  '…',
  '\u0000',
  '\uFEFF',
  'a'.repeat(64),
];

export const listLine: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...LIST_TOKENS) }, { weight: 1, arbitrary: anyText(12) }), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

export const listText: fc.Arbitrary<string> = fc
  .tuple(fc.array(listLine, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + lines.join(eol));

/** JSON text of arbitrary values, and of values of the right outer shape with junk inside. */
export const jsonText: fc.Arbitrary<string> = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));

/** Values storage could hand back: JSON-like, plus what structured clone allows (bigint, dates, maps, holes). */
export const storedValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    withObjectString: true,
  }),
);

const HOST_PARTS = [
  'example.com',
  'kemkes.go.id',
  'kemkes-go-id.com',
  'bpjs-kesehatan.go.id',
  'satusehat-daftar.net',
  'kernkes.go.id',
  'xn--kmkes-2ve.go.id',
  'кемкес.рф',
  'bücher.de',
  'localhost',
  'foo.localhost',
  'simrs.local',
  'local',
  'github.io',
  'someone.github.io',
  'go.id',
  'co.id',
  '127.0.0.1',
  '127.1',
  '0x7f.1',
  '2130706433',
  '10.0.0.5',
  '192.168.1.1',
  '172.16.0.1',
  '169.254.1.1',
  '100.64.0.1',
  '8.8.8.8',
  '[::1]',
  '[::ffff:10.0.0.1]',
  '[fe80::1]',
  '[fd00::1]',
  '[2001:db8::1]',
  '[::ffff:127.0.0.1]',
  '999.1.1.1',
  'a..b',
  '-a.com',
  'a'.repeat(63) + '.com',
  'a.'.repeat(120) + 'com',
];

export const hostish: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOST_PARTS),
  fc.domain(),
  fc.ipV4(),
  fc.ipV6().map((v) => `[${v}]`),
  fc.ipV4Extended(),
  anyText(40),
);

/** URLs valid and not: every scheme the browser shows, userinfo, ports, IDNs, IPs, query and fragment. */
export const urlish: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({
    withQueryParameters: true,
    withFragments: true,
    authoritySettings: { withUserInfo: true, withPort: true },
  }),
  fc
    .record({
      scheme: fc.constantFrom('http', 'https', 'HTTP', 'ftp', 'ws', 'wss', 'file', 'chrome-extension', 'moz-extension'),
      user: fc.option(fc.constantFrom('jdUser', 'jdUser:jdSecret', ':', '%40'), { nil: undefined }),
      host: hostish,
      port: fc.option(fc.constantFrom('80', '443', '8080', '0', '65535', '65536', 'x'), { nil: undefined }),
      path: fc.constantFrom('', '/', '/daftar', '/a/b?nik=3201234567890001', '/%2e%2e/', '/ü', '/a b'),
      query: fc.option(fc.constantFrom('?nik=3201234567890001', '?', '?q=#x', '?a=1&b=2'), { nil: undefined }),
      hash: fc.option(fc.constantFrom('#', '#frag', '#?x'), { nil: undefined }),
    })
    .map(
      (u) =>
        `${u.scheme}://${u.user ? u.user + '@' : ''}${u.host}${u.port ? ':' + u.port : ''}${u.path}${u.query ?? ''}${u.hash ?? ''}`,
    ),
  fc.constantFrom(
    'about:blank',
    'about:srcdoc',
    'data:text/html,<form><input name=nik></form>',
    'javascript:alert(1)',
    'blob:https://example.com/1234-5678',
    'mailto:dokter@example.com?subject=NIK',
    'http://',
    'https://[::1',
    '//example.com/a',
    '',
    'not a url',
  ),
  anyText(80),
);
