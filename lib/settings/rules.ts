// Site rules: validation, normalisation and the short notation administrators write in policy.
//
// Notation (policy files, and anywhere a rule is shown as one string):
//   sirs.rs-contoh.example   host scope: exactly this host (a bare IPv4 address works the same way)
//   *.rs-contoh.example      domain scope: rs-contoh.example and every name under it
//   10.20.0.0/16             range scope: every IPv4 address in the block
import type { RuleScope, SiteRule } from './types';
import { isDomainScopeOk, isIpv4, normaliseCidr, normaliseHost } from './host';

export const RULE_SCOPES: readonly RuleScope[] = ['domain', 'host', 'range'];

/** Why a rule was refused: the code is for the person's words (components/SettingsWords.ts), the sentence for
 * policy problems and stored-settings reports, which IT staff read in English. */
export const RULE_PROBLEMS = {
  unknown_scope: 'unknown scope',
  not_text: 'value is not text',
  not_host: 'not a host name or IPv4 address',
  not_domain: 'not a domain name',
  public_suffix: 'a public suffix cannot be a domain rule',
  bad_range: 'not an IPv4 range of /8 or narrower',
} as const;
export type RuleProblemCode = keyof typeof RULE_PROBLEMS;

export type RuleResult = { rule: SiteRule } | { code: RuleProblemCode; problem: string };

const refused = (code: RuleProblemCode): RuleResult => ({ code, problem: RULE_PROBLEMS[code] });

/** Validates one scope/value pair and returns it in canonical form (lower case, punycode, network address). */
export function normaliseRule(scope: unknown, value: unknown): RuleResult {
  if (typeof scope !== 'string' || !(RULE_SCOPES as readonly string[]).includes(scope)) {
    return refused('unknown_scope');
  }
  if (typeof value !== 'string') return refused('not_text');
  switch (scope as RuleScope) {
    case 'host': {
      const host = normaliseHost(value);
      return host ? { rule: { scope: 'host', value: host } } : refused('not_host');
    }
    case 'domain': {
      const domain = normaliseHost(value.replace(/^\*\./, ''));
      if (!domain || isIpv4(domain)) return refused('not_domain');
      if (!isDomainScopeOk(domain)) return refused('public_suffix');
      return { rule: { scope: 'domain', value: domain } };
    }
    case 'range': {
      const cidr = normaliseCidr(value);
      return cidr ? { rule: { scope: 'range', value: cidr } } : refused('bad_range');
    }
  }
}

/** Reads the notation above. */
export function parseRuleNotation(text: unknown): RuleResult {
  if (typeof text !== 'string') return refused('not_text');
  const t = text.trim();
  if (t.includes('/')) return normaliseRule('range', t);
  if (t.startsWith('*.')) return normaliseRule('domain', t.slice(2));
  return normaliseRule('host', t);
}

export function formatRule(rule: SiteRule): string {
  return rule.scope === 'domain' ? `*.${rule.value}` : rule.value;
}

export function ruleKey(rule: SiteRule): string {
  return `${rule.scope}:${rule.value}`;
}

export function sameRule(a: SiteRule, b: SiteRule): boolean {
  return a.scope === b.scope && a.value === b.value;
}
