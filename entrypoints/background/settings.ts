// The settings in force: the person's own, with what the organisation's policy sets winning over them
// (lib/settings/effective.ts decides; this module reads storage and policy and caches the result).
import { readManagedPolicy, onManagedPolicyChange, onStoredChange } from '../../lib/storage/managed';
import { settingsItem, policyCacheItem } from '../../lib/storage/items';
import { parseManagedPolicy, effectiveSettings, type EffectiveSettings } from '../../lib/settings/managed';
import type { ManagedPolicy, Settings, SiteRule } from '../../lib/settings/types';

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
  /** The organisation's policy as lib/settings read it (null: none), for edits computed at the moment of writing. */
  policy: ManagedPolicy | null;
  /** What lib/settings computed, for functions that take it whole. */
  raw: EffectiveSettings;
}

export function effectiveFor(eff: Effective): EffectiveSettings {
  return eff.raw;
}

let cached: Promise<Effective> | null = null;
const listeners: Array<() => void | Promise<void>> = [];

/** Give a first-ever read this long before going on without policy (it is applied as soon as it arrives). */
const FIRST_POLICY_WAIT_MS = 400;
let policyRead: Promise<Record<string, unknown> | null> | null = null;

function freshPolicy(): Promise<Record<string, unknown> | null> {
  policyRead ??= readManagedPolicy().then(async (policy) => {
    const cached = await policyCacheItem.get();
    if (JSON.stringify(cached?.policy ?? null) !== JSON.stringify(policy)) {
      await policyCacheItem.set({ policy });
      await invalidate();
    }
    return policy;
  });
  return policyRead;
}

async function currentPolicy(): Promise<Record<string, unknown> | null> {
  const cached = await policyCacheItem.get();
  const fresh = freshPolicy();
  if (cached) return cached.policy;
  return Promise.race([fresh, new Promise<null>((done) => setTimeout(() => done(null), FIRST_POLICY_WAIT_MS))]);
}

async function compute(): Promise<Effective> {
  const [user, raw] = await Promise.all([settingsItem.get(), currentPolicy()]);
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
    policy: parsed?.policy ?? null,
    raw: eff,
  };
}

export function effective(): Promise<Effective> {
  cached ??= compute();
  return cached;
}

export function onEffectiveChange(listener: () => void | Promise<void>): void {
  listeners.push(listener);
}

/** Returns when every listener is done, so a saved setting is in force (blocking rules included) on return. */
function invalidate(): Promise<unknown> {
  cached = null;
  return Promise.all(listeners.map((l) => l()));
}

export function watchSettings(): void {
  onManagedPolicyChange(() => {
    policyRead = null;
    void freshPolicy();
  });
  onStoredChange([settingsItem.key], () => void invalidate());
}

/** Changes the person's own stored settings (never the organisation's entries). */
export async function updateSettings(change: (s: Settings) => Settings): Promise<void> {
  await settingsItem.update(change);
  await invalidate();
}
