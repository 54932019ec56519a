// What the organisation's policy lets the person change: one answer for the background, which refuses, and the
// settings page, which greys out.
import { describe, expect, it } from 'vitest';
import { FREE_UNDER_POLICY, isLocked, lockedChanges, policyRefusal } from '../../../lib/settings/locks';
import { effectiveSettings } from '../../../lib/settings/effective';
import { defaultSettings } from '../../../lib/settings/validate';
import type { ManagedPolicy } from '../../../lib/settings/managed';

const state = (policy: ManagedPolicy) => {
  const eff = effectiveSettings(defaultSettings(), policy);
  return { locked: [...eff.locked].map(String), changesAllowed: eff.changesAllowed, settings: eff.settings };
};

describe('isLocked', () => {
  it('keeps the language free under a policy that manages everything, unless the policy sets it', () => {
    expect(FREE_UNDER_POLICY).toEqual(['language']);
    const all = state({ allowSettingsChanges: false });
    expect(isLocked(all, 'language')).toBe(false);
    expect(isLocked(all, 'mode')).toBe(true);
    expect(isLocked(all, 'warningLog.enabled')).toBe(true);
    expect(isLocked(state({ allowSettingsChanges: false, language: 'id' }), 'language')).toBe(true);
    // The same answer from the shape the settings page gets (no settings, only the flags).
    expect(isLocked({ locked: [], changesAllowed: false }, 'language')).toBe(false);
    expect(isLocked({ locked: [], changesAllowed: false }, 'trusted')).toBe(true);
  });

  it('locks one half of the warning record, or both through its parent', () => {
    const half = state({ logRetentionDays: 90 });
    expect(isLocked(half, 'warningLog.retentionDays')).toBe(true);
    expect(isLocked(half, 'warningLog.enabled')).toBe(false);
    expect(isLocked({ locked: ['warningLog'], changesAllowed: true }, 'warningLog.enabled')).toBe(true);
  });
});

describe('lockedChanges', () => {
  it('refuses a patch that changes a fixed key, and not one that sends it unchanged', () => {
    const s = state({ mode: 'clinic', allowBypass: false });
    expect(lockedChanges(s, { mode: 'patient' })).toEqual([{ code: 'locked', key: 'mode' }]);
    expect(lockedChanges(s, { mode: 'clinic', eagerness: 'eager' })).toEqual([]);
    expect(lockedChanges(s, { disabledBundledLists: ['blp-phishing'] })).toEqual([
      { code: 'locked', key: 'disabledBundledLists' },
    ]);
    expect(lockedChanges(s, { trusted: [{ scope: 'host', value: 'a.example' }] })).toEqual([
      { code: 'locked', key: 'trusted' },
    ]);
  });

  it('compares each half of the warning record on its own', () => {
    const s = state({ logRetentionDays: 90 });
    expect(lockedChanges(s, { warningLog: { enabled: true, retentionDays: 90 } })).toEqual([]);
    expect(lockedChanges(s, { warningLog: { enabled: true, retentionDays: 30 } })).toEqual([
      { code: 'locked', key: 'warningLog.retentionDays' },
    ]);
  });

  it('under a policy that manages everything, answers managed, and lets the language through', () => {
    const s = state({ allowSettingsChanges: false });
    expect(lockedChanges(s, { mode: 'clinic', eagerness: 'eager' })).toEqual([{ code: 'managed' }]);
    expect(lockedChanges(s, { language: 'en' })).toEqual([]);
  });
});

describe('policyRefusal', () => {
  it('with allowBypass false, refuses trusting, pausing and importing into those lists; blocking stays open', () => {
    const s = state({ allowBypass: false });
    expect(policyRefusal(s, { kind: 'siteStatus', status: 'trusted' })).toEqual({ code: 'locked', key: 'trusted' });
    expect(policyRefusal(s, { kind: 'pause' })).toEqual({ code: 'locked', key: 'paused' });
    expect(policyRefusal(s, { kind: 'importList', list: 'trusted' })).toEqual({ code: 'locked', key: 'trusted' });
    expect(policyRefusal(s, { kind: 'importList', list: 'paused' })).toEqual({ code: 'locked', key: 'paused' });
    expect(policyRefusal(s, { kind: 'siteStatus', status: 'blocked' })).toBeNull();
    expect(policyRefusal(s, { kind: 'importList', list: 'blocked' })).toBeNull();
    expect(policyRefusal(s, { kind: 'importBreaches' })).toBeNull();
  });

  it('with everything managed, refuses imports and clearing the record', () => {
    const s = state({ allowSettingsChanges: false });
    for (const list of ['trusted', 'blocked', 'paused'] as const) {
      expect(policyRefusal(s, { kind: 'importList', list })).toEqual({ code: 'managed' });
    }
    expect(policyRefusal(s, { kind: 'importBreaches' })).toEqual({ code: 'managed' });
    expect(policyRefusal(s, { kind: 'clearWarningLog' })).toEqual({ code: 'managed' });
  });

  it('keeps a warning record the organisation turned on, and lets a person clear their own', () => {
    expect(policyRefusal(state({ warningLog: true }), { kind: 'clearWarningLog' })).toEqual({
      code: 'locked',
      key: 'warningLog.enabled',
    });
    expect(policyRefusal(state({}), { kind: 'clearWarningLog' })).toBeNull();
  });
});
