import { describe, expect, it } from 'vitest';
import { normalizeHostName } from '../../../lib/site/host-name';
import { findMatchingRule, matchesRule } from '../../../lib/site/site-rule';

describe('site rules', () => {
  it('domain scope covers the name and every subdomain, nothing else', () => {
    const rule = { scope: 'domain' as const, value: 'kemkes.go.id' };
    expect(matchesRule('kemkes.go.id', rule)).toBe(true);
    expect(matchesRule('sirs.kemkes.go.id', rule)).toBe(true);
    expect(matchesRule('A.B.KEMKES.GO.ID.', rule)).toBe(true);
    expect(matchesRule('notkemkes.go.id', rule)).toBe(false);
    expect(matchesRule('kemkes.go.id.evil.com', rule)).toBe(false);
    expect(matchesRule('go.id', rule)).toBe(false);
  });

  it('host scope is exact', () => {
    const rule = { scope: 'host' as const, value: 'portal.rs.example' };
    expect(matchesRule('portal.rs.example', rule)).toBe(true);
    expect(matchesRule('www.portal.rs.example', rule)).toBe(false);
    expect(matchesRule('rs.example', rule)).toBe(false);
    expect(matchesRule('[::1]', { scope: 'host', value: '::1' })).toBe(true);
  });

  it('range scope matches IPv4 hosts inside the CIDR block', () => {
    const rule = { scope: 'range' as const, value: '10.0.0.0/8' };
    expect(matchesRule('10.9.8.7', rule)).toBe(true);
    expect(matchesRule('11.0.0.1', rule)).toBe(false);
    expect(matchesRule('ten.example', rule)).toBe(false);
  });

  it('finds the first matching rule', () => {
    const rules = [
      { scope: 'host' as const, value: 'a.example' },
      { scope: 'domain' as const, value: 'example' },
    ];
    expect(findMatchingRule('b.example', rules)).toBe(rules[1]);
    expect(findMatchingRule('a.example', rules)).toBe(rules[0]);
    expect(findMatchingRule('other.test', rules)).toBeNull();
  });
});

describe('host-name normalisation', () => {
  it('gives one normal form', () => {
    expect(normalizeHostName(' Portal.RS.Example. ')).toBe('portal.rs.example');
    expect(normalizeHostName('bücher.example')).toBe('xn--bcher-kva.example');
    expect(normalizeHostName('simrs')).toBe('simrs');
    expect(normalizeHostName('10.0.0.1')).toBe('10.0.0.1');
  });

  it('refuses what is not a host', () => {
    for (const bad of ['', 'a..b', 'a b', '1.2.3', '999.1.1.1', '123', 'x'.repeat(64), 'exa$mple.com']) {
      expect(normalizeHostName(bad), bad).toBeNull();
    }
  });
});
