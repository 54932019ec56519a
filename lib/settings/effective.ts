// The settings Jaga Data actually works with: the person's own, with the organisation's policy on top.
//
// - A value the policy sets wins and is locked (the UI shows it as set by the organisation).
// - Lists are merged: the organisation's entries come first, are marked `managed: true` and cannot be removed; the
//   person may still add their own. A person's entry that repeats or contradicts an organisation entry is dropped.
// - `allowBypass: false` sets aside the person's own trusted and paused sites and the bundled lists they switched
//   off, and locks those three: trusting or pausing a site, or switching a list off, is a way past the warnings
//   the administrator wanted to keep. (The organisation's own list sources are always on; see mergeSources.)
// - `allowSettingsChanges: false` sets aside everything the person chose except FREE_UNDER_POLICY (the display
//   language), and locks every other key: what the administrator wrote is exactly what runs.
// - With no policy (or an empty one) the person's settings come back unchanged.
import type { ListSource, ManagedPolicy, Settings, SiteRule } from './types';
import { defaultSettings } from './validate';
import { ruleKey } from './rules';
import { FREE_UNDER_POLICY } from './locks';

export interface EffectiveSettings {
  settings: Settings;
  /** Settings keys the person cannot change; `warningLog.enabled` / `warningLog.retentionDays` lock one half. */
  locked: Set<keyof Settings | string>;
  /** Warnings and the danger page may offer a way through ("send once", "continue to the site"). */
  bypassAllowed: boolean;
  /** The settings page may change anything not in `locked`. */
  changesAllowed: boolean;
  /** The pre-submit check cannot be turned off, and "send once" still needs a confirmation. */
  submitCheckMandatory: boolean;
  /** Protected domains that came from policy (the list itself is plain strings). */
  managedProtectedDomains: string[];
}

const ALL_KEYS: readonly (keyof Settings)[] = Object.keys(defaultSettings()) as (keyof Settings)[];

function mergeRules(managed: SiteRule[] | undefined, own: SiteRule[], exclude: Set<string>): SiteRule[] {
  const org = (managed ?? []).map((rule): SiteRule => ({ scope: rule.scope, value: rule.value, managed: true }));
  const taken = new Set([...org.map(ruleKey), ...exclude]);
  return [...org, ...own.filter((rule) => !taken.has(ruleKey(rule))).map(({ scope, value }) => ({ scope, value }))];
}

function mergeSources(policy: ManagedPolicy, own: ListSource[]): ListSource[] {
  const org = (policy.listSources ?? []).map((s): ListSource => ({
    id: `managed:${s.kind}:${s.url}`,
    kind: s.kind,
    url: s.url,
    enabled: true,
    managed: true,
  }));
  const urls = new Set(org.map((s) => s.url));
  return [...org, ...own.filter((s) => !urls.has(s.url)).map(({ managed: _m, ...s }) => s)];
}

/** Defaults, with the person's own value for each key they keep under a policy that manages everything else. */
function keepFree(user: Settings): Settings {
  const own = defaultSettings();
  for (const key of FREE_UNDER_POLICY) Object.assign(own, { [key]: structuredClone(user[key]) });
  return own;
}

export function effectiveSettings(user: Settings, policy: ManagedPolicy | null): EffectiveSettings {
  const p = policy ?? {};
  const changesAllowed = p.allowSettingsChanges ?? true;
  const bypassAllowed = p.allowBypass ?? true;
  const locked = new Set<keyof Settings | string>();
  const own: Settings = changesAllowed ? structuredClone(user) : keepFree(user);
  if (!bypassAllowed) {
    own.trusted = [];
    own.paused = [];
    own.disabledBundledLists = [];
    locked.add('trusted').add('paused').add('disabledBundledLists');
  }

  const settings: Settings = { ...own, warningLog: { ...own.warningLog } };
  if (p.mode !== undefined) settings.mode = p.mode;
  if (p.eagerness !== undefined) settings.eagerness = p.eagerness;
  if (p.language !== undefined) settings.language = p.language;
  if (p.submitCheck !== undefined) settings.submitCheck = p.submitCheck === 'off' ? 'off' : 'ask';
  for (const key of ['mode', 'eagerness', 'language', 'submitCheck'] as const) {
    if (p[key] !== undefined) locked.add(key);
  }
  if (p.warningLog !== undefined) {
    settings.warningLog.enabled = p.warningLog;
    locked.add('warningLog.enabled');
  }
  if (p.logRetentionDays !== undefined) {
    settings.warningLog.retentionDays = p.logRetentionDays;
    locked.add('warningLog.retentionDays');
  }

  // A person's trust or pause written exactly like an organisation block is set aside; wider overlaps need nothing
  // here because a block always wins when a host is matched (lib/settings/match.ts).
  const blockedKeys = new Set((p.blockedSites ?? []).map(ruleKey));
  settings.blocked = mergeRules(p.blockedSites, own.blocked, new Set());
  settings.trusted = mergeRules(p.trustedPortals, own.trusted, blockedKeys);
  settings.paused = own.paused
    .filter((rule) => !blockedKeys.has(ruleKey(rule)))
    .map(({ scope, value }) => ({ scope, value }));
  const managedProtectedDomains = [...new Set(p.protectedDomains ?? [])];
  settings.protectedDomains = [...new Set([...managedProtectedDomains, ...own.protectedDomains])];
  settings.listSources = mergeSources(p, own.listSources);

  if (!changesAllowed) {
    // Free keys the policy sets were locked above.
    for (const key of ALL_KEYS) if (!FREE_UNDER_POLICY.includes(key)) locked.add(key);
  }
  return {
    settings,
    locked,
    bypassAllowed,
    changesAllowed,
    submitCheckMandatory: p.submitCheck === 'mandatory',
    managedProtectedDomains,
  };
}
