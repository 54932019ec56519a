import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ipv4InCidr, isIpv4, normaliseCidr, normaliseHost } from '../../../lib/settings/host';
import { formatRule, normaliseRule, parseRuleNotation } from '../../../lib/settings/rules';
import { isPaused, ruleMatchesHost, siteStatus } from '../../../lib/settings/match';
import type { SiteRule } from '../../../lib/settings/types';

describe('normaliseHost', () => {
  it.each([
    ['SIRS.RS-Contoh.Example.', 'sirs.rs-contoh.example'],
    ['  simrs  ', 'simrs'],
    ['10.20.1.5', '10.20.1.5'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%s → %s', (input, out) => {
    expect(normaliseHost(input)).toBe(out);
  });

  it.each([
    'https://sirs.rs.example/',
    'sirs.rs.example/login',
    'user@rs.example',
    'rs.example:8080',
    '*.rs.example',
    '-bad.example',
    'a..b',
    '1.2.3',
    '256.1.1.1',
    '010.1.1.1',
    '',
    'a b.example',
  ])('refuses %j', (input) => {
    expect(normaliseHost(input)).toBeNull();
  });
});

describe('IPv4 ranges', () => {
  it('clears host bits and refuses ranges wider than /8', () => {
    expect(normaliseCidr('10.20.30.40/16')).toBe('10.20.0.0/16');
    expect(normaliseCidr('192.168.1.7/32')).toBe('192.168.1.7/32');
    expect(normaliseCidr('0.0.0.0/0')).toBeNull();
    expect(normaliseCidr('10.0.0.0/7')).toBeNull();
    expect(normaliseCidr('10.0.0.0/33')).toBeNull();
    expect(normaliseCidr('10.0.0/8')).toBeNull();
  });

  it('matches addresses inside the block only', () => {
    expect(ipv4InCidr('10.20.255.1', '10.20.0.0/16')).toBe(true);
    expect(ipv4InCidr('10.21.0.1', '10.20.0.0/16')).toBe(false);
    expect(ipv4InCidr('sirs.example', '10.20.0.0/16')).toBe(false);
  });

  it('agrees with a bitwise reference for random addresses and prefixes', () => {
    const toInt = (ip: string) => ip.split('.').reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0);
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV4(), fc.integer({ min: 8, max: 32 }), (ip, net, prefix) => {
        const cidr = normaliseCidr(`${net}/${prefix}`);
        expect(cidr).not.toBeNull();
        const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
        expect(ipv4InCidr(ip, cidr!)).toBe((toInt(ip) & mask) >>> 0 === (toInt(net) & mask) >>> 0);
      }),
    );
  });

  it('isIpv4 accepts every generated address', () => {
    fc.assert(fc.property(fc.ipV4(), (ip) => isIpv4(ip)));
  });
});

describe('rules', () => {
  it('reads the policy notation', () => {
    expect(parseRuleNotation('sirs.rs-contoh.example')).toEqual({
      rule: { scope: 'host', value: 'sirs.rs-contoh.example' },
    });
    expect(parseRuleNotation('*.RS-contoh.example')).toEqual({ rule: { scope: 'domain', value: 'rs-contoh.example' } });
    expect(parseRuleNotation('10.20.0.0/16')).toEqual({ rule: { scope: 'range', value: '10.20.0.0/16' } });
    expect(parseRuleNotation('10.20.1.5')).toEqual({ rule: { scope: 'host', value: '10.20.1.5' } });
  });

  it('refuses public suffixes, private ones included, as domain rules', () => {
    for (const suffix of ['go.id', 'co.id', 'com', 'github.io', 'local']) {
      expect(normaliseRule('domain', suffix)).toHaveProperty('problem');
    }
    expect(normaliseRule('domain', 'kemkes.go.id')).toEqual({ rule: { scope: 'domain', value: 'kemkes.go.id' } });
  });

  it('refuses an IP address as a domain and an unknown scope', () => {
    expect(normaliseRule('domain', '10.0.0.1')).toHaveProperty('problem');
    expect(normaliseRule('registrable', 'rs.example')).toHaveProperty('problem');
    expect(normaliseRule('host', 42)).toHaveProperty('problem');
  });

  it('formats back to the same notation', () => {
    fc.assert(
      fc.property(fc.oneof(fc.domain(), fc.ipV4()), fc.boolean(), (name, wildcard) => {
        const result = parseRuleNotation(wildcard ? `*.${name}` : name);
        if ('rule' in result) expect(parseRuleNotation(formatRule(result.rule))).toEqual(result);
      }),
    );
  });
});

describe('matching', () => {
  const rule = (scope: SiteRule['scope'], value: string): SiteRule => ({ scope, value });

  it('host, domain and range scopes', () => {
    expect(ruleMatchesHost(rule('host', 'sirs.rs.example'), 'SIRS.rs.example.')).toBe(true);
    expect(ruleMatchesHost(rule('host', 'sirs.rs.example'), 'x.sirs.rs.example')).toBe(false);
    expect(ruleMatchesHost(rule('domain', 'rs.example'), 'rs.example')).toBe(true);
    expect(ruleMatchesHost(rule('domain', 'rs.example'), 'lab.sirs.rs.example')).toBe(true);
    expect(ruleMatchesHost(rule('domain', 'rs.example'), 'evilrs.example')).toBe(false);
    expect(ruleMatchesHost(rule('range', '10.20.0.0/16'), '10.20.3.4')).toBe(true);
    expect(ruleMatchesHost(rule('range', '10.20.0.0/16'), '10.2.3.4')).toBe(false);
  });

  it('a block wins over trust, and a blocked site is never paused', () => {
    const lists = {
      trusted: [rule('domain', 'rs.example')],
      blocked: [rule('host', 'bad.rs.example')],
      paused: [rule('domain', 'rs.example')],
    };
    expect(siteStatus(lists, 'sirs.rs.example')).toBe('trusted');
    expect(siteStatus(lists, 'bad.rs.example')).toBe('blocked');
    expect(siteStatus(lists, 'other.example')).toBeNull();
    expect(isPaused(lists, 'sirs.rs.example')).toBe(true);
    expect(isPaused(lists, 'bad.rs.example')).toBe(false);
  });
});
