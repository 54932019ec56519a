// The risk engine, case by case (../shared/CONTRACTS.md §5 and the decisions at the top of lib/risk/judge-page.ts).
// Host facts come from the same helpers the background uses, so "private", "loopback" and "site" mean here what
// they mean in the product.
import { afterAll, describe, expect, it } from 'vitest';
import { judgePage, type JudgeContext, type PageFacts } from '../../../lib/risk/judge-page';
import { LEVELS, REASON_CODES, type Level, type ReasonCode, type Verdict } from '../../../lib/risk/reason-codes';
import { hostFactsOf } from '../../../lib/risk/host-facts';
import { pageFacts } from './page-facts';

const hostFacts = hostFactsOf;

const TRUSTED_HOSTS = new Set(['kemkes.go.id', 'satusehat.kemkes.go.id', 'api.bpjs-kesehatan.go.id']);
const ctx: JudgeContext = { hostFacts, isTrusted: (h) => TRUSTED_HOSTS.has(h) };

const facts = pageFacts;

const seenCodes = new Set<ReasonCode>();
const seenLevels = new Set<Level>();
function judge(over: Partial<PageFacts> = {}): Verdict {
  const v = judgePage(facts(over), ctx);
  seenLevels.add(v.level);
  for (const r of v.reasons) seenCodes.add(r.code);
  return v;
}
const codes = (v: Verdict) => v.reasons.map((r) => r.code);

afterAll(() => {
  // Every level and every reason code was produced by at least one case above.
  expect([...seenLevels].sort()).toEqual([...LEVELS].sort());
  expect([...seenCodes].sort()).toEqual([...REASON_CODES].sort());
});

describe('a page with nothing wrong', () => {
  it('is ok with no reasons', () => {
    expect(judge()).toEqual({ level: 'ok', reasons: [] });
  });

  it('says nothing about transport, forms or trackers when it asks for nothing sensitive', () => {
    const v = judge({
      url: 'http://8.8.8.8/form',
      sensitiveFields: 0,
      forms: [{ action: 'http://other.example/x', sensitive: true }],
      trackers: [{ site: 'hotjar.com', capturesInput: true }],
    });
    expect(v).toEqual({ level: 'ok', reasons: [] });
  });
});

describe('danger', () => {
  it('a site on a reputation list, with the list as detail, sensitive fields or not', () => {
    for (const sensitiveFields of [0, 3]) {
      expect(judge({ listedOn: 'blp-phishing', sensitiveFields })).toEqual({
        level: 'danger',
        reasons: [{ code: 'blocklisted', detail: 'blp-phishing' }],
      });
    }
  });

  it('a site the person or administrator blocked', () => {
    expect(judge({ userStatus: 'blocked', sensitiveFields: 0 })).toEqual({
      level: 'danger',
      reasons: [{ code: 'user_blocked' }],
    });
  });

  it('a host imitating a protected domain, with the domain as detail', () => {
    expect(judge({ url: 'https://kemkes-verifikasi.com/', imitates: 'kemkes.go.id' })).toEqual({
      level: 'danger',
      reasons: [{ code: 'lookalike', detail: 'kemkes.go.id' }],
    });
  });

  it('lists danger findings first, then the others', () => {
    const v = judge({ url: 'http://evil.example/', listedOn: 'scam', breachIds: ['x'] });
    expect(codes(v)).toEqual(['blocklisted', 'insecure_page', 'known_breach']);
    expect(v.level).toBe('danger');
  });
});

describe('bare IP addresses and plain HTTP', () => {
  it('a public IPv4 address is ip_host (and insecure over HTTP): caution', () => {
    expect(judge({ url: 'http://8.8.8.8/daftar' })).toEqual({
      level: 'caution',
      reasons: [
        { code: 'ip_host', detail: '8.8.8.8' },
        { code: 'insecure_page', detail: 'http://8.8.8.8' },
      ],
    });
    expect(judge({ url: 'https://8.8.8.8/daftar' })).toEqual({
      level: 'caution',
      reasons: [{ code: 'ip_host', detail: '8.8.8.8' }],
    });
  });

  it('a public IPv6 address is ip_host, named without brackets', () => {
    expect(judge({ url: 'https://[2001:4860:4860::8888]/' }).reasons).toEqual([
      { code: 'ip_host', detail: '2001:4860:4860::8888' },
    ]);
  });

  it.each([
    'http://10.0.0.5/simrs',
    'http://192.168.1.20/',
    'http://172.16.4.1:8080/',
    'http://100.64.0.9/',
    'http://simrs.local/',
    'http://[fd00::12]/',
    'http://[::ffff:10.0.0.1]/',
  ])('a private address (%s) is not ip_host, but plain HTTP there is still a caution', (url) => {
    const v = judge({ url });
    expect(codes(v)).toEqual(['insecure_page']);
    expect(v.level).toBe('caution');
  });

  it.each([
    'http://127.0.0.1:8080/',
    'http://localhost/',
    'http://[::1]/',
    'http://app.localhost/',
    'http://127.9.9.9/',
  ])('loopback (%s) is never insecure and never ip_host', (url) => {
    expect(judge({ url })).toEqual({ level: 'ok', reasons: [] });
  });

  it('a private address over HTTPS is fine', () => {
    expect(judge({ url: 'https://10.0.0.5/' })).toEqual({ level: 'ok', reasons: [] });
  });
});

describe('forms', () => {
  it('a sensitive form sending over plain HTTP, even to the same site, is a caution', () => {
    expect(judge({ forms: [{ action: 'http://rs-contoh.co.id/simpan', sensitive: true }] })).toEqual({
      level: 'caution',
      reasons: [{ code: 'insecure_form_action', detail: 'http://rs-contoh.co.id/simpan' }],
    });
  });

  it('forms without sensitive fields and unparseable actions are not findings', () => {
    const v = judge({
      forms: [
        { action: 'http://other.example/newsletter', sensitive: false },
        { action: 'not a url', sensitive: true },
      ],
    });
    expect(v).toEqual({ level: 'ok', reasons: [] });
  });

  it('a form sending to this computer (a local print or card-reader agent) is neither insecure nor another site', () => {
    const v = judge({ forms: [{ action: 'http://127.0.0.1:9000/print', sensitive: true }] });
    expect(v.reasons).toEqual([]);
  });

  it('a sensitive form sending to another registrable domain is a caution; a subdomain of the site is not', () => {
    expect(judge({ forms: [{ action: 'https://api.rs-contoh.co.id/simpan', sensitive: true }] })).toEqual({
      level: 'ok',
      reasons: [],
    });
    expect(judge({ forms: [{ action: 'https://formspree.example/f/abc', sensitive: true }] })).toEqual({
      level: 'caution',
      reasons: [{ code: 'cross_site_form_action', detail: 'https://formspree.example/f/abc' }],
    });
  });

  it('a form to another site that is trusted is listed but is not a caution', () => {
    const v = judge({ forms: [{ action: 'https://satusehat.kemkes.go.id/api', sensitive: true }] });
    expect(v).toEqual({
      level: 'ok',
      reasons: [{ code: 'cross_site_form_action', detail: 'https://satusehat.kemkes.go.id/api' }],
    });
  });

  it('one trusted and one untrusted destination: caution', () => {
    const v = judge({
      forms: [
        { action: 'https://satusehat.kemkes.go.id/api', sensitive: true },
        { action: 'https://collector.example/x', sensitive: true },
      ],
    });
    expect(v.level).toBe('caution');
    expect(codes(v)).toEqual(['cross_site_form_action', 'cross_site_form_action']);
  });

  it('mailto: and javascript: actions are not cross-site submissions', () => {
    expect(judge({ forms: [{ action: 'mailto:rm@example.com', sensitive: true }] })).toEqual({
      level: 'ok',
      reasons: [],
    });
    expect(judge({ forms: [{ action: 'javascript:void(0)', sensitive: true }] })).toEqual({ level: 'ok', reasons: [] });
  });

  it('the same action in several forms is one finding', () => {
    const form = { action: 'http://x.example/a', sensitive: true };
    expect(codes(judge({ forms: [form, form, form] }))).toEqual(['insecure_form_action', 'cross_site_form_action']);
  });
});

describe('a site the person or administrator trusts', () => {
  it('is trusted even over HTTP (the finding is still listed)', () => {
    expect(judge({ url: 'http://10.0.0.5/simrs', userStatus: 'trusted' })).toEqual({
      level: 'trusted',
      reasons: [{ code: 'insecure_page', detail: 'http://10.0.0.5' }],
    });
  });

  it('with a sensitive form to an untrusted other site: caution', () => {
    const v = judge({ userStatus: 'trusted', forms: [{ action: 'https://collector.example/x', sensitive: true }] });
    expect(v.level).toBe('caution');
  });

  it('with a sensitive form to a trusted other site: trusted', () => {
    const v = judge({
      userStatus: 'trusted',
      forms: [{ action: 'https://api.bpjs-kesehatan.go.id/v1', sensitive: true }],
    });
    expect(v.level).toBe('trusted');
  });

  it('with a plain-HTTP form to an untrusted other site: caution', () => {
    const v = judge({ userStatus: 'trusted', forms: [{ action: 'http://collector.example/x', sensitive: true }] });
    expect(v.level).toBe('caution');
  });

  it("stays trusted with a plain-HTTP form to its own site, trackers and breaches (the person's choice)", () => {
    const v = judge({
      userStatus: 'trusted',
      forms: [{ action: 'http://rs-contoh.co.id/simpan', sensitive: true }],
      trackers: [{ site: 'hotjar.com', capturesInput: true }],
      breachIds: ['id-rs-2023'],
      relevantBreach: true,
    });
    expect(v.level).toBe('trusted');
  });

  it('wins over a reputation list (trust is the decision of the person or the organisation)', () => {
    expect(judge({ userStatus: 'trusted', listedOn: 'blp-phishing' }).level).toBe('trusted');
  });
});

describe('known breaches', () => {
  it('raise to caution only with sensitive fields and a breach that involved health or ID data', () => {
    const reason = { code: 'known_breach', detail: 'id-a, id-b' };
    expect(judge({ breachIds: ['id-a', 'id-b'], relevantBreach: true })).toEqual({
      level: 'caution',
      reasons: [reason],
    });
    expect(judge({ breachIds: ['id-a', 'id-b'], relevantBreach: false })).toEqual({ level: 'ok', reasons: [reason] });
    expect(judge({ breachIds: ['id-a', 'id-b'], relevantBreach: true, sensitiveFields: 0 })).toEqual({
      level: 'ok',
      reasons: [reason],
    });
  });
});

describe('third-party trackers', () => {
  it('are listed (sorted, once each) on pages with sensitive fields, and raise only when one captures input', () => {
    const trackers = [
      { site: 'hotjar.com', capturesInput: false },
      { site: 'facebook.net', capturesInput: false },
      { site: 'hotjar.com', capturesInput: false },
    ];
    expect(judge({ trackers })).toEqual({
      level: 'ok',
      reasons: [{ code: 'third_party_trackers', detail: 'facebook.net, hotjar.com' }],
    });
    expect(judge({ trackers: [...trackers, { site: 'hotjar.com', capturesInput: true }] }).level).toBe('caution');
  });
});

describe('odd input', () => {
  it('an address that does not parse gives no transport findings', () => {
    for (const url of ['', 'not a url', 'http://', 'about:blank', 'data:text/html,<input>']) {
      const v = judge({ url, forms: [{ action: 'http://x.example/', sensitive: true }] });
      expect(codes(v)).not.toContain('ip_host');
      expect(codes(v)).not.toContain('insecure_page');
    }
  });
});
