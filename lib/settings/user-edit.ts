// Saving what the person changed on the settings page, which shows the effective settings (organisation entries
// included). Only keys they may change are taken over, and organisation entries never reach their own store: if the
// policy is later withdrawn, their settings are exactly what they chose. Their own entries that the policy hid (a
// repeat of an organisation entry, a trust the organisation's block overrides) were never shown, so never deleted:
// they are kept.
import type { ListSource, ManagedPolicy, Settings, SiteRule } from './types';
import { effectiveSettings, type EffectiveSettings } from './effective';
import { ruleKey } from './rules';
import { parseSettings } from './validate';

function ownList<T>(stored: T[], edited: T[], shown: T[], key: (x: T) => string, isOrg: (x: T) => boolean): T[] {
  const visible = new Set(shown.filter((x) => !isOrg(x)).map(key));
  const kept = edited.filter((x) => !isOrg(x));
  const keptKeys = new Set(kept.map(key));
  const hidden = stored.filter((x) => !visible.has(key(x)) && !keptKeys.has(key(x)));
  return [...kept, ...hidden];
}

const plainRule = ({ scope, value }: SiteRule): SiteRule => ({ scope, value });
const plainSource = ({ managed: _m, ...source }: ListSource): ListSource => source;

export function userSettingsAfterEdit(stored: Settings, edited: Settings, effective: EffectiveSettings): Settings {
  if (!effective.changesAllowed) return structuredClone(stored);
  const { locked, settings: shown } = effective;
  const free = (key: string) => !locked.has(key);
  const org = new Set(effective.managedProtectedDomains);
  // An organisation entry is known by its key as well as its flag: an edited list that went through validation
  // (which keeps no flags) still names the organisation's entries, and they must not become the person's own.
  const orgRule = (key: 'trusted' | 'blocked' | 'paused') => {
    const keys = new Set(shown[key].filter((r) => r.managed === true).map(ruleKey));
    return (r: SiteRule) => r.managed === true || keys.has(ruleKey(r));
  };
  const orgSources = new Set(shown.listSources.filter((s) => s.managed === true).map((s) => s.url));
  const rules = (key: 'trusted' | 'blocked' | 'paused'): SiteRule[] =>
    (free(key) ? ownList(stored[key], edited[key], shown[key], ruleKey, orgRule(key)) : stored[key]).map(plainRule);
  const halfLocked = (half: 'enabled' | 'retentionDays') => !free('warningLog') || !free(`warningLog.${half}`);
  return {
    mode: free('mode') ? edited.mode : stored.mode,
    eagerness: free('eagerness') ? edited.eagerness : stored.eagerness,
    language: free('language') ? edited.language : stored.language,
    trusted: rules('trusted'),
    blocked: rules('blocked'),
    paused: rules('paused'),
    protectedDomains: free('protectedDomains')
      ? ownList(
          stored.protectedDomains,
          edited.protectedDomains,
          shown.protectedDomains,
          (d) => d,
          (d) => org.has(d),
        )
      : [...stored.protectedDomains],
    listSources: (free('listSources')
      ? ownList(
          stored.listSources,
          edited.listSources,
          shown.listSources,
          (s) => s.url,
          (s) => s.managed === true || orgSources.has(s.url),
        )
      : stored.listSources
    ).map(plainSource),
    disabledBundledLists: [...(free('disabledBundledLists') ? edited : stored).disabledBundledLists],
    submitCheck: free('submitCheck') ? edited.submitCheck : stored.submitCheck,
    warningLog: {
      enabled: halfLocked('enabled') ? stored.warningLog.enabled : edited.warningLog.enabled,
      retentionDays: halfLocked('retentionDays') ? stored.warningLog.retentionDays : edited.warningLog.retentionDays,
    },
  };
}

/**
 * The person's stored settings after they saved `patch` (the keys they changed) on the settings page. Computed from
 * the settings stored at the moment of writing, not from the page's or an earlier read: two saves close together
 * (two clicks) each keep the other's change instead of the later one writing back what the earlier replaced.
 */
export function settingsAfterSave(
  stored: Settings,
  patch: Partial<Settings>,
  policy: ManagedPolicy | null,
): { settings: Settings; problems: string[] } {
  const shown = effectiveSettings(stored, policy);
  // Validated whole (a value is checked against the others), but only the keys the person changed are taken from
  // the result: the rest stay as shown, the organisation's entries still marked as theirs.
  const { settings: parsed, problems } = parseSettings({ ...shown.settings, ...patch });
  const edited: Settings = { ...shown.settings };
  for (const key of Object.keys(patch) as Array<keyof Settings>) {
    if (key in parsed) (edited as Record<keyof Settings, unknown>)[key] = parsed[key];
  }
  return { settings: userSettingsAfterEdit(stored, edited, shown), problems };
}
