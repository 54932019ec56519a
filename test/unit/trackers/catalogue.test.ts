import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { buildTrackerCatalogue, OUTPUT_PATH, SOURCE_PATH } from '../../../scripts/data/trackers.mjs';
import { bundledTrackerCatalogue, parseTrackerCatalogue } from '../../../lib/trackers/catalogue';
import { TRACKER_CATEGORIES, TRACKER_CATEGORY } from '../../../lib/trackers/types';

const projectDir = resolve(__dirname, '../../..');
const catalogue = bundledTrackerCatalogue();
const byId = new Map(catalogue.trackers.map((t) => [t.id, t]));

describe('bundled tracker catalogue', () => {
  it('knows the trackers common on Indonesian government and health sites, each with sources (issue 17)', () => {
    const wanted = [
      'histats',
      'statcounter',
      'google-adsense',
      'mixpanel',
      'criteo',
      'moengage',
      'clevertap',
      'onesignal',
    ];
    for (const id of wanted) {
      const t = byId.get(id);
      expect(t, id).toBeDefined();
      expect(t?.sources.length, id).toBeGreaterThan(0);
      expect(t?.capturesInputNote.length, id).toBeGreaterThan(20);
    }
  });

  it('has at least 50 entries with unique ids', () => {
    expect(catalogue.trackers.length).toBeGreaterThanOrEqual(50);
    expect(byId.size).toBe(catalogue.trackers.length);
    expect(new Set(catalogue.companies.map((c) => c.id)).size).toBe(catalogue.companies.length);
  });

  it('uses one closed category set: the shared list, with a decision table row for each member, in order', () => {
    // The compiler holds TRACKER_CATEGORY to the declared union; this holds the declaration to the run-time list.
    expect(Object.keys(TRACKER_CATEGORY)).toEqual([...TRACKER_CATEGORIES]);
    expect([...catalogue.categories]).toEqual([...TRACKER_CATEGORIES]);
    for (const t of catalogue.trackers) expect(TRACKER_CATEGORIES, t.id).toContain(t.category);
  });

  it('gives every entry https sources, a note, and a known company', () => {
    const companies = new Set(catalogue.companies.map((c) => c.id));
    for (const t of catalogue.trackers) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const s of t.sources) expect(new URL(s).protocol, `${t.id} ${s}`).toBe('https:');
      expect(t.capturesInputNote.trim().length, t.id).toBeGreaterThan(10);
      expect(companies.has(t.company), t.id).toBe(true);
    }
  });

  it('lists only public domain names that tldts accepts, each in one entry', () => {
    const seen = new Map<string, string>();
    for (const t of catalogue.trackers) {
      expect(t.domains.length, t.id).toBeGreaterThan(0);
      for (const d of t.domains) {
        const p = parse(d);
        expect(p.isIp, d).toBe(false);
        expect(p.isIcann, d).toBe(true);
        expect(p.hostname, d).toBe(d);
        expect(p.domain !== null && (d === p.domain || d.endsWith(`.${p.domain}`)), d).toBe(true);
        expect(seen.get(d), `${d} in ${t.id} and ${seen.get(d)}`).toBeUndefined();
        seen.set(d, t.id);
      }
    }
  });

  it('gives every registrable domain at most one owner, and company domains are registrable', () => {
    const owner = new Map<string, string>();
    for (const c of catalogue.companies) {
      for (const d of c.domains) {
        expect(parse(d).domain, d).toBe(d);
        expect(owner.get(d), d).toBeUndefined();
        owner.set(d, c.id);
      }
    }
    for (const t of catalogue.trackers) {
      for (const d of t.domains) {
        const site = parse(d).domain!;
        if (owner.has(site)) expect(owner.get(site), `${t.id} ${d}`).toBe(t.company);
      }
    }
  });

  it('marks every named session-replay vendor as able to capture input', () => {
    const replay = [
      'hotjar',
      'microsoft-clarity',
      'fullstory',
      'logrocket',
      'smartlook',
      'mouseflow',
      'yandex-metrica',
      'contentsquare',
      'quantum-metric',
      'inspectlet',
      'lucky-orange',
    ];
    for (const id of replay) expect(byId.get(id)?.capturesInput, id).toBe(true);
    for (const t of catalogue.trackers) if (t.category === 'session_replay') expect(t.capturesInput, t.id).toBe(true);
  });

  it('covers the pixels, tag managers and chat widgets the product names', () => {
    for (const id of ['meta-pixel', 'tiktok-pixel', 'google-ads', 'linkedin-insight', 'x-pixel', 'snap-pixel']) {
      expect(byId.get(id)?.category, id).toBe('advertising');
    }
    for (const id of ['google-tag-manager', 'tealium', 'adobe-tags', 'segment']) {
      expect(byId.get(id)?.loadsOthers, id).toBe(true);
    }
    for (const id of ['intercom', 'zendesk', 'tawk-to', 'livechat', 'qiscus']) {
      expect(byId.get(id)?.category, id).toBe('customer_chat');
    }
    for (const t of catalogue.trackers) if (t.loadsOthers) expect(t.category, t.id).toBe('tag_manager');
  });
});

describe('parseTrackerCatalogue', () => {
  const good = () =>
    JSON.parse(JSON.stringify(catalogue)) as Record<string, unknown> & { trackers: Record<string, unknown>[] };

  it('accepts the bundled file and refuses damaged ones', () => {
    expect(parseTrackerCatalogue(good()).trackers.length).toBe(catalogue.trackers.length);
    const wrongVersion = { ...good(), version: 2 };
    expect(() => parseTrackerCatalogue(wrongVersion)).toThrow(/version/);
    const badCategory = good();
    badCategory.trackers[0]!.category = 'spyware';
    expect(() => parseTrackerCatalogue(badCategory)).toThrow(/category/);
    const badCompany = good();
    badCompany.trackers[0]!.company = 'nobody';
    expect(() => parseTrackerCatalogue(badCompany)).toThrow(/unknown company/);
    expect(() => parseTrackerCatalogue(null)).toThrow();
  });
});

describe.skipIf(!existsSync(join(projectDir, SOURCE_PATH)))('buildTrackerCatalogue', () => {
  it('rebuilds the committed file exactly', () => {
    expect(buildTrackerCatalogue(projectDir)).toBe(readFileSync(join(projectDir, OUTPUT_PATH), 'utf8'));
  });

  it('refuses a source with a bad category, a bad domain, a duplicate id or no source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaga-trackers-'));
    try {
      mkdirSync(join(dir, 'data/trackers'), { recursive: true });
      const entry = {
        id: 'x1',
        company: 'acme',
        product: 'Acme',
        category: 'analytics',
        domains: ['acme.example.com'],
        capturesInput: false,
        capturesInputNote: 'Counts visits only.',
        sources: ['https://acme.example.com/docs'],
      };
      const write = (trackers: unknown[]) =>
        writeFileSync(join(dir, SOURCE_PATH), JSON.stringify({ companies: [{ id: 'acme', name: 'Acme' }], trackers }));
      write([entry]);
      expect(JSON.parse(buildTrackerCatalogue(dir)).trackers).toHaveLength(1);
      write([{ ...entry, category: 'spyware' }]);
      expect(() => buildTrackerCatalogue(dir)).toThrow(/closed set/);
      write([{ ...entry, domains: ['not a domain'] }]);
      expect(() => buildTrackerCatalogue(dir)).toThrow(/valid public domain/);
      write([{ ...entry, domains: ['localhost'] }]);
      expect(() => buildTrackerCatalogue(dir)).toThrow(/valid public domain/);
      write([entry, { ...entry, domains: ['acme2.example.com'] }]);
      expect(() => buildTrackerCatalogue(dir)).toThrow(/duplicate id/);
      write([entry, { ...entry, id: 'x2' }]);
      expect(() => buildTrackerCatalogue(dir)).toThrow(/already belongs/);
      write([{ ...entry, sources: [] }]);
      expect(() => buildTrackerCatalogue(dir)).toThrow(/source/);
      write([{ ...entry, capturesInputNote: '' }]);
      expect(() => buildTrackerCatalogue(dir)).toThrow(/say why/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
