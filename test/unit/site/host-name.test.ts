import { describe, expect, it } from 'vitest';
import { normalizeHostName } from '../../../lib/site/host-name';
import { bareHost, dnsName } from '../../../lib/site/host-core.mjs';
import { normalizeListHost } from '../../../lib/reputation/hash-list-core.mjs';

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

describe('the one host clean-up', () => {
  it('trims, lower-cases, drops IPv6 brackets and one trailing dot', () => {
    expect(bareHost(' Portal.RS.Example. ')).toBe('portal.rs.example');
    expect(bareHost('[::1]')).toBe('::1');
    expect(bareHost('APP.LOCALHOST.')).toBe('app.localhost');
    expect(bareHost('\u00a0Ü.example\u2003')).toBe('ü.example');
    expect(bareHost('plain.example')).toBe('plain.example');
  });

  it('list entries and typed names share one syntax: a `*.` wildcard names the domain, two labels at least', () => {
    for (const [raw, want] of [
      ['*.Kemkes.GO.id.', 'kemkes.go.id'],
      ['bücher.example', 'xn--bcher-kva.example'],
      ['010.1.1.1', '010.1.1.1'],
      ['simrs', null],
      ['*.', null],
      ['a.com..', null],
      ['1.2.3', null],
    ] as const) {
      expect(dnsName(raw, 2), raw).toBe(want);
      expect(normalizeListHost(raw), raw).toBe(want);
    }
    expect(normalizeHostName('*.kemkes.go.id')).toBe('kemkes.go.id');
  });
});
