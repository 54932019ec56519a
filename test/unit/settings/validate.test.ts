import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings, parseSettings } from '../../../lib/settings/validate';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/types';

/** Checks the shape of Settings independently of the parser (so a parser bug cannot vouch for itself). */
function shapeErrors(s: Settings): string[] {
  const errors: string[] = [];
  const expectIn = (key: string, value: unknown, allowed: unknown[]) => {
    if (!allowed.includes(value)) errors.push(key);
  };
  expectIn('mode', s.mode, ['patient', 'clinic']);
  expectIn('eagerness', s.eagerness, ['quiet', 'normal', 'eager']);
  expectIn('language', s.language, ['auto', 'id', 'en']);
  expectIn('submitCheck', s.submitCheck, ['ask', 'off']);
  const hostLike = /^[a-z0-9.-]+$/;
  for (const key of ['trusted', 'blocked', 'paused'] as const) {
    if (!Array.isArray(s[key])) errors.push(key);
    for (const r of s[key]) {
      if (Object.keys(r).sort().join() !== 'scope,value') errors.push(`${key} keys`);
      if (!['host', 'domain', 'range'].includes(r.scope)) errors.push(`${key} scope`);
      if (r.scope === 'range' ? !/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(r.value) : !hostLike.test(r.value))
        errors.push(`${key} value`);
    }
  }
  if (!s.protectedDomains.every((d) => typeof d === 'string' && hostLike.test(d))) errors.push('protectedDomains');
  for (const l of s.listSources) {
    if (typeof l.id !== 'string' || !['reputation', 'breaches'].includes(l.kind) || typeof l.enabled !== 'boolean')
      errors.push('listSources');
    if (!/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(l.url)) errors.push('listSources url');
  }
  if (!s.disabledBundledLists.every((d) => typeof d === 'string' && d !== '')) errors.push('disabledBundledLists');
  if (typeof s.warningLog.enabled !== 'boolean') errors.push('warningLog.enabled');
  if (
    !Number.isInteger(s.warningLog.retentionDays) ||
    s.warningLog.retentionDays < 1 ||
    s.warningLog.retentionDays > 365
  ) {
    errors.push('warningLog.retentionDays');
  }
  if (Object.keys(s).sort().join() !== Object.keys(DEFAULT_SETTINGS).sort().join()) errors.push('keys');
  return errors;
}

const GOOD: Settings = {
  mode: 'clinic',
  eagerness: 'quiet',
  language: 'id',
  trusted: [
    { scope: 'domain', value: 'rs-contoh.example' },
    { scope: 'range', value: '10.20.0.0/16' },
  ],
  blocked: [{ scope: 'host', value: 'bad.example' }],
  paused: [],
  protectedDomains: ['rs-contoh.example'],
  listSources: [{ id: 'org-rep', kind: 'reputation', url: 'https://lists.example/rep.json', enabled: true }],
  disabledBundledLists: ['phishing-id'],
  submitCheck: 'off',
  warningLog: { enabled: true, retentionDays: 90 },
};

describe('parseSettings', () => {
  it('keeps good settings as they are, with no problems', () => {
    expect(parseSettings(structuredClone(GOOD))).toEqual({ settings: GOOD, problems: [] });
  });

  it('gives defaults for nothing stored, silently', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(parseSettings(null)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('gives defaults for a value that is not an object, and says so', () => {
    for (const raw of ['x', 42, [], true]) {
      const out = parseSettings(raw);
      expect(out.settings).toEqual(defaultSettings());
      expect(out.problems).toHaveLength(1);
    }
  });

  it('falls back field by field', () => {
    const out = parseSettings({
      ...GOOD,
      mode: 'doctor',
      eagerness: 3,
      warningLog: { enabled: 'yes', retentionDays: 90 },
    });
    expect(out.settings).toEqual({
      ...GOOD,
      mode: 'patient',
      eagerness: 'normal',
      warningLog: { enabled: false, retentionDays: 90 },
    });
    expect(out.problems.map((p) => p.split(':')[0]).sort()).toEqual(['eagerness', 'mode', 'warningLog.enabled']);
  });

  it('keeps the good rules of a list with bad ones, normalised and without duplicates', () => {
    const out = parseSettings({
      trusted: [
        { scope: 'host', value: 'SIRS.RS.example' },
        { scope: 'host', value: 'https://x.example/' },
        'not a rule',
        { scope: 'domain', value: 'go.id' },
        { scope: 'range', value: '10.1.2.3/8' },
        { scope: 'host', value: 'sirs.rs.example' },
        { scope: 'galaxy', value: 'x.example' },
      ],
    });
    expect(out.settings.trusted).toEqual([
      { scope: 'host', value: 'sirs.rs.example' },
      { scope: 'range', value: '10.0.0.0/8' },
    ]);
    expect(out.problems).toEqual([
      'trusted[1]: not a host name or IPv4 address, dropped',
      'trusted[2]: not a rule, dropped',
      'trusted[3]: a public suffix cannot be a domain rule, dropped',
      'trusted[6]: unknown scope, dropped',
    ]);
  });

  it('never keeps a stored claim that a rule or list came from the organisation', () => {
    const out = parseSettings({
      blocked: [{ scope: 'host', value: 'a.example', managed: true }],
      listSources: [{ id: 'x', kind: 'breaches', url: 'https://l.example/b.json', enabled: true, managed: true }],
    });
    expect(out.settings.blocked).toEqual([{ scope: 'host', value: 'a.example' }]);
    expect(out.settings.listSources[0]).not.toHaveProperty('managed');
  });

  it('refuses list sources it could not download, and turns off damaged ones', () => {
    const out = parseSettings({
      listSources: [
        { id: 'a', kind: 'reputation', url: 'http://lists.example/a.json', enabled: true },
        { id: 'b', kind: 'reputation', url: 'http://127.0.0.1:8080/b.json', enabled: 'yes' },
        { id: 'c', kind: 'malware', url: 'https://l.example/c.json', enabled: true },
        { id: 'd', kind: 'breaches', url: 'https://user:pw@l.example/d.json', enabled: true },
      ],
    });
    expect(out.settings.listSources).toEqual([
      { id: 'b', kind: 'reputation', url: 'http://127.0.0.1:8080/b.json', enabled: false },
    ]);
    expect(out.problems).toHaveLength(3);
  });

  it('never puts a stored value in a problem message', () => {
    const secret = '3174012345678901';
    const out = parseSettings({
      mode: secret,
      trusted: [{ scope: 'host', value: secret + ' x' }],
      protectedDomains: [secret + '/'],
      warningLog: { retentionDays: secret },
      listSources: [{ id: secret, kind: 'reputation', url: secret }],
    });
    expect(out.problems.length).toBeGreaterThan(3);
    for (const p of out.problems) expect(p).not.toContain(secret);
  });

  it('does not share arrays with the frozen defaults', () => {
    const s = parseSettings({}).settings;
    s.trusted.push({ scope: 'host', value: 'x.example' });
    expect(DEFAULT_SETTINGS.trusted).toEqual([]);
  });

  it('never throws on anything and always gives valid settings', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (raw) => {
        const out = parseSettings(raw);
        expect(shapeErrors(out.settings)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  const ruleArb = fc.oneof(
    fc.record({
      scope: fc.constantFrom('host', 'domain', 'range', 'other'),
      value: fc.oneof(fc.domain(), fc.ipV4(), fc.string()),
    }),
    fc.record({
      scope: fc.constant('range'),
      value: fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 40 })).map(([ip, n]) => `${ip}/${n}`),
    }),
    fc.jsonValue(),
  );
  const settingsLike = fc.record(
    {
      mode: fc.oneof(fc.constantFrom('patient', 'clinic'), fc.jsonValue()),
      eagerness: fc.oneof(fc.constantFrom('quiet', 'normal', 'eager'), fc.jsonValue()),
      trusted: fc.oneof(fc.array(ruleArb), fc.jsonValue()),
      blocked: fc.array(ruleArb),
      paused: fc.array(ruleArb),
      protectedDomains: fc.array(fc.oneof(fc.domain(), fc.string())),
      listSources: fc.array(
        fc.record({
          id: fc.string(),
          kind: fc.constantFrom('reputation', 'breaches', 'x'),
          url: fc.oneof(fc.webUrl(), fc.string()),
          enabled: fc.jsonValue(),
        }),
      ),
      warningLog: fc.oneof(
        fc.record({ enabled: fc.jsonValue(), retentionDays: fc.oneof(fc.integer(), fc.jsonValue()) }),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: [] },
  );

  it('salvaged settings are canonical: parsing them again changes nothing and finds nothing wrong', () => {
    fc.assert(
      fc.property(settingsLike, (raw) => {
        const once = parseSettings(raw);
        expect(shapeErrors(once.settings)).toEqual([]);
        const twice = parseSettings(JSON.parse(JSON.stringify(once.settings)));
        expect(twice).toEqual({ settings: once.settings, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every valid rule of a list whatever else the list holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.domain(), { maxLength: 5 }),
        fc.array(fc.jsonValue(), { maxLength: 5 }),
        (hosts, junk) => {
          const good = hosts.map((value) => ({ scope: 'host', value }));
          const out = parseSettings({ blocked: [...junk, ...good] });
          const kept = new Set(out.settings.blocked.map((r) => r.value));
          for (const h of hosts) expect(kept.has(h)).toBe(true);
        },
      ),
    );
  });
});
