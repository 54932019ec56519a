// The pre-submit risk: the same loopback, host clean-up and danger findings as the page's verdict.
import { describe, expect, it } from 'vitest';
import { judgePage, type PageFacts } from '../../../lib/risk/judge-page';
import { hostFactsOf } from '../../../lib/risk/host-facts';
import { REASON_CODES, REASONS, type Reason } from '../../../lib/risk/reason-codes';
import { onSite, riskOfSubmission, submissionDestination } from '../../../lib/risk/submission-risk';

const codes = (rs: Reason[]) => rs.map((r) => r.code);

describe('submissionDestination', () => {
  it("a submitter's formaction wins, then the form's action, then the page's own address", () => {
    expect(submissionDestination('https://b.example/x', 'https://a.example/y', 'https://p.example/')).toBe(
      'https://b.example/x',
    );
    expect(submissionDestination(null, 'https://a.example/y', 'https://p.example/')).toBe('https://a.example/y');
    expect(submissionDestination(null, '', 'https://p.example/')).toBe('https://p.example/');
  });
});

describe('onSite', () => {
  it('the site itself and its subdomains, whatever the case, brackets or trailing dot', () => {
    expect(onSite('rs.example', 'rs.example')).toBe(true);
    expect(onSite('API.RS.example', 'rs.example')).toBe(true);
    expect(onSite('rs.example.', 'rs.example')).toBe(true);
    expect(onSite('[::1]', '::1')).toBe(true);
    expect(onSite('notrs.example', 'rs.example')).toBe(false);
    expect(onSite('rs.example.evil.test', 'rs.example')).toBe(false);
  });
});

describe('riskOfSubmission', () => {
  it('nothing for HTTPS to the same site', () => {
    expect(riskOfSubmission('rs.example', 'https://api.rs.example/daftar', [], false)).toEqual([]);
  });

  it('plain HTTP to another site: both findings, with the address without its query', () => {
    expect(riskOfSubmission('rs.example', 'http://collect.example/p?nik=3171', [], false)).toEqual([
      { code: 'insecure_form_action', detail: 'http://collect.example/p' },
      { code: 'cross_site_form_action', detail: 'http://collect.example/p' },
    ]);
  });

  it('plain HTTP to this computer is not insecure, including *.localhost names (as in the verdict)', () => {
    for (const dest of [
      'http://localhost:8080/',
      'http://127.0.0.1/',
      'http://127.8.9.10/',
      'http://[::1]/',
      'http://app.localhost/',
      'http://APP.LOCALHOST./',
    ]) {
      expect(codes(riskOfSubmission('', dest, [], false)), dest).toEqual([]);
    }
  });

  it('agrees with the verdict on which destinations are loopback', () => {
    const page = 'https://rs.example/';
    for (const action of ['http://app.localhost/x', 'http://localhost/x', 'http://[::ffff:127.0.0.1]/x']) {
      const facts: PageFacts = {
        url: page,
        sensitiveFields: 1,
        forms: [{ action, sensitive: true }],
        listedOn: null,
        imitates: null,
        userStatus: null,
        breachIds: [],
        relevantBreach: false,
        trackers: [],
      };
      const verdict = judgePage(facts, { hostFacts: hostFactsOf, isTrusted: () => false });
      const verdictSaysInsecure = verdict.reasons.some((r) => r.code === 'insecure_form_action');
      const guardSaysInsecure = codes(riskOfSubmission('', action, [], false)).includes('insecure_form_action');
      expect(guardSaysInsecure, action).toBe(verdictSaysInsecure);
      expect(guardSaysInsecure, action).toBe(false);
    }
  });

  it('a danger page passes on exactly its danger findings, from the reason-code table', () => {
    const pageReasons: Reason[] = REASON_CODES.map((code) => ({ code, detail: code }));
    const danger = REASON_CODES.filter((c) => REASONS[c].severity === 'danger');
    expect(danger.sort()).toEqual(['blocklisted', 'lookalike', 'user_blocked']);
    expect(codes(riskOfSubmission('rs.example', 'https://rs.example/', pageReasons, true)).sort()).toEqual(danger);
    // A page that is not dangerous passes none of them on.
    expect(riskOfSubmission('rs.example', 'https://rs.example/', pageReasons, false)).toEqual([]);
  });

  it('an address the URL parser refuses: only the danger findings', () => {
    const pageReasons: Reason[] = [{ code: 'lookalike', detail: 'kemkes.go.id' }, { code: 'insecure_page' }];
    expect(riskOfSubmission('rs.example', 'http://[', pageReasons, true)).toEqual([
      { code: 'lookalike', detail: 'kemkes.go.id' },
    ]);
    expect(riskOfSubmission('rs.example', 'http://[', pageReasons, false)).toEqual([]);
  });

  it('non-web schemes are neither insecure nor another site', () => {
    expect(riskOfSubmission('rs.example', 'mailto:x@other.example', [], false)).toEqual([]);
    expect(riskOfSubmission('rs.example', 'ftp://other.example/', [], false)).toEqual([]);
  });

  it('with no known site, only transport is judged', () => {
    expect(codes(riskOfSubmission('', 'https://other.example/', [], false))).toEqual([]);
    expect(codes(riskOfSubmission('', 'http://other.example/', [], false))).toEqual(['insecure_form_action']);
  });
});
