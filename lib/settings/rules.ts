// Site rules: validation, normalisation and the short notation administrators write in policy.
//
// Notation (policy files, and anywhere a rule is shown as one string):
//   sirs.rs-contoh.example   host scope: exactly this host (a bare IPv4 address works the same way)
//   *.rs-contoh.example      domain scope: rs-contoh.example and every name under it
//   10.20.0.0/16             range scope: every IPv4 address in the block
import type { RuleScope, SiteRule } from './types';
import { isDomainScopeOk, isIpv4, normaliseCidr, normaliseHost } from './host';

export const RULE_SCOPES: readonly RuleScope[] = ['domain', 'host', 'range'];

export type RuleResult = { rule: SiteRule } | { problem: string };

/** Validates one scope/value pair and returns it in canonical form (lower case, punycode, network address). */
export function normaliseRule(scope: unknown, value: unknown): RuleResult {
  if (typeof scope !== 'string' || !(RULE_SCOPES as readonly string[]).includes(scope)) {
    return { problem: 'unknown scope' };
  }
  if (typeof value !== 'string') return { problem: 'value is not text' };
  switch (scope as RuleScope) {
    case 'host': {
      const host = normaliseHost(value);
      return host ? { rule: { scope: 'host', value: host } } : { problem: 'not a host name or IPv4 address' };
    }
    case 'domain': {
      const domain = normaliseHost(value.replace(/^\*\./, ''));
      if (!domain || isIpv4(domain)) return { problem: 'not a domain name' };
      if (!isDomainScopeOk(domain)) return { problem: 'a public suffix cannot be a domain rule' };
      return { rule: { scope: 'domain', value: domain } };
    }
    case 'range': {
      const cidr = normaliseCidr(value);
      return cidr ? { rule: { scope: 'range', value: cidr } } : { problem: 'not an IPv4 range of /8 or narrower' };
    }
  }
}

/** Reads the notation above. */
export function parseRuleNotation(text: unknown): RuleResult {
  if (typeof text !== 'string') return { problem: 'not text' };
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
