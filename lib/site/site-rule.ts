// Does a person's or administrator's site rule (lib/settings/types.ts SiteRule) cover a host?
import type { SiteRule } from '../settings/types';
import { bareHost, ipv4InCidr } from './ip';

/** `domain`: that name and every subdomain; `host`: exactly that host; `range`: an IPv4 address in the CIDR block. */
export function matchesRule(host: string, rule: SiteRule): boolean {
  const h = bareHost(host);
  const value = bareHost(rule.value);
  if (h === '' || value === '') return false;
  switch (rule.scope) {
    case 'host':
      return h === value;
    case 'domain':
      return h === value || (h.length > value.length && h.endsWith(value) && h[h.length - value.length - 1] === '.');
    case 'range':
      return ipv4InCidr(h, value);
  }
}

/** The first rule that covers the host, or null. */
export function findMatchingRule(host: string, rules: readonly SiteRule[]): SiteRule | null {
  for (const rule of rules) if (matchesRule(host, rule)) return rule;
  return null;
}
