// Does a rule cover a host, and what do the lists say about a host. A block always wins over trust: whoever
// blocked it (the person or the organisation) was being careful, and a wrong block costs less than a wrong trust.
import type { Settings, SiteRule } from './types';
import { bareHost } from '../site/host-core.mjs';
import { ipv4InCidr, isIpv4 } from './host';

export function ruleMatchesHost(rule: SiteRule, host: string): boolean {
  const h = bareHost(host);
  switch (rule.scope) {
    case 'host':
      return h === rule.value;
    case 'domain':
      return !isIpv4(h) && (h === rule.value || h.endsWith(`.${rule.value}`));
    case 'range':
      return isIpv4(h) && ipv4InCidr(h, rule.value);
  }
}

export function anyRuleMatches(rules: readonly SiteRule[], host: string): boolean {
  return rules.some((rule) => ruleMatchesHost(rule, host));
}

/** What the person's (or the effective) lists say about a host, in the shape lib/risk's PageFacts takes. */
export function siteStatus(
  settings: Pick<Settings, 'trusted' | 'blocked'>,
  host: string,
): 'trusted' | 'blocked' | null {
  if (anyRuleMatches(settings.blocked, host)) return 'blocked';
  if (anyRuleMatches(settings.trusted, host)) return 'trusted';
  return null;
}

/** Checks are paused on this host (never on a blocked one). */
export function isPaused(settings: Pick<Settings, 'paused' | 'blocked'>, host: string): boolean {
  return anyRuleMatches(settings.paused, host) && !anyRuleMatches(settings.blocked, host);
}
