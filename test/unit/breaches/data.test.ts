// The committed catalogue: valid data (always), and equal to a fresh rebuild where the shared sources are present.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script without type declarations
import { HIBP_FILE, buildBreachCatalogue } from '../../../scripts/data/breaches.mjs';
import additions from '../../../data/breaches/additions.json';
import { BUNDLED_CATALOGUE } from '../../../lib/breaches/bundled';
import { parseCatalogue } from '../../../lib/breaches/catalogue';
import { isDataClass } from '../../../lib/breaches/data-classes';
import { isPartialIsoDate, periodEnd, periodStart } from '../../../lib/breaches/dates';
import { BREACH_STATUSES, RECORDS_SOURCES, type Breach } from '../../../lib/breaches/types';

const PROJECT = resolve(__dirname, '../../..');
const SHARED = process.env.JAGA_SHARED_DATA ?? resolve(PROJECT, '../shared/data');
const COMMITTED = resolve(PROJECT, 'lib/breaches/data/catalogue.json');
const breaches = BUNDLED_CATALOGUE.breaches;
const curated = breaches.filter((b) => b.origin === 'curated');
const hibp = breaches.filter((b) => b.origin === 'hibp');

describe('bundled breach catalogue', () => {
  it('passes our own catalogue validation', () => {
    const parsed = parseCatalogue(readFileSync(COMMITTED, 'utf8'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.catalogue.breaches.length).toBe(breaches.length);
  });

  it('gives every entry an id, title, date, status and at least one http(s) source', () => {
    for (const b of breaches) {
      expect(b.id, JSON.stringify(b)).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
      expect(b.title.trim().length, b.id).toBeGreaterThan(0);
      expect(isPartialIsoDate(b.breachDate), b.id).toBe(true);
      expect(BREACH_STATUSES, b.id).toContain(b.status);
      expect(b.sources.length, b.id).toBeGreaterThan(0);
      for (const url of b.sources) expect(url, b.id).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      for (const c of b.dataClasses) expect(isDataClass(c), `${b.id}: ${c}`).toBe(true);
    }
  });

  it('gives every bundled entry, curated or HIBP, at least one domain (an entry without one can never be shown)', () => {
    for (const b of breaches) expect(b.domains.length, b.id).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    const ids = breaches.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stores only registrable domains, as tldts sees them', () => {
    for (const b of breaches) {
      for (const d of b.domains) {
        const registrable = getDomain(d) === d || getDomain(d, { allowPrivateDomains: true }) === d;
        expect(registrable, `${b.id}: ${d}`).toBe(true);
        expect(d, b.id).toBe(d.toLowerCase());
      }
    }
    expect(hibp.every((b) => b.domains.length === 1)).toBe(true);
  });

  it('holds at least 65 curated entries, each with a one-sentence status note', () => {
    expect(curated.length).toBeGreaterThanOrEqual(65);
    for (const b of curated) {
      const note = b.statusNote ?? '';
      expect(note.length, b.id).toBeGreaterThan(10);
      expect(/[.!?]\s+[A-Z]/.test(note), `${b.id}: "${note}"`).toBe(false);
    }
    expect(curated.some((b) => b.status === 'alleged')).toBe(true);
    expect(curated.filter((b) => b.domains.some((d) => d.endsWith('.go.id'))).length).toBeGreaterThanOrEqual(15);
  });

  it('tells each curated entry as it knows it: a domain, who gave the count, and Bahasa Indonesia for Indonesian ones', () => {
    for (const b of curated) {
      expect(b.domains.length, `${b.id} has no domain and could never be shown`).toBeGreaterThan(0);
      if (b.records !== null) expect(RECORDS_SOURCES, b.id).toContain(b.recordsSource);
      if (b.country === 'ID') {
        expect(b.titleId?.trim().length ?? 0, `${b.id}: titleId`).toBeGreaterThan(0);
        const note = b.statusNoteId ?? '';
        expect(note.length, `${b.id}: statusNoteId`).toBeGreaterThan(10);
        expect(/[.!?]\s+[A-Z]/.test(note), `${b.id}: "${note}"`).toBe(false);
      }
    }
    const byId = new Map(curated.map((b) => [b.id, b]));
    // The example: Kominfo matched the sample's structure, BPJS never confirmed the scope.
    expect(byId.get('id-bpjs-kesehatan-2021')?.status).toBe('partly_confirmed');
    expect(byId.get('id-bpjs-kesehatan-2021')?.recordsSource).toBe('seller');
    for (const st of BREACH_STATUSES)
      expect(
        curated.some((b) => b.status === st),
        st,
      ).toBe(true);
    for (const id of Object.keys(additions.exclude)) expect(byId.has(id), id).toBe(false);
  });

  it("dates the January 2022 Ministry of Health case by its first report, not by the seller's unconfirmed date", () => {
    const kemkes = curated.find((b) => b.id === 'id-kemkes-patient-records-2022') as Breach;
    // The seller's post went up on 5 January 2022 (cyberthreat.id, law-justice.co); 28 December 2021 is only its claim.
    expect(kemkes).toMatchObject({ breachDate: '2022-01-05', disclosedDate: '2022-01-05', dateIsDisclosure: true });
    expect(kemkes.status).toBe('alleged');
  });

  it('carries Indonesian hospital, lab and clinic incidents, each with at least two sources', () => {
    const health = ['id-rs-dharmais-wannacry-2017', 'id-bumame-pcr-results-2022'];
    for (const id of health) {
      const b = curated.find((x) => x.id === id) as Breach;
      expect(b, id).toBeDefined();
      expect(b.country, id).toBe('ID');
      expect(new Set(b.sources.map((u) => new URL(u).host)).size, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('flags dates that are really disclosure dates, and never dates a breach after its disclosure', () => {
    for (const b of curated) {
      if (b.dateIsDisclosure) expect(b.breachDate, b.id).toBe(b.disclosedDate);
      if (b.disclosedDate !== null) {
        // Compared as periods: a breach on 2023-09-22 may be disclosed "2023-09".
        expect(periodStart(b.breachDate), b.id).toBeLessThanOrEqual(periodEnd(b.disclosedDate));
      }
    }
  });

  it('keeps HIBP facts only, with the HIBP attribution and breach page', () => {
    expect(BUNDLED_CATALOGUE.attribution.hibp?.url).toBe('https://haveibeenpwned.com/');
    expect(BUNDLED_CATALOGUE.attribution.hibp?.licence).toBe('CC BY 4.0');
    expect(hibp.length).toBeGreaterThan(500);
    for (const b of hibp) {
      expect(b.id).toBe(`hibp-${b.hibpName}`);
      expect(b.sources).toEqual([`https://haveibeenpwned.com/Breach/${b.hibpName}`]);
      expect(Object.keys(b)).not.toContain('description');
      expect(b.statusNote).toBeUndefined();
    }
  });

  it('lets a curated entry replace the HIBP breach it re-expresses', () => {
    const names = new Set(hibp.map((b) => b.hibpName));
    for (const b of curated) if (b.hibpName) expect(names.has(b.hibpName), b.id).toBe(false);
    const vastaamo = curated.find((b) => b.hibpName === 'Vastaamo') as Breach;
    expect(vastaamo.sensitive).toBe(true);
  });

  it('includes every one of our additions, each with sources and a unique id', () => {
    const catalogueIds = new Set(curated.map((b) => b.id));
    expect(additions.breaches.length).toBeGreaterThanOrEqual(26);
    for (const a of additions.breaches) {
      expect(catalogueIds.has(a.id), a.id).toBe(true);
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      expect(Object.keys(additions.overrides), a.id).not.toContain(a.id);
    }
    const ids = additions.breaches.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.skipIf(!existsSync(resolve(SHARED, HIBP_FILE)))('rebuild from the shared data', () => {
  it('equals the committed catalogue byte for byte', () => {
    expect(buildBreachCatalogue(SHARED, PROJECT)).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('names only HIBP breaches that are in the snapshot', () => {
    const names = new Set(
      (JSON.parse(readFileSync(resolve(SHARED, HIBP_FILE), 'utf8')) as Array<{ Name: string }>).map((b) => b.Name),
    );
    for (const b of curated) if (b.hibpName) expect(names.has(b.hibpName), b.id).toBe(true);
  });
});
