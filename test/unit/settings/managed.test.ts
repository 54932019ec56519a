import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MANAGED_POLICY_KEYS,
  effectiveSettings,
  parseManagedPolicy,
  settingsAfterSave,
  userSettingsAfterEdit,
  type ManagedPolicy,
} from '../../../lib/settings/managed';
import { defaultSettings, parseSettings } from '../../../lib/settings/validate';
import { siteStatus } from '../../../lib/settings/match';
import type { Settings } from '../../../lib/settings/types';

const person: Settings = {
  ...defaultSettings(),
  eagerness: 'eager',
  language: 'en',
  trusted: [
    { scope: 'host', value: 'portal.saya.example' },
    { scope: 'domain', value: 'cek-bpjs.example' },
  ],
  blocked: [{ scope: 'host', value: 'iklan.example' }],
  paused: [{ scope: 'domain', value: 'cek-bpjs.example' }],
  protectedDomains: ['bank-saya.example'],
  listSources: [{ id: 'mine', kind: 'breaches', url: 'https://lists.example/b.json', enabled: true }],
};

describe('parseManagedPolicy', () => {
  it('reads every key', () => {
    const { policy, problems } = parseManagedPolicy({
      mode: 'clinic',
      trustedPortals: ['SIRS.rs.example', '*.rs.example', '10.20.0.0/16'],
      blockedSites: ['*.cek-bpjs.example'],
      protectedDomains: ['RS.example'],
      listSources: [{ url: 'https://it.rs.example/rep.json', kind: 'reputation' }],
      allowBypass: false,
      allowSettingsChanges: true,
      warningLog: true,
      logRetentionDays: 60,
      submitCheck: 'mandatory',
      eagerness: 'quiet',
      language: 'id',
    });
    expect(problems).toEqual([]);
    expect(Object.keys(policy).sort()).toEqual([...MANAGED_POLICY_KEYS].sort());
    expect(policy.trustedPortals).toEqual([
      { scope: 'host', value: 'sirs.rs.example' },
      { scope: 'domain', value: 'rs.example' },
      { scope: 'range', value: '10.20.0.0/16' },
    ]);
    expect(policy.protectedDomains).toEqual(['rs.example']);
  });

  it('ignores unknown keys silently (admins keep notes in them)', () => {
    expect(parseManagedPolicy({ _comment: 'set by IT', futureKey: 1 })).toEqual({ policy: {}, problems: [] });
  });

  it('reports bad values by key and position and keeps the rest', () => {
    const { policy, problems } = parseManagedPolicy({
      mode: 'doctor',
      allowBypass: 'no',
      logRetentionDays: 0,
      trustedPortals: ['ok.example', 'https://x.example/', '*.go.id', 5],
      listSources: [
        { url: 'ftp://x.example/l', kind: 'reputation' },
        { url: 'https://x.example/l', kind: 'malware' },
      ],
      submitCheck: 'always',
    });
    // An unreadable allowBypass or submitCheck gets the value that keeps warnings in force; an unknown mode is ignored.
    expect(policy).toEqual({
      allowBypass: false,
      submitCheck: 'ask',
      trustedPortals: [{ scope: 'host', value: 'ok.example' }],
      listSources: [],
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      [
        'allowBypass',
        'listSources[0]',
        'listSources[1]',
        'logRetentionDays',
        'mode',
        'submitCheck',
        'trustedPortals[1]',
        'trustedPortals[2]',
        'trustedPortals[3]',
      ].sort(),
    );
  });

  it('lists "false" written as text as a problem and applies the safe value, whichever way it was meant', () => {
    for (const text of ['false', 'true', 'FALSE', 'no']) {
      const { policy, problems } = parseManagedPolicy({
        allowBypass: text,
        allowSettingsChanges: text,
        warningLog: text,
      });
      expect(policy).toEqual({ allowBypass: false, allowSettingsChanges: false });
      expect(problems).toEqual([
        'allowBypass: expected true or false, the safe value false applies',
        'allowSettingsChanges: expected true or false, the safe value false applies',
        'warningLog: expected true or false, ignored',
      ]);
      const eff = effectiveSettings(defaultSettings(), policy);
      expect(eff.bypassAllowed).toBe(false);
      expect(eff.changesAllowed).toBe(false);
    }
  });

  it('accepts what Windows registry policy gives Firefox: 1/0 for booleans, text numbers, JSON lists', () => {
    const { policy, problems } = parseManagedPolicy({
      allowBypass: 0,
      warningLog: 1,
      logRetentionDays: '90',
      trustedPortals: '["*.rs.example", "10.0.0.0/8"]',
      blockedSites: ['bad.example'],
    });
    expect(problems).toEqual([]);
    expect(policy).toMatchObject({ allowBypass: false, warningLog: true, logRetentionDays: 90 });
    expect(policy.trustedPortals).toHaveLength(2);
  });

  it('an empty or missing policy is no policy', () => {
    expect(parseManagedPolicy({})).toEqual({ policy: {}, problems: [] });
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
    expect(parseManagedPolicy('x').problems).toHaveLength(1);
  });

  it('never throws and never quotes a value', () => {
    const secret = 'rahasia-3174012345678901';
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...MANAGED_POLICY_KEYS, 'x'),
          fc.oneof(fc.jsonValue(), fc.constant(secret), fc.constant([secret])),
        ),
        (raw) => {
          const { problems } = parseManagedPolicy(raw);
          for (const p of problems) expect(p).not.toContain(secret);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('effectiveSettings', () => {
  it('without policy, or with an empty one, nothing changes', () => {
    for (const policy of [null, {}]) {
      const eff = effectiveSettings(person, policy);
      expect(eff.settings).toEqual(person);
      expect(eff.locked.size).toBe(0);
      expect(eff).toMatchObject({ bypassAllowed: true, changesAllowed: true, submitCheckMandatory: false });
    }
  });

  it('does not alter the person’s settings object', () => {
    const copy = structuredClone(person);
    effectiveSettings(person, {
      mode: 'clinic',
      trustedPortals: [{ scope: 'host', value: 'a.example' }],
      allowBypass: false,
    });
    expect(person).toEqual(copy);
  });

  it('managed values win and are locked; the rest stays the person’s', () => {
    const eff = effectiveSettings(person, { mode: 'clinic', language: 'id', warningLog: true });
    expect(eff.settings).toMatchObject({ mode: 'clinic', language: 'id', eagerness: 'eager' });
    expect(eff.settings.warningLog).toEqual({ enabled: true, retentionDays: 30 });
    expect([...eff.locked].sort()).toEqual(['language', 'mode', 'warningLog.enabled']);
  });

  it('merges lists, organisation entries first and marked', () => {
    const eff = effectiveSettings(person, {
      trustedPortals: [
        { scope: 'host', value: 'portal.saya.example' },
        { scope: 'range', value: '10.0.0.0/8' },
      ],
      blockedSites: [{ scope: 'domain', value: 'judi.example' }],
      protectedDomains: ['rs.example', 'bank-saya.example'],
      listSources: [{ url: 'https://lists.example/b.json', kind: 'breaches' }],
    });
    expect(eff.settings.trusted).toEqual([
      { scope: 'host', value: 'portal.saya.example', managed: true },
      { scope: 'range', value: '10.0.0.0/8', managed: true },
      { scope: 'domain', value: 'cek-bpjs.example' },
    ]);
    expect(eff.settings.blocked).toEqual([
      { scope: 'domain', value: 'judi.example', managed: true },
      { scope: 'host', value: 'iklan.example' },
    ]);
    expect(eff.settings.protectedDomains).toEqual(['rs.example', 'bank-saya.example']);
    expect(eff.managedProtectedDomains).toEqual(['rs.example', 'bank-saya.example']);
    expect(eff.settings.listSources).toEqual([
      {
        id: 'managed:breaches:https://lists.example/b.json',
        kind: 'breaches',
        url: 'https://lists.example/b.json',
        enabled: true,
        managed: true,
      },
    ]);
    expect(eff.locked.size).toBe(0);
  });

  it('an organisation block overrides the person’s trust and pause of the same site', () => {
    const eff = effectiveSettings(person, { blockedSites: [{ scope: 'domain', value: 'cek-bpjs.example' }] });
    expect(eff.settings.trusted).toEqual([{ scope: 'host', value: 'portal.saya.example' }]);
    expect(eff.settings.paused).toEqual([]);
    expect(siteStatus(eff.settings, 'login.cek-bpjs.example')).toBe('blocked');
  });

  it('allowBypass false: no bypass, the person’s trusted and paused sites and switched-off lists set aside and locked', () => {
    const eff = effectiveSettings(
      { ...person, disabledBundledLists: ['blp-phishing'] },
      {
        allowBypass: false,
        trustedPortals: [{ scope: 'domain', value: 'rs.example' }],
      },
    );
    expect(eff.bypassAllowed).toBe(false);
    expect(eff.changesAllowed).toBe(true);
    expect(eff.settings.trusted).toEqual([{ scope: 'domain', value: 'rs.example', managed: true }]);
    expect(eff.settings.paused).toEqual([]);
    expect(eff.settings.blocked).toEqual(person.blocked);
    // Switching a bundled list off is a way past its warnings too.
    expect(eff.settings.disabledBundledLists).toEqual([]);
    expect([...eff.locked].sort()).toEqual(['disabledBundledLists', 'paused', 'trusted']);
  });

  it('allowSettingsChanges false: only organisation values and defaults (the language excepted), all locked', () => {
    const eff = effectiveSettings(person, { allowSettingsChanges: false, mode: 'clinic' });
    expect(eff.changesAllowed).toBe(false);
    expect(eff.settings).toEqual({ ...defaultSettings(), mode: 'clinic', language: 'en' });
    expect(eff.locked.has('language')).toBe(false);
    for (const key of Object.keys(defaultSettings()))
      if (key !== 'language') expect(eff.locked.has(key), key).toBe(true);
    expect(effectiveSettings(person, { allowSettingsChanges: false, language: 'id' }).locked.has('language')).toBe(
      true,
    );
  });

  it('submitCheck: mandatory is "ask" that cannot be turned off; off is off', () => {
    const off = { ...person, submitCheck: 'off' as const };
    const mandatory = effectiveSettings(off, { submitCheck: 'mandatory' });
    expect(mandatory.settings.submitCheck).toBe('ask');
    expect(mandatory.submitCheckMandatory).toBe(true);
    expect(mandatory.locked.has('submitCheck')).toBe(true);
    const ask = effectiveSettings(off, { submitCheck: 'ask' });
    expect(ask.settings.submitCheck).toBe('ask');
    expect(ask.submitCheckMandatory).toBe(false);
    expect(effectiveSettings(person, { submitCheck: 'off' }).settings.submitCheck).toBe('off');
  });

  it('the warning log is off for a patient and on when policy says so', () => {
    expect(effectiveSettings(defaultSettings(), null).settings.warningLog.enabled).toBe(false);
    const eff = effectiveSettings(defaultSettings(), { warningLog: true, logRetentionDays: 200 });
    expect(eff.settings.warningLog).toEqual({ enabled: true, retentionDays: 200 });
    expect(eff.locked.has('warningLog.enabled') && eff.locked.has('warningLog.retentionDays')).toBe(true);
  });

  const policyArb: fc.Arbitrary<ManagedPolicy> = fc
    .record(
      {
        mode: fc.jsonValue(),
        trustedPortals: fc.array(
          fc.oneof(
            fc.domain(),
            fc.domain().map((d) => `*.${d}`),
            fc.ipV4(),
          ),
        ),
        blockedSites: fc.array(
          fc.oneof(
            fc.domain(),
            fc.domain().map((d) => `*.${d}`),
          ),
        ),
        allowBypass: fc.boolean(),
        allowSettingsChanges: fc.boolean(),
        submitCheck: fc.constantFrom('ask', 'mandatory', 'off'),
        warningLog: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    .map((raw) => parseManagedPolicy(raw).policy);

  it('organisation entries are always present, and always win: a managed block is never trusted', () => {
    fc.assert(
      fc.property(policyArb, (policy) => {
        const eff = effectiveSettings(person, policy);
        for (const r of policy.trustedPortals ?? [])
          expect(eff.settings.trusted).toContainEqual({ ...r, managed: true });
        for (const r of policy.blockedSites ?? []) {
          expect(eff.settings.blocked).toContainEqual({ ...r, managed: true });
          expect(eff.settings.trusted.some((t) => !t.managed && t.scope === r.scope && t.value === r.value)).toBe(
            false,
          );
        }
        if (policy.allowBypass === false) expect(eff.settings.trusted.every((t) => t.managed)).toBe(true);
        // What comes out is still valid settings once the organisation marks are taken off.
        const stripped = JSON.parse(JSON.stringify(eff.settings, (k, v: unknown) => (k === 'managed' ? undefined : v)));
        expect(parseSettings(stripped).problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('userSettingsAfterEdit', () => {
  const policy: ManagedPolicy = {
    mode: 'clinic',
    trustedPortals: [{ scope: 'domain', value: 'rs.example' }],
    protectedDomains: ['rs.example'],
    listSources: [{ url: 'https://it.rs.example/rep.json', kind: 'reputation' }],
    warningLog: true,
  };

  it('stores only what the person may change, never organisation entries', () => {
    const eff = effectiveSettings(person, policy);
    const edited: Settings = structuredClone(eff.settings);
    edited.mode = 'patient'; // locked: ignored
    edited.eagerness = 'quiet';
    edited.warningLog = { enabled: false, retentionDays: 10 }; // enabled locked, retention free
    edited.trusted.push({ scope: 'host', value: 'baru.example' });
    const saved = userSettingsAfterEdit(person, edited, eff);
    expect(saved.mode).toBe(person.mode);
    expect(saved.eagerness).toBe('quiet');
    expect(saved.warningLog).toEqual({ enabled: person.warningLog.enabled, retentionDays: 10 });
    expect(saved.trusted).toEqual([...person.trusted, { scope: 'host', value: 'baru.example' }]);
    expect(saved.protectedDomains).toEqual(person.protectedDomains);
    expect(saved.listSources).toEqual(person.listSources);
    expect(parseSettings(saved).problems).toEqual([]);
  });

  it('keeps the person’s own entries that the policy hid, and drops the ones they deleted', () => {
    const eff = effectiveSettings(person, {
      trustedPortals: [{ scope: 'host', value: 'portal.saya.example' }],
      blockedSites: [{ scope: 'domain', value: 'cek-bpjs.example' }],
      protectedDomains: ['bank-saya.example'],
    });
    expect(eff.settings.trusted.filter((r) => !r.managed)).toEqual([]);
    const edited = structuredClone(eff.settings);
    edited.blocked = edited.blocked.filter((r) => r.value !== 'iklan.example'); // deleted by the person
    const saved = userSettingsAfterEdit(person, edited, eff);
    expect(saved.trusted).toEqual(person.trusted);
    expect(saved.paused).toEqual(person.paused);
    expect(saved.protectedDomains).toEqual(person.protectedDomains);
    expect(saved.blocked).toEqual([]);
    // With the policy gone, the person has exactly what they had, less what they deleted.
    expect(effectiveSettings(saved, null).settings).toEqual({ ...person, blocked: [] });
  });

  it('keeps the stored settings whole when changes are not allowed or a list is locked', () => {
    const locked = effectiveSettings(person, { ...policy, allowSettingsChanges: false });
    expect(userSettingsAfterEdit(person, { ...locked.settings, eagerness: 'quiet' }, locked)).toEqual(person);
    const noBypass = effectiveSettings(person, { allowBypass: false });
    const saved = userSettingsAfterEdit(
      person,
      { ...noBypass.settings, trusted: [{ scope: 'host', value: 'x.example' }] },
      noBypass,
    );
    expect(saved.trusted).toEqual(person.trusted);
  });
});

describe('settingsAfterSave', () => {
  // Two clicks close together on the settings page: each save is applied to what is stored when it is written, so
  // neither undoes the other (before, a save merged its key into the settings read when it began, and the later of
  // two overlapping saves wrote back the value the earlier one had just replaced).
  it('keeps both of two saves made one after the other from the same page', () => {
    const start: Settings = { ...defaultSettings(), eagerness: 'eager', mode: 'clinic' };
    const first = settingsAfterSave(start, { eagerness: 'normal' }, null);
    const second = settingsAfterSave(first.settings, { mode: 'patient' }, null);
    expect([second.settings.eagerness, second.settings.mode]).toEqual(['normal', 'patient']);
    expect(first.problems).toEqual([]);
  });

  it('stores nothing the organisation set, and names a bad value without keeping it', () => {
    const policy: ManagedPolicy = { mode: 'clinic', trustedPortals: [{ scope: 'domain', value: 'rs.example' }] };
    const saved = settingsAfterSave(person, { eagerness: 'quiet', mode: 'patient' }, policy);
    expect(saved.settings.eagerness).toBe('quiet');
    expect(saved.settings.mode).toBe(person.mode);
    expect(saved.settings.trusted.some((r) => r.value === 'rs.example')).toBe(false);
    const bad = settingsAfterSave(person, { eagerness: 'loud' as Settings['eagerness'] }, null);
    expect(bad.settings.eagerness).toBe(defaultSettings().eagerness);
    expect(bad.problems.length).toBeGreaterThan(0);
  });

  it('never stores an organisation entry the page sends back without its mark', () => {
    const policy: ManagedPolicy = { trustedPortals: [{ scope: 'domain', value: 'rs.example' }] };
    const shown = effectiveSettings(person, policy).settings.trusted;
    const sent = [
      ...shown.map(({ scope, value }) => ({ scope, value })),
      { scope: 'host' as const, value: 'baru.example' },
    ];
    const saved = settingsAfterSave(person, { trusted: sent }, policy);
    expect(saved.settings.trusted.map((r) => r.value).sort()).toEqual(
      ['baru.example', 'cek-bpjs.example', 'portal.saya.example'].sort(),
    );
  });
});
