// What a list entry may cover (lib/reputation/list-scope.mjs): shared hosts, public bodies and institutions, and
// full addresses on shared hosts matched as host + path prefix.
import { describe, expect, it } from 'vitest';
import sharedHosts from '../../../lib/reputation/data/shared-hosts.json';
import {
  institutionIndex,
  isInstitutionHost,
  matchesUrlPrefix,
  sharedHostIndex,
  sharedHostKind,
  sharedUrlPrefix,
} from '../../../lib/reputation/list-scope.mjs';
import { BUNDLED_PROTECTED_DOMAINS } from '../../../lib/reputation/protected-domains';
import type { SharedHostRow } from '../../../lib/reputation/list-scope.mjs';

const rows = sharedHosts.hosts as SharedHostRow[];
const index = sharedHostIndex({ hosts: rows });
const institutions = institutionIndex(BUNDLED_PROTECTED_DOMAINS);

describe('shared hosts data', () => {
  it('gives every row a kind, a reason and a source, sorted and without duplicates', () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.map((r) => r.host)).toEqual([...new Set(rows.map((r) => r.host))].sort());
    for (const r of rows) {
      expect(['path', 'subdomain', 'parent']).toContain(r.kind);
      expect(r.reason.length).toBeGreaterThan(20);
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('names the big shared hosts the public suffix list lacks', () => {
    for (const h of ['sites.google.com', 'docs.google.com', 'forms.gle', 's.id', 'bit.ly', 'linktr.ee'])
      expect(sharedHostKind(h, index)).toBe('path');
    expect(sharedHostKind('weebly.com', index)).toBe('subdomain');
    expect(sharedHostKind('windows.net', index)).toBe('parent');
    // An owner's own subdomain is not the shared host: entries for it stay.
    expect(sharedHostKind('klinik-palsu.weebly.com', index)).toBeNull();
    expect(sharedHostKind('example.com', index)).toBeNull();
  });
});

describe('public bodies and institutions', () => {
  it.each([
    ['balangankab.go.id', true],
    ['www.balangankab.go.id', true],
    ['elearning.ui.ac.id', true],
    ['sman1.sch.id', true],
    ['tni.mil.id', true],
    ['pcare.bpjs-kesehatan.go.id', true],
    ['www.siloamhospitals.com', true],
    ['allianz.co.id', true],
    ['kemkes.go.id.verifikasi.example', false],
    ['bpjs-kesehatan-verifikasi.com', false],
    ['go.id', false],
    ['example.co.id', false],
  ])('%s → %s', (host, expected) => {
    expect(isInstitutionHost(host, institutions)).toBe(expected);
  });
});

describe('full addresses on shared hosts', () => {
  it('keeps an address on a path host as host + path prefix, nothing else', () => {
    expect(sharedUrlPrefix('https://sites.google.com/view/klaim-bpjs/login?x=1', index)).toBe(
      'sites.google.com/view/klaim-bpjs/login',
    );
    expect(sharedUrlPrefix('https://s.id/bansos2026/', index)).toBe('s.id/bansos2026');
    expect(sharedUrlPrefix('https://sites.google.com/', index)).toBeNull();
    expect(sharedUrlPrefix('https://phish.example/login', index)).toBeNull();
    expect(sharedUrlPrefix('sites.google.com', index)).toBeNull();
  });

  it('matches the address and the pages under it, never a sibling or another host', () => {
    const p = 'sites.google.com/view/klaim-bpjs';
    expect(matchesUrlPrefix('https://sites.google.com/view/klaim-bpjs', p)).toBe(true);
    expect(matchesUrlPrefix('https://sites.google.com/view/klaim-bpjs/', p)).toBe(true);
    expect(matchesUrlPrefix('https://sites.google.com/view/klaim-bpjs/form?a=1', p)).toBe(true);
    expect(matchesUrlPrefix('https://sites.google.com/view/klaim-bpjs-asli', p)).toBe(false);
    expect(matchesUrlPrefix('https://sites.google.com/view/puskesmas-ciputat', p)).toBe(false);
    expect(matchesUrlPrefix('https://docs.google.com/view/klaim-bpjs', p)).toBe(false);
    expect(matchesUrlPrefix('not a url', p)).toBe(false);
  });
});
