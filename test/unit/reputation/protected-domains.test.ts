import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import derived from '../../../lib/reputation/data/protected-domains.json';
import { BUNDLED_PROTECTED_DOMAINS, PROTECTED_CATEGORIES } from '../../../lib/reputation/protected-domains';
import {
  buildProtectedDomains,
  defaultSharedDataDir,
  EVIDENCE_KINDS,
  readCsv,
  SEED,
  validateCuratedRows,
} from '../../../scripts/data/protected-domains.mjs';

const csvText = readFileSync(resolve(__dirname, '../../../data/protected-domains.csv'), 'utf8');
const rows = readCsv(csvText) as Array<Record<string, string>>;

describe('curated protected domains (data/protected-domains.csv)', () => {
  it('has the columns domain, owner, category, evidence, names, evidence_kind', () => {
    expect(csvText.split('\n')[0]).toBe('domain,owner,category,evidence,names,evidence_kind');
  });

  it("passes the build's row check: registrable domain, owner, a source, a known kind of evidence", () => {
    expect(() => validateCuratedRows(rows)).not.toThrow();
  });

  describe("the build's row check rejects", () => {
    const header = 'domain,owner,category,evidence,names,evidence_kind\n';
    const good = 'kemkes.go.id,Kementerian Kesehatan,health-gov,https://kemkes.go.id/ (own page),,own-site\n';
    const check = (line: string) => () => validateCuratedRows(readCsv(header + good + line));

    it('a row without a source', () => {
      expect(check('bssn.go.id,BSSN,gov,seen on its homepage,,own-site')).toThrow(/row 2 \(bssn\.go\.id\): no source/);
      expect(check('bssn.go.id,BSSN,gov,,,own-site')).toThrow(/no source/);
    });

    it('a domain that does not parse as registrable', () => {
      for (const d of ['go.id', 'co.id', 'localhost', 'not a domain', ''])
        expect(check(`${d},Someone,gov,https://example.org/x,,secondary`), d).toThrow(/not a registrable domain/);
    });

    it('a row without an owner or with an unknown kind of evidence', () => {
      expect(check('bssn.go.id,,gov,https://bssn.go.id/,,own-site')).toThrow(/no owner/);
      expect(check('bssn.go.id,BSSN,gov,https://bssn.go.id/,,trust-me')).toThrow(/evidence_kind/);
    });

    it('and accepts a host row through its parent and a repository reference as a source', () => {
      expect(
        check('satusehat.kemkes.go.id,SATUSEHAT,health-gov,repo owner/name @abc file.md,,registry-copy'),
      ).not.toThrow();
    });
  });

  it('says "own-site" only when a cited page is on the domain itself', () => {
    for (const r of rows) {
      expect(EVIDENCE_KINDS, r.domain).toContain(r.evidence_kind);
      // A host row counts as registrable through its parent (satusehat.kemkes.go.id -> kemkes.go.id).
      expect(getDomain(r.domain!, { allowPrivateDomains: false }), r.domain).toBeTruthy();
      if (r.evidence_kind === 'own-site') {
        const hosts = [...r.evidence!.matchAll(/https?:\/\/([^/\s)'",]+)/g)].map((m) => m[1]!.toLowerCase());
        expect(
          hosts.some((h) => h === r.domain || h.endsWith(`.${r.domain}`)),
          `${r.domain}: ${hosts.join(' ')}`,
        ).toBe(true);
      }
    }
  });

  it('gives every row an owner, a known category and checkable evidence (a URL or a document)', () => {
    for (const r of rows) {
      expect(r.owner!.length, r.domain).toBeGreaterThan(2);
      expect(PROTECTED_CATEGORIES as readonly string[]).toContain(r.category);
      expect(r.evidence, r.domain).toMatch(/https?:\/\/\S+|\brepo\s+\S+\/\S+/);
    }
  });

  it('lists each host once', () => {
    const hosts = rows.map((r) => r.domain!.toLowerCase());
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});

describe('derived protected domains (lib/reputation/data/protected-domains.json)', () => {
  it('protects at least 345 domains', () => {
    expect(BUNDLED_PROTECTED_DOMAINS.length).toBeGreaterThanOrEqual(345);
    expect(derived.count).toBe(BUNDLED_PROTECTED_DOMAINS.length);
  });

  it('holds unique, valid registrable domains (public suffix list via tldts)', () => {
    const domains = BUNDLED_PROTECTED_DOMAINS.map((p) => p.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(getDomain(d, { allowPrivateDomains: false }), d).toBe(d);
    expect([...domains].sort()).toEqual(domains);
  });

  it('gives owners, known categories and well-formed other names', () => {
    for (const p of BUNDLED_PROTECTED_DOMAINS) {
      expect(p.owner.length, p.domain).toBeGreaterThan(2);
      expect(PROTECTED_CATEGORIES).toContain(p.category);
      for (const n of p.names ?? []) expect(n, p.domain).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('gives every bundled domain a curated row with evidence, except two seed rows no page has settled yet', () => {
    // The seed list names domains seen in code, not a checked source; a seed domain is only trusted once a curated
    // row cites a page for it. cekrekening.id and pedulilindungi.id are still only in press (research log, round 9).
    const curated = new Set(rows.map((r) => getDomain(r.domain!, { allowPrivateDomains: false })));
    const uncited = BUNDLED_PROTECTED_DOMAINS.map((p) => p.domain).filter((d) => !curated.has(d));
    expect(uncited.sort()).toEqual(['cekrekening.id', 'pedulilindungi.id']);
  });

  it('covers the kinds of site the issue names', () => {
    const by = (c: string) => BUNDLED_PROTECTED_DOMAINS.filter((p) => p.category === c).length;
    // Floors are what the file holds today (issue 17 asks for 40 hospitals, 8 labs, 10 telemedicine and pharmacy
    // platforms, all 38 provinces); they may only go up. Only sites whose own pages could be confirmed are listed,
    // see docs/research/protected-domains-health.md.
    expect(by('hospital-public') + by('hospital-private')).toBeGreaterThanOrEqual(43);
    for (const d of [
      'rscm.co.id',
      'sardjito.co.id',
      'rshs.or.id',
      'dharmais.co.id',
      'siloamhospitals.com',
      'ekahospital.com',
      'rsupkandou.com',
      'rsmmbogor.com',
    ]) {
      expect(
        BUNDLED_PROTECTED_DOMAINS.some((p) => p.domain === d),
        d,
      ).toBe(true);
    }
    expect(by('insurer')).toBeGreaterThanOrEqual(25);
    expect(by('health-app')).toBeGreaterThanOrEqual(10);
    // Laboratories have their own category since round four (Prodia, Parahita and GSI Lab left health-service);
    // round seven added the Ministry of Health's own laboratories (BBLK, Labkesmas).
    expect(by('lab')).toBeGreaterThanOrEqual(9);
    expect(by('health-service')).toBeGreaterThanOrEqual(4);
    expect(by('gov') + by('gov-report')).toBeGreaterThanOrEqual(244);
    expect(by('social-insurer')).toBeGreaterThanOrEqual(3);
    expect(by('health-insurer')).toBeGreaterThanOrEqual(2);
    // Provincial governments: all 38 since round eight (most use <name>prov.go.id; Jakarta, Riau, Kalteng, Papua,
    // Papua Selatan and Papua Pegunungan do not).
    const provinces = BUNDLED_PROTECTED_DOMAINS.filter(
      (p) =>
        p.domain.endsWith('prov.go.id') ||
        [
          'jakarta.go.id',
          'riau.go.id',
          'kalteng.go.id',
          'papua.go.id',
          'papuaselatan.go.id',
          'papuapegunungan.go.id',
        ].includes(p.domain),
    );
    expect(provinces.length).toBe(38);
  });

  const shared = defaultSharedDataDir() as string;
  describe.skipIf(!existsSync(join(shared, SEED as string)))('rebuild', () => {
    it('is exactly what the script derives from the seed and the CSV', () => {
      expect(buildProtectedDomains(shared, csvText)).toEqual(derived);
    });
  });
});
