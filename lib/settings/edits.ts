// Edits of the person's own site lists, as pure functions of their stored settings. Every click that trusts,
// blocks, pauses or un-does one of those goes through here, so the rules hold everywhere: a site is never both
// trusted and blocked by the person, and a list never grows past what reading it back keeps (MAX_RULES_PER_LIST).
import type { Settings, SiteRule } from './types';
import type { SettingsError } from './errors';
import { ruleKey, sameRule } from './rules';
import { MAX_RULES_PER_LIST } from './limits';

export type SiteStatusChoice = 'trusted' | 'blocked' | 'none';
export type ListName = 'trusted' | 'blocked' | 'paused';

export type EditResult = { ok: true; settings: Settings } | { ok: false; error: SettingsError };

const plain = ({ scope, value }: SiteRule): SiteRule => ({ scope, value });
const without = (rules: readonly SiteRule[], rule: SiteRule) => rules.filter((r) => !sameRule(r, rule));
const withRule = (rules: readonly SiteRule[], rule: SiteRule) => [...without(rules, rule), plain(rule)];

function fits(settings: Settings): EditResult {
  for (const list of ['trusted', 'blocked', 'paused'] as const) {
    if (settings[list].length > MAX_RULES_PER_LIST) {
      return { ok: false, error: { code: 'too_many_rules', list, limit: MAX_RULES_PER_LIST } };
    }
  }
  return { ok: true, settings };
}

/** Trusted, blocked or neither: trusting un-blocks and blocking un-trusts the same rule. */
export function withSiteStatus(settings: Settings, rule: SiteRule, status: SiteStatusChoice): EditResult {
  return fits({
    ...settings,
    trusted: status === 'trusted' ? withRule(settings.trusted, rule) : without(settings.trusted, rule),
    blocked: status === 'blocked' ? withRule(settings.blocked, rule) : without(settings.blocked, rule),
  });
}

export function withPaused(settings: Settings, rule: SiteRule, paused: boolean): EditResult {
  return fits({ ...settings, paused: paused ? withRule(settings.paused, rule) : without(settings.paused, rule) });
}

/**
 * Adds imported rules to a list, leaving out the ones it already holds. All or nothing: when the result would hold
 * more than reading it back keeps, nothing is added and the error names the limit.
 */
export function withImportedRules(settings: Settings, list: ListName, incoming: readonly SiteRule[]): EditResult {
  const held = settings[list];
  const known = new Set(held.map(ruleKey));
  const added: SiteRule[] = [];
  for (const rule of incoming) {
    if (known.has(ruleKey(rule))) continue;
    known.add(ruleKey(rule));
    added.push(plain(rule));
  }
  return fits({ ...settings, [list]: [...held, ...added] });
}
