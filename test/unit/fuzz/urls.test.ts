// Random addresses (valid and garbage, IDNs, IPv4/IPv6, userinfo, ports, data: and javascript:) through everything
// that judges a page: site facts, the lookalike check, the bundled reputation list, the risk engine and the address
// sanitiser. Nothing throws, the verdict stays inside the contract, and no query, fragment or credential survives.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../lib/report/safe-url';
import { loadHashList, lookupHost } from '../../../lib/reputation/hash-list';
import { createLookalikeIndex, type LookalikeHow } from '../../../lib/reputation/lookalike';
import { BUNDLED_PROTECTED_DOMAINS } from '../../../lib/reputation/protected-domains';
import { judgePage, type PageFacts } from '../../../lib/risk/judge-page';
import { LEVELS, REASON_CODES } from '../../../lib/risk/reason-codes';
import { hostOf, registrableDomain, siteInfo } from '../../../lib/site/registrable-domain';
import { hostFactsOf } from '../../../lib/risk/host-facts';
import { isLoopback } from '../../../lib/site/ip';
import { hostish, seeded, urlish } from './arbitraries';

const bytes = readFileSync(resolve(__dirname, '../../../lib/reputation/data/bundled-lists.bin'));
const bundled = loadHashList(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const bundledIds = bundled.lists.map((l) => l.id);
const lookalikes = createLookalikeIndex(BUNDLED_PROTECTED_DOMAINS);
const protectedSites = new Set(BUNDLED_PROTECTED_DOMAINS.map((d) => d.domain));
const HOW: readonly LookalikeHow[] = ['typo', 'swap', 'homoglyph', 'punycode', 'embedded', 'combo', 'suffix'];

const hostFacts = hostFactsOf;

const TRANSPORT = new Set([
  'ip_host',
  'insecure_page',
  'insecure_form_action',
  'cross_site_form_action',
  'third_party_trackers',
]);

const pageFacts: fc.Arbitrary<PageFacts> = fc.record({
  url: urlish,
  sensitiveFields: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
  forms: fc.array(fc.record({ action: urlish, sensitive: fc.boolean() }), { maxLength: 4 }),
  listedOn: fc.option(fc.constantFrom(...bundledIds), { nil: null }),
  imitates: fc.option(fc.constantFrom('kemkes.go.id', 'bpjs-kesehatan.go.id'), { nil: null }),
  userStatus: fc.constantFrom('trusted', 'blocked', null),
  breachIds: fc.array(fc.constantFrom('hibp-Example', 'id-kemkes-2022'), { maxLength: 2 }),
  relevantBreach: fc.boolean(),
  trackers: fc.array(
    fc.record({ site: fc.constantFrom('facebook.net', 'hotjar.com', 'x.example'), capturesInput: fc.boolean() }),
    { maxLength: 3 },
  ),
});

describe('site facts on any host or address', () => {
  it('hostOf, siteInfo and registrableDomain never throw; a web URL host ends with its site', () => {
    fc.assert(
      fc.property(urlish, hostish, (url, raw) => {
        const host = hostOf(url);
        for (const h of [raw, host ?? '']) {
          expect(typeof registrableDomain(h)).toBe('string');
          const info = siteInfo(h);
          expect(typeof info.site).toBe('string');
        }
        // Special schemes only: a non-special scheme's host is opaque (percent-encoded), not a DNS name.
        if (host !== null && /^(https?|wss?|ftp):$/.test(new URL(url).protocol)) {
          const info = siteInfo(host);
          expect(info.host.endsWith(info.site)).toBe(true);
          if (info.isIp) expect(info.site).toBe(info.host);
        }
      }),
      seeded(800, 30),
    );
  });

  it('the lookalike check and the bundled list answer any host, naming only real protected domains and lists', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          urlish.map((u) => hostOf(u) ?? ''),
          hostish,
        ),
        (host) => {
          const m = lookalikes.check(host);
          if (m) {
            expect(protectedSites.has(m.imitates)).toBe(true);
            expect(HOW).toContain(m.how);
          }
          const listed = lookupHost(bundled, host);
          if (listed) {
            expect(bundledIds).toContain(listed.listId);
            expect(host.toLowerCase().replace(/\.$/, '').endsWith(listed.domain)).toBe(true);
          }
        },
      ),
      seeded(800, 31),
    );
  });
});

describe('judgePage on random pages', () => {
  it('always answers a level from LEVELS and reasons from REASON_CODES, following the contract', () => {
    fc.assert(
      fc.property(pageFacts, fc.array(hostish, { maxLength: 3 }), (facts, trustedHosts) => {
        const trusted = new Set(trustedHosts);
        const v = judgePage(facts, { hostFacts, isTrusted: (h) => trusted.has(h) });
        expect(LEVELS).toContain(v.level);
        for (const r of v.reasons) {
          expect(REASON_CODES).toContain(r.code);
          if (r.detail !== undefined) expect(typeof r.detail).toBe('string');
        }
        const codes = new Set(v.reasons.map((r) => r.code));
        if (facts.sensitiveFields === 0) {
          for (const c of codes) expect(TRANSPORT.has(c)).toBe(false);
          if (facts.userStatus === null && !facts.listedOn && !facts.imitates) expect(v.level).toBe('ok');
        }
        const host = hostOf(facts.url);
        if (host !== null && isLoopback(host)) {
          expect(codes.has('insecure_page')).toBe(false);
          expect(codes.has('ip_host')).toBe(false);
        }
        if (facts.userStatus === 'trusted') expect(['trusted', 'caution']).toContain(v.level);
        else if (facts.listedOn || facts.imitates || facts.userStatus === 'blocked') expect(v.level).toBe('danger');
        else expect(v.level).not.toBe('trusted');
      }),
      seeded(800, 32),
    );
  });
});

describe('safeUrl', () => {
  it('never returns a query, a fragment, credentials or what was typed into a GET form', () => {
    fc.assert(
      fc.property(urlish, (url) => {
        const out = safeUrl(url);
        expect(out).not.toMatch(/[?#]/);
        for (const secret of ['jdUser', 'jdSecret', '3201234567890001']) expect(out.includes(secret)).toBe(false);
        expect(out.length).toBeLessThanOrEqual(600);
        expect(safeUrl(out)).toBe(out);
      }),
      seeded(1000, 33),
    );
  });
});
