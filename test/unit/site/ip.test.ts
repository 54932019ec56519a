import { describe, expect, it } from 'vitest';
import {
  ipv4InCidr,
  isIpHost,
  isLoopback,
  isPrivateAddress,
  parseCidr,
  parseIPv4,
  parseIPv6,
} from '../../../lib/site/ip';

describe('IP addresses', () => {
  it('parses dotted quads strictly', () => {
    expect(parseIPv4('10.0.0.1')).toBe(0x0a000001);
    expect(parseIPv4('255.255.255.255')).toBe(0xffffffff);
    for (const bad of ['256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', 'a.b.c.d', ''])
      expect(parseIPv4(bad), bad).toBeNull();
  });

  it('parses IPv6, compressed, bracketed, with a zone or an embedded IPv4', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('[fe80::1%eth0]')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::ffff:10.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a00, 1]);
    expect(parseIPv6('2001:db8:0:0:0:0:2:1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 2, 1]);
    for (const bad of ['1::2::3', '12345::', 'example.com', '1:2:3:4:5:6:7', ':::'])
      expect(parseIPv6(bad), bad).toBeNull();
  });

  it('tells IP hosts from names', () => {
    for (const h of ['10.0.0.1', '[::1]', '::1', '2001:db8::1', '8.8.8.8.']) expect(isIpHost(h), h).toBe(true);
    for (const h of ['example.com', 'localhost', '10.0.0', 'kemkes.go.id']) expect(isIpHost(h), h).toBe(false);
  });
});

describe('CIDR', () => {
  it('matches addresses inside a block only', () => {
    expect(ipv4InCidr('10.1.2.3', '10.0.0.0/8')).toBe(true);
    expect(ipv4InCidr('11.0.0.0', '10.0.0.0/8')).toBe(false);
    expect(ipv4InCidr('192.168.1.255', '192.168.1.0/24')).toBe(true);
    expect(ipv4InCidr('192.168.2.0', '192.168.1.0/24')).toBe(false);
    expect(ipv4InCidr('1.2.3.4', '0.0.0.0/0')).toBe(true);
    expect(ipv4InCidr('10.0.0.5', '10.0.0.5')).toBe(true);
    expect(ipv4InCidr('10.0.0.6', '10.0.0.5/32')).toBe(false);
  });

  it('refuses malformed blocks and non-addresses', () => {
    expect(parseCidr('10.0.0.1/8')).toBeNull(); // host bits set
    expect(parseCidr('10.0.0.0/33')).toBeNull();
    expect(ipv4InCidr('example.com', '10.0.0.0/8')).toBe(false);
    expect(ipv4InCidr('10.0.0.1', 'nonsense')).toBe(false);
  });
});

describe('private and loopback hosts', () => {
  it.each([
    '10.20.30.40',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.1.1',
    '100.64.0.1',
    '100.127.255.255',
    '127.0.0.1',
    'localhost',
    'simrs.local',
    '[fc00::1]',
    'fd12:3456::1',
    'fe80::1',
    '::1',
    '::ffff:192.168.0.1',
  ])('%s is private', (h) => expect(isPrivateAddress(h)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '192.169.0.1', 'kemkes.go.id', '2001:db8::1', 'local.example.com'])(
    '%s is not private',
    (h) => expect(isPrivateAddress(h)).toBe(false),
  );

  it('knows loopback', () => {
    for (const h of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost', 'app.localhost', '::ffff:127.0.0.1']) {
      expect(isLoopback(h), h).toBe(true);
    }
    for (const h of ['10.0.0.1', '::2', 'localhost.example.com', '128.0.0.1']) expect(isLoopback(h), h).toBe(false);
  });
});
