import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { normalizeHost } from '../../../lib/trackers/host';
import { observeThirdPartyHosts } from '../../../lib/trackers/observe-resources';

const TYPED = '3171234567890003';

function pageAt(url: string, html: string): Document {
  const window = new Window({ url });
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

const pairs = (obs: ReturnType<typeof observeThirdPartyHosts>) => obs.map((o) => `${o.host} ${o.via}`);

describe('observeThirdPartyHosts: the document', () => {
  it('reports hosts of scripts, frames, images and stylesheets, and nothing else of the address', () => {
    const doc = pageAt(
      'https://rs-contoh.example/daftar',
      `<script src="https://static.hotjar.com/c/hotjar-1.js?sv=6&nik=${TYPED}"></script>
       <iframe src="https://www.googletagmanager.com/ns.html?id=GTM-1#${TYPED}"></iframe>
       <img src="https://www.facebook.com/tr?id=1&ud[em]=${TYPED}">
       <link rel="stylesheet" href="https://Fonts.GoogleAPIs.com/css2?family=Roboto">
       <link rel="preconnect" href="https://preconnect-only.example">
       <link rel="icon" href="https://icons.example/favicon.ico">
       <link rel="preload" as="script" href="https://cdn.preload.example/x.js">
       <script src="/local.js"></script>`,
    );
    const obs = observeThirdPartyHosts(doc, []);
    expect(pairs(obs)).toEqual([
      'static.hotjar.com script',
      'www.googletagmanager.com frame',
      'www.facebook.com image',
      'fonts.googleapis.com stylesheet',
      'icons.example image',
      'cdn.preload.example script',
      'rs-contoh.example script',
    ]);
    const text = JSON.stringify(obs);
    expect(text).not.toContain(TYPED);
    for (const o of obs) expect(o.host).toMatch(/^[a-z0-9.-]+$/);
  });

  it('ignores addresses that are not web hosts or do not parse', () => {
    const doc = pageAt(
      'https://rs-contoh.example/',
      `<img src="data:image/png;base64,AAAA"><script src="javascript:alert(1)"></script>
       <img src="blob:https://rs-contoh.example/123"><img src="http://[bad"><img src="">
       <iframe src="about:blank"></iframe><script src="https://ok.example/a.js"></script>`,
    );
    expect(pairs(observeThirdPartyHosts(doc, []))).toEqual(['ok.example script']);
  });

  it('looks inside open shadow roots', () => {
    const doc = pageAt('https://rs-contoh.example/', '<div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<iframe src="https://widget.intercom.io/frame"></iframe>';
    expect(pairs(observeThirdPartyHosts(doc, []))).toEqual(['widget.intercom.io frame']);
  });

  it('reads the shadow roots it is given instead of walking the page for them, and always the document', () => {
    const doc = pageAt('https://rs-contoh.example/', '<img src="https://px.example/p.gif"><div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<iframe src="https://widget.intercom.io/frame"></iframe>';
    expect(pairs(observeThirdPartyHosts(doc, [], {}, []))).toEqual(['px.example image']);
    expect(pairs(observeThirdPartyHosts(doc, [], {}, [shadow]))).toEqual([
      'px.example image',
      'widget.intercom.io frame',
    ]);
  });

  it('gives IDN hosts in punycode and drops duplicates', () => {
    const doc = pageAt(
      'https://rs-contoh.example/',
      '<script src="https://bücher.example/a.js"></script><script src="https://XN--BCHER-KVA.example/b.js"></script>',
    );
    expect(pairs(observeThirdPartyHosts(doc, []))).toEqual(['xn--bcher-kva.example script']);
  });
});

describe('observeThirdPartyHosts: resource timing entries', () => {
  const empty = () => pageAt('https://rs-contoh.example/', '');

  it('maps initiator types to how the host was reached', () => {
    const obs = observeThirdPartyHosts(empty(), [
      { name: `https://mc.yandex.ru/watch/1?page-url=${TYPED}`, initiatorType: 'img' },
      { name: 'https://mc.yandex.ru/metrika/tag.js', initiatorType: 'script' },
      { name: 'https://k.clarity.ms/collect', initiatorType: 'xmlhttprequest' },
      { name: 'https://region1.google-analytics.com/g/collect', initiatorType: 'beacon' },
      { name: 'https://fonts.gstatic.com/s/roboto.woff2', initiatorType: 'css' },
      { name: 'https://embed.tawk.to/123/default', initiatorType: 'iframe' },
      { name: 'https://media.example/clip.mp4', initiatorType: 'video' },
    ]);
    expect(pairs(obs)).toEqual([
      'mc.yandex.ru image',
      'mc.yandex.ru script',
      'k.clarity.ms beacon',
      'region1.google-analytics.com beacon',
      'fonts.gstatic.com stylesheet',
      'embed.tawk.to frame',
      'media.example other',
    ]);
    expect(JSON.stringify(obs)).not.toContain(TYPED);
  });

  it('skips malformed entries and deduplicates', () => {
    const obs = observeThirdPartyHosts(empty(), [
      { name: 'not a url', initiatorType: 'script' },
      { name: '', initiatorType: 'img' },
      { name: 'https://cdn.example/a.js', initiatorType: 'script' },
      { name: 'https://cdn.example/b.js', initiatorType: 'script' },
      { name: 'https://user:pass@cdn.example:8443/c.js', initiatorType: 'script' },
      { name: 42 as unknown as string, initiatorType: 'script' },
    ]);
    expect(pairs(obs)).toEqual(['cdn.example script']);
  });

  it('stops at the caps', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ name: `https://h${i}.example/x`, initiatorType: 'script' }));
    expect(observeThirdPartyHosts(empty(), many, { maxObservations: 5 })).toHaveLength(5);
    expect(observeThirdPartyHosts(empty(), many, { maxResources: 7 })).toHaveLength(7);
    const doc = pageAt('https://rs-contoh.example/', many.map((m) => `<script src="${m.name}"></script>`).join(''));
    expect(observeThirdPartyHosts(doc, many, { maxObservations: 12 })).toHaveLength(12);
  });
});

describe('observeThirdPartyHosts: properties', () => {
  it('never throws on arbitrary addresses and only returns clean host names', () => {
    const doc = pageAt('https://rs-contoh.example/', '');
    const address = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string(),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ name: address, initiatorType: fc.string() }), { maxLength: 20 }), (entries) => {
        const obs = observeThirdPartyHosts(doc, entries);
        for (const o of obs) {
          expect(normalizeHost(o.host)).toBe(o.host);
          expect(o.host).not.toMatch(/[/?#@\s]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary element addresses', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 8 }), (srcs) => {
        const doc = pageAt('https://rs-contoh.example/', '');
        for (const src of srcs) {
          const el = doc.createElement('script');
          el.setAttribute('src', src);
          doc.body.appendChild(el);
        }
        for (const o of observeThirdPartyHosts(doc, [])) expect(normalizeHost(o.host)).toBe(o.host);
      }),
      { numRuns: 100 },
    );
  });
});
