// The settings in force: the person's own, with what the organisation's policy sets winning over them
// (lib/settings/effective.ts decides; this module reads storage and policy and caches the result).
import { readManagedPolicy, onManagedPolicyChange, onStoredChange } from '../../lib/storage/managed';
import { settingsItem } from '../../lib/storage/items';
import { parseManagedPolicy, effectiveSettings } from '../../lib/settings/managed';
import type { Settings, SiteRule } from '../../lib/settings/types';

export interface Effective {
  settings: Settings;
  locked: string[];
  managed: { trusted: SiteRule[]; blocked: SiteRule[]; protectedDomains: string[] };
  bypassAllowed: boolean;
  changesAllowed: boolean;
  submitCheckMandatory: boolean;
  /** Problems found in the organisation's policy (shown on the settings page for the IT person). */
  policyProblems: string[];
  hasPolicy: boolean;
}

let cached: Promise<Effective> | null = null;
const listeners: Array<() => void> = [];

async function compute(): Promise<Effective> {
  const [user, raw] = await Promise.all([settingsItem.get(), readManagedPolicy()]);
  const parsed = raw ? parseManagedPolicy(raw) : null;
  const eff = effectiveSettings(user, parsed?.policy ?? null);
  return {
    settings: eff.settings,
    locked: [...eff.locked].map(String),
    managed: {
      trusted: eff.settings.trusted.filter((r) => r.managed),
      blocked: eff.settings.blocked.filter((r) => r.managed),
      protectedDomains: eff.managedProtectedDomains,
    },
    bypassAllowed: eff.bypassAllowed,
    changesAllowed: eff.changesAllowed,
    submitCheckMandatory: eff.submitCheckMandatory,
    policyProblems: parsed?.problems ?? [],
    hasPolicy: raw !== null,
  };
}

export function effective(): Promise<Effective> {
  cached ??= compute();
  return cached;
}

export function onEffectiveChange(listener: () => void): void {
  listeners.push(listener);
}

function invalidate(): void {
  cached = null;
  for (const l of listeners) l();
}

export function watchSettings(): void {
  onManagedPolicyChange(invalidate);
  onStoredChange([settingsItem.key], invalidate);
}

/** Changes the person's own stored settings (never the organisation's entries). */
export async function updateSettings(change: (s: Settings) => Settings): Promise<void> {
  await settingsItem.update(change);
  invalidate();
}
