import { describe, expect, it } from 'vitest';
import { buildHashList, loadHashList, lookupHost } from '../../../lib/reputation/hash-list';
import { MAX_REPORTED_ERRORS, parseHostList } from '../../../lib/reputation/host-list';

describe('downloaded list parsing', () => {
  it('reads plain lists, keeping good hosts and reporting bad lines', () => {
    const r = parseHostList(
      ['# Title: phishing', 'Evil.Example', 'evil.example', '*.wild.example', 'not valid', 'x'].join('\n'),
    );
    expect(r.format).toBe('plain');
    expect(r.hosts).toEqual(['evil.example', 'wild.example']);
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [5, 'bad_hosts_line'],
      [6, 'invalid_host'],
    ]);
    expect(r.errorCount).toBe(2);
  });

  it('reads hosts files', () => {
    const r = parseHostList('127.0.0.1 localhost\n0.0.0.0 a.example b.example # ads\n0.0.0.0 0.0.0.0\n');
    expect(r.format).toBe('hosts');
    expect(r.hosts).toEqual(['a.example', 'b.example']);
    expect(r.errorCount).toBe(0);
  });

  it('reads adblock lists and reports the filters it cannot use', () => {
    const r = parseHostList(
      '[Adblock Plus 2.0]\n! comment\n||a.example^\n||b.example^$all\n##.banner\n@@||c.example^\n',
    );
    expect(r.format).toBe('adblock');
    expect(r.hosts).toEqual(['a.example', 'b.example']);
    expect(r.errors.map((e) => e.code)).toEqual(['unsupported_rule', 'exception_rule']);
  });

  it('caps the reported errors but counts them all', () => {
    const text = Array.from({ length: 250 }, (_, i) => `bad host ${i}`).join('\n');
    const r = parseHostList(text, 'plain');
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(r.errorCount).toBe(250);
  });

  it('feeds buildHashList for a list source', () => {
    const r = parseHostList('0.0.0.0 phish.example\n');
    const list = loadHashList(buildHashList(r.hosts.map((host) => ({ host, listId: 'source-1' }))));
    expect(lookupHost(list, 'login.phish.example')).toEqual({ listId: 'source-1', domain: 'phish.example' });
  });
});
