// Hostile text: every regular expression applied to page text, typed values, addresses or imported lists, run
// through the public function that applies it on adversarial 100,000-character inputs shaped against the pattern
// (long runs of its repeated class, a near miss at the end), with what each must still answer. That no pattern can
// backtrack super-linearly is checked by its structure (test/unit/regex-structure.test.ts and the lint), not timed
// here; speed itself is measured in bench/node, never asserted.
//
// Regexes checked (file: pattern → how it is reached here):
//   lib/detect/tokenize.ts        NON_ASCII, LATIN_MARKS, WORD_RUN, /\d/, /\D/, /đ/g, /ß/g → tokenize, foldText
//   lib/detect/dom-text.ts        SPACES /\s+/g, /[\p{L}\p{N}]/u (isMeaningful) → scanRoot, isMeaningful
//   lib/detect/context-text.ts    HEADING /^h[1-6]$/, TITLE_CLASS → scanRoot (class attributes, headings)
//   lib/detect/describe-field.ts  SEARCH_NAMES, SEARCH_IDS, /\S/ → describeField
//   lib/detect/classify-field.ts  AUTOCOMPLETE_NEVER, /\s+/ → classifyField
//   lib/detect/structural-hints.ts BLOOD_OPTION, /^(gol(ongan)?\.?\s*|type\s|group\s)/, PATTERN_DIGITS,
//                                 /^\^?(\\d|\[0-9\])[*+]\$?$/ → classifyField (options, pattern); DATE_FORMAT,
//                                 DATE_PATTERN → declaresDateFormat (placeholder, pattern), and directly
//   lib/detect/infer-label.ts     ENUMERATOR → scanRoot (row captions, preceding text), and directly
//   lib/detect/split-fields.ts    /^\d{4}$/, /^\d{1,2}$/, /[\p{L}\p{N}]/u → scanRoot (split dates)
//   lib/detect/explicit-labels.ts /["\\]/g, /[\n\r\f]/g, /\s+/ → scanRoot (aria-labelledby, for)
//   lib/detect/label-index.ts, describe-group.ts: the same quoting → scanRoot
//   lib/detect/watch.ts, dep-index.ts: no selector built from page values (index lookups); TITLE_CLASS on old
//                                 class values → watchFields
//   lib/detect/css-path.ts        IDENT (css-escape.ts is a loop) → scanRoot (ids of 100,000 characters)
//   lib/detect/detect-units.ts    /\s/ per character (humanLabel trims with a loop) → scanRoot, humanLabel
//   lib/ids/compact.ts            /[a-z]+/g → recognizeIdentifier; lib/ids/schemes/*: anchored shapes on compacted
//                                 values (≤ 24 characters by construction); lib/ids/label reads labels with
//                                 lib/detect/tokenize.ts; lib/ids/phone-number.ts MOBILE; lib/ids/card-number.ts
//                                 DIGITS → recognizeIdentifier
//   lib/report/page-text.ts       /\s+/g → pageText; lib/report/sanitize-report.ts /^[a-z0-9.:[\]-]{1,253}$/i →
//                                 sanitizeFrameReport; lib/report/safe-url.ts (URL parser only) → safeUrl
//   lib/trackers/host.ts          /[^\x00-\x7f]/, HOST_CHARS, /^[0-9a-f:.]+$/ → normalizeHost
//   lib/site/host-core.mjs        PLAIN → bareHost (every host clean-up)
//   lib/trackers/observe-resources.ts /\s+/ (rel), /^(https?|wss?):$/ → observeThirdPartyHosts
//   lib/site/ip.ts                IPV4_RE, /^[0-9a-f:.]+$/, /^[0-9a-f]{1,4}$/, CIDR → parseIPv4/6, isIpHost, parseCidr
//   lib/site/host-name.ts         LABEL_RE, /^\d+$/, /^[\d.]+$/ → normalizeHostName
//   lib/site/registrable-domain.ts (bareHost, tldts) → registrableDomain, siteInfo, hostOf
//   lib/i18n/translate.ts         /\{(\w{1,40})\}/g → describeReason; lib/i18n/locale.ts /[-_]/ → localeFor
//   lib/risk/submission-risk.ts   (URL parser, lib/site/ip.ts) → riskOfSubmission
//   lib/reputation/list-lines.ts  HOSTS_LINE_RE, adblock rule, /\s#/, /^\[.*\]$/, /[,;\t]/ → parseSiteList,
//                                 parseHostList; lib/reputation/import-list.ts scheme test → parseSiteList
//   lib/reputation/edit-distance.ts /\d+$/ (typo candidates ≤ longest protected name + 1) → lookalike check
//   lib/settings/host.ts          LABEL, IPV4, NOT_HOST, /^([0-9.]+)\/(\d{1,2})$/ → normaliseHost, normaliseCidr
//   lib/warning-log/entry.ts      HOST_SITE, IPV6_SITE, LIST_ID, VERSION → parseWarningLog
//   lib/breaches/domains.ts       HOSTNAME → breachSite; lib/breaches/import-hibp.ts NAME, ADDED → parseHibpJson
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../lib/detect/classify-field';
import { describeField } from '../../lib/detect/describe-field';
import { ENUMERATOR } from '../../lib/detect/infer-label';
import { DATE_FORMAT, DATE_PATTERN, declaresDateFormat } from '../../lib/detect/structural-hints';
import { humanLabel } from '../../lib/detect/detect-units';
import { isMeaningful } from '../../lib/detect/dom-text';
import { emptyDescriptor } from '../../lib/detect/field-descriptor';
import { scanRoot } from '../../lib/detect/scan';
import { foldText, tokenize } from '../../lib/detect/tokenize';
import { watchFields } from '../../lib/detect/watch';
import { describeReason } from '../../lib/i18n/describe';
import { localeFor } from '../../lib/i18n/locale';
import { translator } from '../../lib/i18n/translate';
import { recognizeIdentifier } from '../../lib/ids';
import { breachSite } from '../../lib/breaches/domains';
import { parseHibpJson } from '../../lib/breaches/import-hibp';
import { pageText } from '../../lib/report/page-text';
import { safeUrl } from '../../lib/report/safe-url';
import { sanitizeFrameReport } from '../../lib/report/sanitize-report';
import { parseHostList } from '../../lib/reputation/host-list';
import { parseSiteList } from '../../lib/reputation/import-list';
import { createLookalikeIndex } from '../../lib/reputation/lookalike';
import { BUNDLED_PROTECTED_DOMAINS } from '../../lib/reputation/protected-domains';
import { REASON_CODES } from '../../lib/risk/reason-codes';
import { riskOfSubmission } from '../../lib/risk/submission-risk';
import { normaliseCidr, normaliseHost } from '../../lib/settings/host';
import { normalizeHostName } from '../../lib/site/host-name';
import { isIpHost, parseCidr, parseIPv4, parseIPv6 } from '../../lib/site/ip';
import { hostOf, registrableDomain, siteInfo } from '../../lib/site/registrable-domain';
import { normalizeHost } from '../../lib/trackers/host';
import { observeThirdPartyHosts } from '../../lib/trackers/observe-resources';
import { parseWarningLog } from '../../lib/warning-log';

const N = 100_000;

const rep = (s: string, length = N) => s.repeat(Math.ceil(length / s.length)).slice(0, length);

/** Runs of each character class a pattern repeats, each followed by a near miss. */
const HOSTILE = [
  rep('a'),
  rep('a') + '!',
  rep(' ') + 'x',
  rep(' :*') + 'x',
  rep('\t\n') + '#',
  rep('1'),
  rep('1') + 'a',
  rep('1.') + '/33',
  rep('a.') + '-',
  rep('a-') + '.',
  rep(':') + 'g',
  rep('0:') + '::',
  rep('.') + 'x',
  rep(']') + '[',
  rep('{a') + '}',
  rep('"\\'),
  rep('aA'),
  rep('1a'),
  rep('a\u0301'),
  rep('ก'),
  rep('\u0301'),
  rep('No. RM '),
  rep('-heade') + 'r',
  rep('gol. ') + 'x',
  rep('||a') + '^',
  rep('\\d{1'),
];

describe('lib/detect on hostile text', () => {
  it('tokenize and foldText stay linear', () => {
    for (const s of HOSTILE) {
      const tokens = tokenize(s, new Map(), true);
      expect(tokens.length).toBeLessThanOrEqual(s.length);
      expect(foldText(s).length).toBeLessThanOrEqual(s.length * 2);
      isMeaningful(s);
    }
  });

  it('classifyField on 100,000-character labels, names, autocomplete, patterns and options', () => {
    for (const s of HOSTILE) {
      classifyField({
        ...emptyDescriptor('input', 'text'),
        label: s,
        name: s,
        id: s,
        autocomplete: s,
        pattern: s,
        placeholder: s,
        options: [s, 'gol. ' + s, 'A ' + s],
      });
    }
  });

  it('scanRoot on a page with a 1 MB label, hostile attributes, class names and headings', () => {
    const mb = rep('Nomor Rekam Medis :* ', 1_000_000);
    const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    document.body.innerHTML =
      `<h2 class="${attr(rep('-heade') + 'r')}">${attr(rep(' '))}</h2>` +
      `<label for="x">${mb}</label><input id="x" name="${attr(rep('1a'))}" autocomplete="${attr(rep(' '))}" ` +
      `pattern="${attr(rep('\\d{1'))}" aria-labelledby="${attr(rep('a '))}" placeholder="${attr(rep(' :*'))}">` +
      `<label for="${attr(rep('\\ '))}">NIK</label><input id="${attr(rep('\\ '))}">` +
      `<fieldset><legend>${attr(rep('\u0301'))}</legend><input name="dd" maxlength="2"><input name="mm" maxlength="2">` +
      `<input name="yyyy" maxlength="4"></fieldset><select>${Array.from({ length: 80 }, () => `<option>${attr(rep('gol. ', 5000))}</option>`).join('')}</select>`;
    const r = scanRoot(document);
    const x = r.fields.find((f) => f.element.id === 'x');
    expect(x?.report.kind).toBe('medical_record_number');
    expect(x!.report.label.length).toBeLessThanOrEqual(200);
    for (const f of r.fields) expect(f.report.path.length).toBeLessThanOrEqual(2000);
    describeField(document.getElementById('x')!);
    document.body.innerHTML = '';
  });

  // Backslashes: the watcher once built a selector from this value outside any try (now it looks labels up in an
  // index); the hostile value must still cost a linear pass.
  it('watchFields follows a label text change whose `for` is 100,000 backslashes and spaces', async () => {
    const hostileFor = rep('\\ ');
    document.body.innerHTML = '<form><div><label>x</label><input></div></form>';
    document.querySelector('label')!.setAttribute('for', hostileFor);
    const w = watchFields(document, () => undefined, { debounceMs: 1 });
    document.querySelector('label')!.textContent = rep('No. RM ');
    w.flush();
    // The watcher ran and holds what a fresh scan finds: the input, read through its neighbouring label text.
    const kinds = (fields: ReadonlyArray<{ report: { kind: string } }>) => fields.map((f) => f.report.kind);
    expect(kinds(w.current())).toEqual(['medical_record_number']);
    expect(kinds(w.current())).toEqual(kinds(scanRoot(document).fields));
    w.stop();
    document.body.innerHTML = '';
  });

  // humanLabel once trimmed with /[\s:*]+$/u: on a run of n spaces followed by another character every start
  // position scanned to the end of the run, n²/2 steps (about 20 s for n = 100,000). It trims with a loop now.
  it('humanLabel trims a 100,000-character label in linear time', () => {
    const label = 'a' + rep(' ') + 'b';
    expect(humanLabel({ ...emptyDescriptor('input', 'text'), label })).toBe(label);
    expect(humanLabel({ ...emptyDescriptor('input', 'text'), label: rep(' :*') + 'x' + rep(' :*') })).toBe('x');
  });

  // Date formats in placeholders and patterns, and list markers: anchored, no nested quantifiers. Public paths cap
  // the length first (20 and 60 characters, a row caption at maxTextPerField), so the patterns are also run directly
  // on inputs shaped against them: long runs of their parts, then a near miss.
  it('DATE_FORMAT, DATE_PATTERN and ENUMERATOR stay linear on 100,000 characters', () => {
    const shaped = [
      rep('dd/'),
      rep('dd/mm/') + 'yyyyy',
      rep('tgl-bln ') + '!',
      rep('\\d{2}/'),
      rep('[0-9]{2}-') + '[0-9]{3}',
      '^' + rep('\\d{4}.') + '$x',
      rep('('),
      rep('(1') + ')',
      rep('1') + '.',
      '(' + rep('a') + ')',
    ];
    for (const s of [...HOSTILE, ...shaped]) {
      expect(DATE_FORMAT.test(s)).toBe(false);
      expect(DATE_PATTERN.test(s)).toBe(false);
      expect(ENUMERATOR.test(s)).toBe(false);
      expect(declaresDateFormat({ ...emptyDescriptor('input', 'text'), placeholder: s, pattern: s })).toBe(false);
    }
    expect(DATE_FORMAT.test('dd/mm/yyyy') && DATE_PATTERN.test('\\d{2}/\\d{2}/\\d{4}') && ENUMERATOR.test('12)')).toBe(
      true,
    );
  });

  it('scanRoot reads 100,000-character row captions and preceding text (ENUMERATOR) in linear time', () => {
    const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    document.body.innerHTML =
      `<table><tr><td>${attr(rep('(1'))}</td><td><input id="a"></td></tr>` +
      `<tr><td>${attr(rep('1') + '.')}</td><td><input id="b"></td></tr></table>` +
      `<div>${attr('(' + rep('a') + ')')} <input id="c"></div>`;
    scanRoot(document);
    document.body.innerHTML = '';
  });
});

describe('identifiers and reports on hostile text', () => {
  it('recognizeIdentifier with a 100,000-character value and label', () => {
    for (const s of HOSTILE) {
      expect(recognizeIdentifier(s, { label: s })).toEqual([]);
      recognizeIdentifier('3201234567890001', { label: s });
    }
    expect(recognizeIdentifier(rep('3201 2345 6789 0001 '), { label: rep('NIK ') })).toEqual([]);
  });

  it('pageText, safeUrl and sanitizeFrameReport cap and stay linear', () => {
    for (const s of HOSTILE) {
      expect(pageText(s).length).toBeLessThanOrEqual(200);
      expect(safeUrl(`https://example.com/${s}?${s}#${s}`)).not.toMatch(/[?#]/);
      const r = sanitizeFrameReport({
        url: `https://${s}.example/`,
        fields: [{ kind: 'national_id', label: s, type: s, id: s, name: s, path: s, scheme: s }],
        forms: [{ action: s }],
        thirdParties: [{ host: s }, { host: rep('a', 253) }],
      });
      expect(r!.fields[0]!.label.length).toBeLessThanOrEqual(200);
    }
  });

  it('describeReason with a 100,000-character detail, in both languages', () => {
    for (const locale of ['en', 'id'] as const) {
      const t = translator(locale);
      for (const code of REASON_CODES) {
        for (const s of [rep('{a'), rep('{detail}'), `https://${rep('a.')}x/`, rep(' ')]) {
          const words = describeReason({ code, detail: s }, t, s);
          expect(words.title.length).toBeGreaterThan(0);
        }
      }
    }
    expect(localeFor('auto', rep('-_'))).toBe('en');
  });
});

describe('hosts, addresses and lists on hostile text', () => {
  it('site, IP and host-name helpers', () => {
    for (const s of HOSTILE) {
      parseIPv4(s);
      parseIPv6(s);
      isIpHost(s);
      parseCidr(s);
      normalizeHostName(s);
      registrableDomain(s);
      siteInfo(s);
      hostOf(`https://${s}/`);
      normalizeHost(s);
      normaliseHost(s);
      normaliseCidr(s);
      breachSite(s);
    }
  });

  it('the lookalike check on a 100,000-character host', () => {
    const index = createLookalikeIndex(BUNDLED_PROTECTED_DOMAINS);
    for (const s of [
      rep('kemkes-'),
      rep('a.') + 'com',
      rep('kemkes') + '.com',
      rep('bpjs1') + '.go.id',
      rep('a1') + '.id',
    ]) {
      index.check(s);
    }
  });

  it('the pre-submit check on hostile destinations', () => {
    for (const s of HOSTILE) {
      riskOfSubmission(s, `http://${s}/`, [], false);
      riskOfSubmission('example.com', `http://[${s}]/`, [], true);
    }
  });

  it('third-party observation with 100,000-character rel and src attributes', () => {
    document.body.innerHTML = `<link rel="${rep(' ')}stylesheet" href="https://cdn.example/${rep('a')}"><img src="https://${rep('a.')}x/">`;
    observeThirdPartyHosts(document, [{ name: `https://${rep('a.')}x/`, initiatorType: rep('x') }]);
    document.body.innerHTML = '';
  });

  it('imports and stored records: 100,000-character lines and values', () => {
    for (const s of HOSTILE) {
      for (const line of [
        s,
        `0.0.0.0 ${s}`,
        `${s} #`,
        `||${s}^$${s}`,
        `[${s}`,
        `domain,scope\n"${s}",domain`,
        `https://${s}`,
      ]) {
        parseSiteList(line);
        parseHostList(line);
      }
      parseWarningLog([
        {
          time: '2024-01-01T00:00:00.000Z',
          site: s,
          fieldKinds: [],
          reasons: [],
          action: 'shown',
          listVersions: { [s]: s },
        },
      ]);
      parseHibpJson(JSON.stringify([{ Name: s, Title: 't', Domain: s, BreachDate: s, AddedDate: s }]));
    }
  });
});
