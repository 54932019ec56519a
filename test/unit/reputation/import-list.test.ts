import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_MESSAGES } from '../../../lib/reputation/import-errors';
import { exportSiteList, MAX_IMPORTED_RULES, parseSiteList } from '../../../lib/reputation/import-list';
import { normaliseRule } from '../../../lib/settings/rules';
import type { SiteRule } from '../../../lib/settings/types';

const ok = (text: string, format?: Parameters<typeof parseSiteList>[1]) => {
  const r = parseSiteList(text, format);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const errors = (text: string, format?: Parameters<typeof parseSiteList>[1]) => {
  const r = parseSiteList(text, format);
  if (r.ok) throw new Error('expected errors, got ' + JSON.stringify(r.rules));
  return r.errors;
};

describe('plain lists', () => {
  it('reads one site per line, with comments, wildcards, URLs, addresses and ranges', () => {
    const r = ok(
      [
        '# trusted portals',
        'Kemkes.go.id',
        '',
        '*.bpjs-kesehatan.go.id   # and every subdomain',
        'https://portal.rs-contoh.example/login?x=1',
        '10.0.0.5',
        '192.168.0.0/16',
        'simrs',
        'bücher.example.',
      ].join('\n'),
    );
    expect(r.format).toBe('plain');
    expect(r.rules).toEqual([
      { scope: 'domain', value: 'kemkes.go.id' },
      { scope: 'domain', value: 'bpjs-kesehatan.go.id' },
      { scope: 'domain', value: 'portal.rs-contoh.example' },
      { scope: 'host', value: '10.0.0.5' },
      { scope: 'range', value: '192.168.0.0/16' },
      { scope: 'host', value: 'simrs' },
      { scope: 'domain', value: 'xn--bcher-kva.example' },
    ]);
  });

  it('drops duplicates silently and handles CRLF and a byte-order mark', () => {
    expect(ok('\uFEFFa.example\r\nA.example\r\nb.example\r\n').rules).toEqual([
      { scope: 'domain', value: 'a.example' },
      { scope: 'domain', value: 'b.example' },
    ]);
  });

  it('reports every bad line with its 1-based number and returns no rules', () => {
    const e = errors(['good.example', 'bad..example', 'also good.example', '10.0.0.1/8', 'ok.example'].join('\n'));
    expect(e).toEqual([
      { line: 2, code: 'invalid_host', problem: IMPORT_ERROR_MESSAGES.invalid_host, excerpt: 'bad..example' },
      { line: 3, code: 'invalid_host', problem: IMPORT_ERROR_MESSAGES.invalid_host, excerpt: 'also good.example' },
      { line: 4, code: 'invalid_cidr', problem: IMPORT_ERROR_MESSAGES.invalid_cidr, excerpt: '10.0.0.1/8' },
    ]);
  });

  it('never quotes more than 60 characters of a bad line', () => {
    const long = 'x'.repeat(300) + '!.example';
    const [e] = errors(long);
    expect(e!.excerpt!.length).toBe(60);
    expect(e!.excerpt!.endsWith('…')).toBe(true);
    expect(e!.problem).not.toContain('xxx');
  });
});

describe('hosts files', () => {
  it('reads IP-then-hosts lines as exact hosts and skips the loopback boilerplate', () => {
    const r = ok(
      [
        '# hosts',
        '127.0.0.1 localhost',
        '::1 localhost ip6-localhost',
        '255.255.255.255 broadcasthost',
        '0.0.0.0 ads.example.com tracker.example.net # two on one line',
        '0.0.0.0 0.0.0.0',
      ].join('\n'),
    );
    expect(r.format).toBe('hosts');
    expect(r.rules).toEqual([
      { scope: 'host', value: 'ads.example.com' },
      { scope: 'host', value: 'tracker.example.net' },
    ]);
  });

  it('reports lines that do not start with an address, and bad names', () => {
    expect(errors('0.0.0.0 a.example\njust-a-name.example\n0.0.0.0 bad_host!.example', 'hosts')).toEqual([
      expect.objectContaining({ line: 2, code: 'bad_hosts_line' }),
      expect.objectContaining({ line: 3, code: 'invalid_host' }),
    ]);
  });
});

describe('adblock lists', () => {
  it('reads ||domain^ rules (with document options) as whole domains', () => {
    const r = ok(
      [
        '[Adblock Plus 2.0]',
        '! Title: clinic blocklist',
        '||phish.example^',
        '||scam.example^$document',
        'bare.example',
      ].join('\n'),
    );
    expect(r.format).toBe('adblock');
    expect(r.rules).toEqual([
      { scope: 'domain', value: 'phish.example' },
      { scope: 'domain', value: 'scam.example' },
      { scope: 'domain', value: 'bare.example' },
    ]);
  });

  it('refuses rules that do not name a whole site', () => {
    const e = errors(
      [
        '||ok.example^',
        '@@||allowed.example^',
        '||ads.example/banner.js',
        'example.com##.ad',
        '||x.example^$script',
      ].join('\n'),
    );
    expect(e.map((x) => [x.line, x.code])).toEqual([
      [2, 'exception_rule'],
      [3, 'unsupported_rule'],
      [4, 'unsupported_rule'],
      [5, 'unsupported_rule'],
    ]);
  });
});

describe('CSV', () => {
  it('reads a header with a domain and a scope column, in any order, with quotes and extra columns', () => {
    const r = ok(
      ['note,Scope,domain', 'portal,host,portal.rs.example', '"lab, LAN",range,10.1.0.0/16', ',,kemkes.go.id'].join(
        '\n',
      ),
    );
    expect(r.format).toBe('csv');
    expect(r.rules).toEqual([
      { scope: 'host', value: 'portal.rs.example' },
      { scope: 'range', value: '10.1.0.0/16' },
      { scope: 'domain', value: 'kemkes.go.id' },
    ]);
  });

  it('accepts semicolons (spreadsheets in Indonesian locales)', () => {
    expect(ok('host;scope\na.example;domain', 'csv').rules).toEqual([{ scope: 'domain', value: 'a.example' }]);
  });

  it('reports a missing column, bad scopes, bad values and broken quotes', () => {
    expect(errors('name,comment\na,b', 'csv')).toEqual([expect.objectContaining({ line: 1, code: 'missing_column' })]);
    const e = errors(
      [
        'domain,scope',
        'a.example,everything',
        'b.example,range',
        '"c.example,host',
        'd..example,host',
        '10.0.0.0/8,host',
      ].join('\n'),
    );
    expect(e.map((x) => [x.line, x.code])).toEqual([
      [2, 'invalid_scope'],
      [3, 'invalid_cidr'],
      [4, 'bad_csv_row'],
      [5, 'invalid_host'],
      [6, 'invalid_host'],
    ]);
  });
});

describe('limits', () => {
  it('refuses more than MAX_IMPORTED_RULES rules', () => {
    const lines = Array.from({ length: MAX_IMPORTED_RULES + 1 }, (_, i) => `h${i}.example`);
    const e = errors(lines.join('\n'));
    expect(e).toEqual([expect.objectContaining({ line: MAX_IMPORTED_RULES + 1, code: 'too_many_rules' })]);
  });

  it('accepts an empty list', () => {
    expect(ok('').rules).toEqual([]);
    expect(ok('# nothing yet\n').rules).toEqual([]);
  });
});

describe('export', () => {
  it('writes CSV with a domain,scope header', () => {
    expect(
      exportSiteList([
        { scope: 'domain', value: 'kemkes.go.id' },
        { scope: 'range', value: '10.0.0.0/8' },
      ]),
    ).toBe('domain,scope\nkemkes.go.id,domain\n10.0.0.0/8,range\n');
  });

  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/).filter((l) => !/^\d+$/.test(l));
  const hostName = fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.'));
  const octet = fc.integer({ min: 0, max: 255 });
  const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
  const cidr = fc.tuple(ipv4, fc.integer({ min: 0, max: 32 })).map(([ip, bits]) => {
    const n = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
    const base = bits === 0 ? 0 : n - (n % 2 ** (32 - bits));
    return `${[24, 16, 8, 0].map((s) => Math.floor(base / 2 ** s) % 256).join('.')}/${bits}`;
  });
  // Only rules the settings keep (lib/settings/rules.ts): an import refuses the others.
  const rule: fc.Arbitrary<SiteRule> = fc
    .oneof(
      hostName.map((value) => ({ scope: 'domain' as const, value })),
      fc.oneof(hostName, ipv4).map((value) => ({ scope: 'host' as const, value })),
      ipv4.map((value) => ({ scope: 'domain' as const, value })),
      cidr.map((value) => ({ scope: 'range' as const, value })),
    )
    .filter((r) => JSON.stringify(normaliseRule(r.scope, r.value)) === JSON.stringify({ rule: r }));

  it('round-trips: import(export(rules)) gives back the same rules', () => {
    fc.assert(
      fc.property(fc.uniqueArray(rule, { selector: (r) => `${r.scope} ${r.value}`, maxLength: 30 }), (rules) => {
        const back = parseSiteList(exportSiteList(rules));
        expect(back).toEqual({ ok: true, rules, format: 'csv' });
      }),
      { numRuns: 200 },
    );
  });
});
