// The person's settings, and what an administrator may set through browser policy (lib/settings/managed.ts).

/** Patients get gentle, explained warnings; clinic staff work on trusted portals all day and get quieter ones. */
export type Mode = 'patient' | 'clinic';

/** How eager warnings are: `quiet` shows only danger; `normal` danger and caution; `eager` also a short note
 * on sensitive fields of sites with nothing wrong. */
export type Eagerness = 'quiet' | 'normal' | 'eager';

export type LanguagePref = 'auto' | 'id' | 'en';

/** A site rule: `domain` matches that name and everything under it (trusting `kemkes.go.id` trusts
 * `sirs.kemkes.go.id`); `host` matches one host exactly; `range` is an IPv4 CIDR block (`10.0.0.0/8`). */
export type RuleScope = 'domain' | 'host' | 'range';

export interface SiteRule {
  scope: RuleScope;
  value: string;
  /** Set by the organisation through browser policy (lib/settings/effective.ts): the UI shows it as such and
   * offers no way to remove it. Never stored with the person's own settings (parseSettings drops it). */
  managed?: true;
}

export type ListKind = 'reputation' | 'breaches';

/** A list downloaded whole from a URL the person or administrator chose. Off until someone turns it on. */
export interface ListSource {
  id: string;
  kind: ListKind;
  url: string;
  enabled: boolean;
  /** Set by the organisation through browser policy; as for SiteRule. */
  managed?: true;
}

/** Pre-submit check: `ask` stops risky submissions of sensitive data and asks; `off` never stops. */
export type SubmitCheck = 'ask' | 'off';

export interface WarningLogSettings {
  enabled: boolean;
  retentionDays: number;
}

export interface Settings {
  mode: Mode;
  eagerness: Eagerness;
  language: LanguagePref;
  trusted: SiteRule[];
  blocked: SiteRule[];
  paused: SiteRule[];
  /** Extra domains to protect against lookalikes, beyond the bundled list. */
  protectedDomains: string[];
  listSources: ListSource[];
  /** Bundled reputation lists that are switched off (all are on by default). */
  disabledBundledLists: string[];
  submitCheck: SubmitCheck;
  warningLog: WarningLogSettings;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: 'patient',
  eagerness: 'normal',
  language: 'auto',
  trusted: [],
  blocked: [],
  paused: [],
  protectedDomains: [],
  listSources: [],
  disabledBundledLists: [],
  submitCheck: 'ask',
  warningLog: { enabled: false, retentionDays: 30 },
});

// What an administrator may set through browser policy, already parsed (lib/settings/managed.ts reads it; here so
// that lib/settings/effective.ts can take it without importing the parser, which re-exports effective).
/** `mandatory`: the pre-submit check cannot be turned off, and "send once" still asks for a confirmation. */
export type ManagedSubmitCheck = 'ask' | 'mandatory' | 'off';

export interface ManagedListSource {
  url: string;
  kind: ListKind;
}

export interface ManagedPolicy {
  mode?: Mode;
  /** Written as `host`, `*.domain` or `a.b.c.d/n` (lib/settings/rules.ts); kept here already parsed. */
  trustedPortals?: SiteRule[];
  blockedSites?: SiteRule[];
  protectedDomains?: string[];
  listSources?: ManagedListSource[];
  /** false: warnings and the danger page offer no way through, and the person cannot trust or pause sites. */
  allowBypass?: boolean;
  /** false: the person's own settings are set aside (their language excepted) and nothing can be changed. */
  allowSettingsChanges?: boolean;
  warningLog?: boolean;
  logRetentionDays?: number;
  submitCheck?: ManagedSubmitCheck;
  eagerness?: Eagerness;
  language?: LanguagePref;
}
