// Every importer and stored-data reader against random bytes, random text and almost-valid input: nothing throws
// past its boundary; a refusal names a line or entry and a reason (never the value); what is accepted reads back
// the same through the same reader (and through the stricter one that keeps it, for site rules).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/breaches/catalogue';
import { DATA_CLASSES } from '../../../lib/breaches/data-classes';
import { parseHibpJson } from '../../../lib/breaches/import-hibp';
import type { BreachCatalogue } from '../../../lib/breaches/types';
import { validateBreach } from '../../../lib/breaches/validate';
import { FIELD_KINDS } from '../../../lib/kinds/field-kinds';
import { composeTab, badgeText } from '../../../lib/report/compose-tab';
import { sanitizeFrameReport, REPORT_LIMITS } from '../../../lib/report/sanitize-report';
import { MAX_EXACT_TEXT } from '../../../lib/report/page-text';
import { parseTabStates } from '../../../lib/report/tab-state';
import { normalizeListHost } from '../../../lib/reputation/hash-list-core.mjs';
import { parseHostList, MAX_REPORTED_ERRORS } from '../../../lib/reputation/host-list';
import { IMPORT_ERROR_MESSAGES, EXCERPT_MAX } from '../../../lib/reputation/import-errors';
import { exportSiteList, parseSiteList } from '../../../lib/reputation/import-list';
import { REASON_CODES } from '../../../lib/risk/reason-codes';
import { parseManagedPolicy, type ManagedPolicy } from '../../../lib/settings/managed';
import { formatRule, normaliseRule } from '../../../lib/settings/rules';
import { parseSettings } from '../../../lib/settings/validate';
import { parseWarningLog } from '../../../lib/warning-log';
import { WARNING_ACTIONS } from '../../../lib/warning-log/types';
import { hibpEntry } from '../breaches/fixtures';
import { anyText, jsonText, listText, seeded, storedValue } from './arbitraries';

const linesOf = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).length;
const FORMATS = ['auto', 'plain', 'hosts', 'adblock', 'csv'] as const;

/** String leaves of a value that are long enough that finding one in a message means it was echoed. */
function longStrings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 6) return out;
  if (typeof value === 'string' && value.trim().length >= 12) out.push(value);
  else if (Array.isArray(value)) for (const v of value) longStrings(v, out, depth + 1);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value as Record<string, unknown>)) longStrings(v, out, depth + 1);
  return out;
}

function expectNoEcho(problems: readonly string[], raw: unknown): void {
  for (const s of longStrings(raw)) for (const p of problems) expect(p.includes(s)).toBe(false);
}

describe('site list import (parseSiteList)', () => {
  it('answers every input with rules or with errors that name a line and a reason', () => {
    fc.assert(
      fc.property(fc.oneof(listText, anyText(400)), fc.constantFrom(...FORMATS), (text, format) => {
        const r = parseSiteList(text, format);
        expect(['plain', 'hosts', 'adblock', 'csv']).toContain(r.format);
        if (r.ok) return;
        expect(r.errors.length).toBeGreaterThan(0);
        const lines = linesOf(text);
        for (const e of r.errors) {
          expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines).toBe(true);
          expect(e.problem).toBe(IMPORT_ERROR_MESSAGES[e.code]);
          if (e.excerpt !== undefined) expect(e.excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX);
        }
      }),
      seeded(600),
    );
  });

  it('accepts only rules the settings keep, and its CSV export imports back to the same rules', () => {
    fc.assert(
      fc.property(listText, fc.constantFrom(...FORMATS), (text, format) => {
        const r = parseSiteList(text, format);
        if (!r.ok) return;
        for (const rule of r.rules) {
          // What an import accepts is stored in settings; parseSettings must not drop it on the next read.
          expect(normaliseRule(rule.scope, rule.value)).toEqual({ rule });
        }
        const back = parseSiteList(exportSiteList(r.rules));
        expect(back).toEqual({ ok: true, rules: r.rules, format: 'csv' });
      }),
      seeded(600, 1),
    );
  });
});

describe('downloaded host lists (parseHostList)', () => {
  it('keeps normalised unique hosts, counts bad lines and reports at most 100 of them', () => {
    fc.assert(
      fc.property(fc.oneof(listText, anyText(400)), fc.constantFrom('auto', 'plain', 'hosts', 'adblock'), (text, f) => {
        const r = parseHostList(text, f);
        expect(['plain', 'hosts', 'adblock']).toContain(r.format);
        expect(new Set(r.hosts).size).toBe(r.hosts.length);
        for (const h of r.hosts) expect(normalizeListHost(h)).toBe(h);
        expect(r.errors.length).toBeLessThanOrEqual(Math.min(r.errorCount, MAX_REPORTED_ERRORS));
        const lines = linesOf(text);
        for (const e of r.errors) {
          expect(e.line >= 1 && e.line <= lines).toBe(true);
          expect(e.problem).toBe(IMPORT_ERROR_MESSAGES[e.code]);
        }
        // The hosts kept read back the same, with nothing refused.
        const again = parseHostList(r.hosts.map((h) => (r.format === 'adblock' ? `||${h}^` : h)).join('\n'), r.format);
        expect(again.hosts).toEqual(r.hosts);
        expect(again.errorCount).toBe(0);
      }),
      seeded(500, 2),
    );
  });
});

/** HIBP-shaped entries with random values in random fields (kept valid often enough to reach the ok path). */
const hibpFile = fc
  .array(
    fc.dictionary(
      fc.constantFrom(
        'Name',
        'Title',
        'Domain',
        'BreachDate',
        'AddedDate',
        'ModifiedDate',
        'PwnCount',
        'DataClasses',
        'IsVerified',
        'IsSensitive',
        'IsSpamList',
      ),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom('a.b.example.co.id', 'github.io', 'x.github.io', 'kemkes.go.id', 'bücher.de', '127.0.0.1'),
      ),
      { maxKeys: 2 },
    ),
    { maxLength: 5 },
  )
  .chain((overrides) =>
    fc
      .array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,10}$/), {
        minLength: overrides.length,
        maxLength: overrides.length,
      })
      .map((names) => overrides.map((o, i) => hibpEntry({ Name: names[i], ...o }))),
  );

const asCatalogue = (breaches: unknown[]): string =>
  JSON.stringify({ format: 'jaga-breaches', version: 1, generated: '2024-01-01', attribution: {}, breaches });

describe('breach imports', () => {
  it('parseHibpJson: errors name an entry and a reason; kept breaches are valid catalogue entries', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText(300),
          jsonText,
          hibpFile.map((f) => JSON.stringify(f)),
        ),
        (text) => {
          const r = parseHibpJson(text);
          if (!r.ok) {
            expect(r.errors.length).toBeGreaterThan(0);
            let length = -1;
            try {
              const data: unknown = JSON.parse(text);
              if (Array.isArray(data)) length = data.length;
            } catch {
              /* not JSON: the one error is about the whole file */
            }
            for (const e of r.errors) {
              expect(e.entry === null || (Number.isInteger(e.entry) && e.entry >= 0 && e.entry < length)).toBe(true);
              expect(e.code).toMatch(/^[a-z_]+$/);
              expect(e.problem.length).toBeGreaterThan(0);
            }
            return;
          }
          r.breaches.forEach((b, i) => expect(validateBreach(b, i)).toEqual({ breach: b, problems: [] }));
          const back = parseCatalogue(asCatalogue(r.breaches));
          expect(back.ok && back.catalogue.breaches).toEqual(r.breaches);
        },
      ),
      seeded(500, 3),
    );
  });

  const breachEntry = fc.record(
    {
      id: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/), fc.jsonValue({ maxDepth: 1 })),
      title: fc.oneof(fc.constant('A breach'), fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
      domains: fc.oneof(
        fc.array(fc.constantFrom('example.com', 'rs-contoh.co.id', 'x.github.io', 'co.id', 'EXAMPLE.com'), {
          maxLength: 3,
        }),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      breachDate: fc.constantFrom('2021', '2021-05', '2021-05-04', '2021-13', 'yesterday', 3),
      disclosedDate: fc.constantFrom(null, '2022-01-02', '2022-02-30', 0),
      addedDate: fc.constantFrom('2022-03-04', '2022-3-4', null),
      records: fc.constantFrom(null, 0, 10, -1, 1.5, 2 ** 60, '10'),
      recordsIsClaim: fc.constantFrom(true, false, 'no'),
      dataClasses: fc.oneof(fc.subarray([...DATA_CLASSES], { maxLength: 4 }), fc.constant(['email', 'nope'])),
      status: fc.constantFrom('confirmed', 'alleged', 'rumoured'),
      origin: fc.constantFrom('curated', 'hibp', 'other'),
      sources: fc.constantFrom(['https://example.org/a'], [], ['ftp://x.y/z'], ['https://localhost/']),
      statusNote: fc.constantFrom(undefined, 'Reported by the ministry.', 7),
    },
    { requiredKeys: ['id', 'title', 'domains', 'breachDate', 'addedDate', 'records', 'status', 'origin', 'sources'] },
  );

  it('parseCatalogue: never throws; an accepted catalogue reads back identical', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText(300),
          jsonText,
          fc.array(breachEntry, { maxLength: 4 }).map((b) => asCatalogue(b)),
          fc
            .record({ format: fc.constantFrom('jaga-breaches', 'x'), version: fc.constantFrom(1, 2, '1') })
            .map((o) => JSON.stringify({ ...o, breaches: [], attribution: { __proto__: 1 } })),
        ),
        (text) => {
          const r = parseCatalogue(text);
          if (!r.ok) {
            expect(r.errors.length).toBeGreaterThan(0);
            for (const e of r.errors) expect(e.problem.length).toBeGreaterThan(0);
            return;
          }
          const again = parseCatalogue(JSON.stringify(r.catalogue));
          expect(again).toEqual({ ok: true, catalogue: r.catalogue as BreachCatalogue });
        },
      ),
      seeded(500, 4),
    );
  });
});

/** Settings- and policy-shaped objects whose fields hold good values, near misses and junk. */
const ruleLike = fc.oneof(
  fc.record({
    scope: fc.constantFrom('domain', 'host', 'range', 'url', 1),
    value: fc.constantFrom('example.com', '*.example.com', 'co.id', '10.0.0.0/8', '10.1.0.0/8', 'SIMRS', 'bücher.de'),
    managed: fc.constantFrom(undefined, true),
  }),
  fc.constantFrom('*.kemkes.go.id', 'sirs.rs.example', '10.20.0.0/16', '10.0.0.0/4', 'https://x.example/', 5, null),
  fc.jsonValue({ maxDepth: 1 }),
);
const settingsLike = fc.record(
  {
    mode: fc.constantFrom('patient', 'clinic', 'doctor', 1),
    eagerness: fc.constantFrom('quiet', 'normal', 'eager', 'loud'),
    language: fc.constantFrom('auto', 'id', 'en', 'fr'),
    submitCheck: fc.constantFrom('ask', 'off', 'mandatory'),
    trusted: fc.oneof(fc.array(ruleLike, { maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
    blocked: fc.array(ruleLike, { maxLength: 5 }),
    paused: fc.array(ruleLike, { maxLength: 3 }),
    protectedDomains: fc.array(fc.constantFrom('kemkes.go.id', 'go.id', 'Bücher.de', 'x y', 3), { maxLength: 4 }),
    listSources: fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', '', 'x'.repeat(300)),
        kind: fc.constantFrom('reputation', 'breaches', 'other'),
        url: fc.constantFrom(
          'https://lists.example/a.txt',
          'http://localhost:8080/l',
          'http://x.example/',
          'https://u:p@x.y/',
        ),
        enabled: fc.constantFrom(true, false, 'yes'),
      }),
      { maxLength: 3 },
    ),
    disabledBundledLists: fc.array(fc.constantFrom('blp-phishing', '', 7), { maxLength: 3 }),
    warningLog: fc.oneof(
      fc.record({ enabled: fc.constantFrom(true, false, 1), retentionDays: fc.constantFrom(1, 30, 365, 0, 400, 1.5) }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
  },
  { requiredKeys: [] },
);

describe('settings and policy', () => {
  it('parseSettings: any stored value gives settings that read back unchanged, problems never quote values', () => {
    fc.assert(
      fc.property(fc.oneof(storedValue, settingsLike), (raw) => {
        const { settings, problems } = parseSettings(raw);
        expectNoEcho(problems, raw);
        expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ settings, problems: [] });
      }),
      seeded(500, 5),
    );
  });

  it('parseManagedPolicy: any policy value gives a policy that reads back unchanged from its notation', () => {
    const policyLike = fc.record(
      {
        mode: fc.constantFrom('patient', 'clinic', 'x'),
        trustedPortals: fc.oneof(fc.array(ruleLike, { maxLength: 4 }), fc.constantFrom('["*.a.example"]', '[', 'x')),
        blockedSites: fc.array(ruleLike, { maxLength: 4 }),
        protectedDomains: fc.array(fc.constantFrom('kemkes.go.id', 'go.id', 1), { maxLength: 3 }),
        listSources: fc.array(
          fc.record({
            url: fc.constantFrom('https://l.example/a', 'ftp://l.example/', 'http://127.0.0.1/x'),
            kind: fc.constantFrom('reputation', 'breaches', 'x'),
          }),
          { maxLength: 3 },
        ),
        allowBypass: fc.constantFrom(true, false, 0, 1, 2, 'true'),
        allowSettingsChanges: fc.constantFrom(true, false, 0, 1),
        warningLog: fc.constantFrom(true, false, 1, 'x'),
        logRetentionDays: fc.constantFrom(1, 30, '30', ' 7 ', 0, 366, '1e3', 2.5),
        submitCheck: fc.constantFrom('ask', 'mandatory', 'off', 'never'),
        eagerness: fc.constantFrom('quiet', 'eager', 'x'),
        language: fc.constantFrom('id', 'en', 'auto', 'ms'),
        _comment: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(storedValue, policyLike), (raw) => {
        const { policy, problems } = parseManagedPolicy(raw);
        expectNoEcho(problems, raw);
        const notation: Record<string, unknown> = { ...policy };
        for (const key of ['trustedPortals', 'blockedSites'] as const)
          if (policy[key]) notation[key] = policy[key]!.map(formatRule);
        const again = parseManagedPolicy(JSON.parse(JSON.stringify(notation)));
        expect(again).toEqual({ policy: policy as ManagedPolicy, problems: [] });
      }),
      seeded(500, 6),
    );
  });
});

const warningEntryLike = fc.record(
  {
    time: fc.oneof(
      fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('2024-01-01', '2024-01-01T00:00:00Z', 'x'.repeat(24)),
    ),
    site: fc.constantFrom('example.com', 'EXAMPLE.com', '10.0.0.1', '::1', 'https://x.example/', 'a b', ''),
    fieldKinds: fc.oneof(fc.subarray([...FIELD_KINDS], { maxLength: 3 }), fc.constant(['nik'])),
    reasons: fc.oneof(fc.subarray([...REASON_CODES], { maxLength: 3 }), fc.constant([1])),
    action: fc.constantFrom(...WARNING_ACTIONS, 'clicked'),
    listVersions: fc.oneof(
      fc.dictionary(fc.constantFrom('blp-phishing', 'x', 'bad id'), fc.constantFrom('2024-01-01', '1', 'v 2')),
      fc.constant(undefined),
    ),
    note: fc.constantFrom(undefined, 'NIK 3201234567890001 typed here'),
  },
  { requiredKeys: ['time', 'site', 'fieldKinds', 'reasons', 'action'] },
);

describe('stored records', () => {
  it('parseWarningLog: keeps valid entries with known fields only; its output reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          storedValue,
          fc.array(warningEntryLike, { maxLength: 6 }),
          fc.record({ entries: fc.array(warningEntryLike) }),
        ),
        (raw) => {
          const { log, problems } = parseWarningLog(raw);
          expectNoEcho(problems, raw);
          for (const e of log)
            expect(Object.keys(e).sort()).toEqual(['action', 'fieldKinds', 'listVersions', 'reasons', 'site', 'time']);
          expect(parseWarningLog(JSON.parse(JSON.stringify(log)))).toEqual({ log, problems: [] });
        },
      ),
      seeded(500, 7),
    );
  });

  const fieldLike = fc.oneof(
    fc.record(
      {
        kind: fc.constantFrom(...FIELD_KINDS, 'email', undefined),
        label: fc.oneof(fc.string(), fc.constant('x'.repeat(5000)), fc.jsonValue({ maxDepth: 1 })),
        tag: fc.constantFrom('input', 'select', 'textarea', 'contenteditable', 'div'),
        type: fc.string({ maxLength: 60 }),
        id: fc.string(),
        name: fc.string(),
        path: fc.oneof(fc.string(), fc.constant('div > '.repeat(300))),
        source: fc.constantFrom('label', 'value', 'x'),
        scheme: fc.constantFrom(undefined, 'id.nik', 5),
        form: fc.constantFrom(-1, 0, 1, 2, 1.5, 'x', 1e9),
        filled: fc.constantFrom(true, false, 'yes'),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.jsonValue({ maxDepth: 1 }),
  );
  const reportLike = fc.record(
    {
      url: fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.constantFrom('https://x.example/' + 'a/'.repeat(400), 'data:text/html,x', 'x', 5),
      ),
      fields: fc.oneof(fc.array(fieldLike, { maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
      forms: fc.array(
        fc.oneof(
          fc.record({
            action: fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.string()),
            method: fc.constantFrom('get', 'post', 'dialog', 'put'),
            sensitive: fc.constantFrom(true, false, 1),
          }),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        { maxLength: 3 },
      ),
      thirdParties: fc.array(
        fc.oneof(
          fc.record({ host: fc.oneof(fc.domain(), fc.string()), via: fc.constantFrom('script', 'image', 'x') }),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        { maxLength: 3 },
      ),
      truncated: fc.constantFrom(true, false, 'true'),
    },
    { requiredKeys: [] },
  );

  it('sanitizeFrameReport: caps and closes every field; no query or fragment survives; idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(storedValue, reportLike), (raw) => {
        const r = sanitizeFrameReport(raw);
        if (r === null) {
          expect(typeof raw !== 'object' || raw === null).toBe(true);
          return;
        }
        expect(r.fields.length).toBeLessThanOrEqual(REPORT_LIMITS.fields);
        expect(r.url.length).toBeLessThanOrEqual(600);
        for (const u of [r.url, ...r.forms.map((f) => f.action)]) expect(u).not.toMatch(/[?#]/);
        for (const f of r.fields) {
          expect(FIELD_KINDS).toContain(f.kind);
          expect(f.form === -1 || (f.form >= 0 && f.form < r.forms.length)).toBe(true);
          expect(f.label.length).toBeLessThanOrEqual(200);
          // A path names exactly one element, so it is kept exactly up to a hostile length (lib/report/page-text.ts).
          expect(f.path.length).toBeLessThanOrEqual(MAX_EXACT_TEXT);
        }
        expect(sanitizeFrameReport(JSON.parse(JSON.stringify(r)))).toEqual(r);
      }),
      seeded(500, 8),
    );
  });

  it('parseTabStates: whatever storage holds, the tabs read can be composed and read back unchanged', () => {
    const tabLike = fc.record(
      {
        url: fc.oneof(fc.webUrl(), fc.constant(5)),
        frames: fc.oneof(
          fc.dictionary(fc.constantFrom('0', '1', '7', 'x'), fc.oneof(reportLike, storedValue)),
          storedValue,
        ),
        receivedAt: fc.oneof(fc.dictionary(fc.constantFrom('0', '1'), fc.constantFrom(1, 'x', null)), storedValue),
        noticeRemoved: fc.constantFrom(true, false, 'yes'),
      },
      { requiredKeys: ['url'] },
    );
    fc.assert(
      fc.property(
        fc.oneof(storedValue, fc.dictionary(fc.constantFrom('1', '2', '33'), fc.oneof(tabLike, storedValue))),
        (raw) => {
          const { value } = parseTabStates(raw);
          for (const state of Object.values(value)) {
            const composed = composeTab(state);
            expect(typeof badgeText(composed.fields)).toBe('string');
          }
          expect(parseTabStates(JSON.parse(JSON.stringify(value)))).toEqual({ value, problems: [] });
        },
      ),
      seeded(500, 9),
    );
  });
});
