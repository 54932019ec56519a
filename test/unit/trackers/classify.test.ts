import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResourceVia, ThirdPartyObservation } from '../../../lib/report/types';
import { pageText } from '../../../lib/report/page-text';
import { registrableDomain } from '../../../lib/site/registrable-domain';
import { bundledTrackerCatalogue } from '../../../lib/trackers/catalogue';
import { classifyThirdParties, countsAsTracker, VIA_ORDER } from '../../../lib/trackers/classify';
import { createTrackerIndex } from '../../../lib/trackers/tracker-index';
import { TRACKER_CATEGORIES, type ThirdParty, type TrackerCatalogue } from '../../../lib/trackers/types';

// A small catalogue of made-up vendors, so the rules are tested apart from the real data.
const fixture: TrackerCatalogue = {
  version: 1,
  source: 'test',
  categories: TRACKER_CATEGORIES,
  companies: [
    { id: 'bigco', name: 'BigCo', domains: ['bigco.com', 'bigcdn.net', 'bigco-pixel.net'] },
    { id: 'recorder', name: 'Recorder Inc', domains: ['recorder.io'] },
    { id: 'tagco', name: 'TagCo', domains: ['tagco.com'] },
  ],
  trackers: [
    t('bigco-pixel', 'bigco', 'advertising', ['bigco-pixel.net', 'px.bigco.com'], true),
    t('bigco-embeds', 'bigco', 'social', ['widgets.bigco.com'], false),
    t('bigco-cdn', 'bigco', 'cdn', ['bigcdn.net'], false),
    t('recorder', 'recorder', 'session_replay', ['recorder.io'], true),
    t('tagco', 'tagco', 'tag_manager', ['tagco.com'], false, true),
  ],
};

function t(
  id: string,
  company: string,
  category: ThirdParty['category'],
  domains: string[],
  capturesInput: boolean,
  loadsOthers = false,
) {
  if (category === 'unknown') throw new Error('fixture');
  return {
    id,
    company,
    product: id,
    category,
    domains,
    capturesInput,
    capturesInputNote: 'test',
    loadsOthers,
    sources: ['https://x.test'],
  };
}

const obs = (host: string, via: ResourceVia = 'script'): ThirdPartyObservation => ({ host: pageText(host, 253), via });
const index = createTrackerIndex(fixture);
const ids = (tps: ThirdParty[]) => tps.map((tp) => tp.trackerId ?? tp.site);

describe('classifyThirdParties', () => {
  it('does not count the page itself or its subdomains', () => {
    const out = classifyThirdParties(
      'www.rs-contoh.co.id',
      [obs('rs-contoh.co.id'), obs('cdn.rs-contoh.co.id'), obs('WWW.RS-CONTOH.CO.ID.')],
      index,
    );
    expect(out).toEqual([]);
  });

  it('does not count domains of the company that owns the page', () => {
    const out = classifyThirdParties(
      'www.bigco.com',
      [obs('static.bigcdn.net'), obs('bigco-pixel.net'), obs('recorder.io')],
      index,
    );
    expect(ids(out)).toEqual(['recorder']);
  });

  it('counts the same CDN on someone else’s page, with its company and category', () => {
    const [tp] = classifyThirdParties('rs-contoh.co.id', [obs('static.bigcdn.net', 'image')], index);
    expect(tp).toEqual({
      site: 'bigcdn.net',
      host: 'static.bigcdn.net',
      company: 'BigCo',
      product: 'bigco-cdn',
      category: 'cdn',
      capturesInput: false,
      captureSources: [],
      via: ['image'],
      trackerId: 'bigco-cdn',
      loadsOthers: false,
    });
  });

  it('carries the sources of a "can record what you type" claim, and none without the claim', () => {
    const catalogue = bundledTrackerCatalogue();
    const real = createTrackerIndex(catalogue);
    const [hotjar] = classifyThirdParties('rs-contoh.co.id', [obs('static.hotjar.com', 'script')], real);
    const hotjarEntry = catalogue.trackers.find((t) => t.id === 'hotjar');
    expect(hotjar?.capturesInput).toBe(true);
    expect(hotjar?.captureSources).toEqual(hotjarEntry?.sources);
    const [counter] = classifyThirdParties('rs-contoh.co.id', [obs('s10.histats.com', 'script')], real);
    expect([counter?.trackerId, counter?.capturesInput, counter?.captureSources]).toEqual(['histats', false, []]);
  });

  it('matches the longest catalogue domain and keeps unknown sites as "unknown"', () => {
    const out = classifyThirdParties(
      'rs-contoh.co.id',
      [obs('px.bigco.com'), obs('widgets.bigco.com'), obs('www.bigco.com'), obs('cdn.unknown-vendor.example')],
      index,
    );
    const bySite = new Map(out.map((tp) => [tp.host, tp]));
    expect(bySite.get('px.bigco.com')?.trackerId).toBe('bigco-pixel');
    expect(bySite.get('widgets.bigco.com')?.trackerId).toBe('bigco-embeds');
    expect(bySite.get('www.bigco.com')).toMatchObject({ trackerId: null, company: 'BigCo', category: 'unknown' });
    expect(bySite.get('cdn.unknown-vendor.example')).toMatchObject({
      site: 'unknown-vendor.example',
      trackerId: null,
      company: null,
      product: null,
      category: 'unknown',
      capturesInput: false,
    });
  });

  it('orders: can capture input, then trackers, then other known services, then unknown', () => {
    const out = classifyThirdParties(
      'rs-contoh.co.id',
      [
        obs('zzz.example'),
        obs('tags.tagco.com'),
        obs('www.bigco.com'),
        obs('widgets.bigco.com'),
        obs('a.recorder.io'),
        obs('bigcdn.net'),
        obs('bigco-pixel.net'),
      ],
      index,
    );
    expect(ids(out)).toEqual([
      'bigco-pixel',
      'recorder',
      'bigco-embeds',
      'tagco',
      'bigco-cdn',
      'bigco.com',
      'zzz.example',
    ]);
    expect(out.find((tp) => tp.trackerId === 'tagco')?.loadsOthers).toBe(true);
    expect(out.filter(countsAsTracker).map((tp) => tp.trackerId)).toEqual(['bigco-pixel', 'recorder', 'bigco-embeds']);
  });

  it('merges hosts of one site and tracker, keeping every way the page reached them', () => {
    const out = classifyThirdParties(
      'rs-contoh.co.id',
      [
        obs('a.recorder.io', 'beacon'),
        obs('b.recorder.io', 'script'),
        obs('a.recorder.io', 'script'),
        obs('c.recorder.io', 'frame'),
      ],
      index,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ host: 'a.recorder.io', via: ['script', 'frame', 'beacon'] });
  });

  it('skips hosts that are not host names', () => {
    const out = classifyThirdParties(
      'rs-contoh.co.id',
      [obs(''), obs('evil.example/path?q=1'), obs('a b.example'), obs('ok.example')],
      index,
    );
    expect(ids(out)).toEqual(['ok.example']);
  });

  it('treats every host as a third party when the page has no host', () => {
    expect(ids(classifyThirdParties('', [obs('recorder.io')], index))).toEqual(['recorder']);
  });
});

describe('classifyThirdParties with the bundled catalogue', () => {
  const real = createTrackerIndex(bundledTrackerCatalogue());

  it('names the companies on a hospital page, session replay and pixels first', () => {
    const out = classifyThirdParties(
      'www.rs-contoh.co.id',
      [
        obs('www.googletagmanager.com'),
        obs('connect.facebook.net'),
        obs('www.facebook.com', 'image'),
        obs('static.hotjar.com'),
        obs('cdn.rs-contoh.co.id'),
        obs('embed.tawk.to', 'frame'),
        obs('cdn.unknown-vendor.example'),
      ],
      real,
    );
    expect(out.map((tp) => [tp.site, tp.trackerId, tp.capturesInput])).toEqual([
      ['facebook.com', 'meta-pixel', true],
      ['facebook.net', 'meta-pixel', true],
      ['hotjar.com', 'hotjar', true],
      ['googletagmanager.com', 'google-tag-manager', false],
      ['tawk.to', 'tawk-to', false],
      ['unknown-vendor.example', null, false],
    ]);
    expect(out[0]!.company).toBe('Meta');
  });

  it('does not list fbcdn.net on facebook.com, but does elsewhere', () => {
    expect(
      classifyThirdParties('www.facebook.com', [obs('static.xx.fbcdn.net'), obs('connect.facebook.net')], real),
    ).toEqual([]);
    expect(ids(classifyThirdParties('rs-contoh.co.id', [obs('static.xx.fbcdn.net')], real))).toEqual(['meta-cdn']);
  });

  it('tells host-specific entries from the rest of their domain', () => {
    const out = classifyThirdParties(
      'rs-contoh.co.id',
      [obs('mc.yandex.ru'), obs('yandex.ru'), obs('analytics.twitter.com'), obs('platform.twitter.com')],
      real,
    );
    const byHost = new Map(out.map((tp) => [tp.host, tp]));
    expect(byHost.get('mc.yandex.ru')?.trackerId).toBe('yandex-metrica');
    expect(byHost.get('yandex.ru')).toMatchObject({ trackerId: null, company: 'Yandex' });
    expect(byHost.get('analytics.twitter.com')?.trackerId).toBe('x-pixel');
    expect(byHost.get('platform.twitter.com')?.trackerId).toBe('x-embeds');
  });
});

describe('classifyThirdParties: properties', () => {
  const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
  const host = fc.oneof(
    fc.constantFrom('recorder.io', 'px.bigco.com', 'bigcdn.net', 'www.bigco.com', 'tags.tagco.com', 'rs-contoh.co.id'),
    fc.tuple(label, label, fc.constantFrom('com', 'co.id', 'example', 'net')).map(([a, b, tld]) => `${a}.${b}.${tld}`),
    fc.domain(),
    fc.string(),
  );
  const via = fc.constantFrom<ResourceVia>(...VIA_ORDER);

  it('never throws, never lists the page’s own site, and keeps its order', () => {
    fc.assert(
      fc.property(host, fc.array(fc.record({ host, via }), { maxLength: 30 }), (page, raw) => {
        const out = classifyThirdParties(
          page,
          raw.map((r) => obs(r.host, r.via)),
          index,
        );
        const pageSite = registrableDomain(page.toLowerCase());
        let lastCaptures = true;
        for (const tp of out) {
          expect(tp.site).not.toBe(pageSite);
          expect(tp.via.length).toBeGreaterThan(0);
          if (tp.capturesInput) expect(lastCaptures).toBe(true);
          lastCaptures = tp.capturesInput;
        }
        expect(new Set(out.map((tp) => `${tp.trackerId}|${tp.site}`)).size).toBe(out.length);
      }),
      { numRuns: 300 },
    );
  });
});
