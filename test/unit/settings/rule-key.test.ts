// Which rule a Trust/Block/Pause click makes: the site the person sees, counting the PSL's private section, and
// never a hosting provider's whole domain. Each rule must also survive being stored and read back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noticeSiteFor, ruleKeyFor, ruleSiteFor } from '../../../lib/settings/rule-key';
import { parseSettings } from '../../../lib/settings/validate';
import { ruleMatchesHost } from '../../../lib/settings/match';

describe('ruleKeyFor', () => {
  it.each([
    ['someone.github.io', { scope: 'domain', value: 'someone.github.io' }],
    ['docs.someone.github.io', { scope: 'domain', value: 'someone.github.io' }],
    ['klinik.netlify.app', { scope: 'domain', value: 'klinik.netlify.app' }],
    ['klinik.web.app', { scope: 'domain', value: 'klinik.web.app' }],
    ['klinik.vercel.app', { scope: 'domain', value: 'klinik.vercel.app' }],
    ['x.blob.core.windows.net', { scope: 'domain', value: 'x.blob.core.windows.net' }],
    ['bucket.s3.amazonaws.com', { scope: 'domain', value: 'bucket.s3.amazonaws.com' }],
    ['sirs.kemkes.go.id', { scope: 'domain', value: 'kemkes.go.id' }],
    ['WWW.Kemkes.GO.ID.', { scope: 'domain', value: 'kemkes.go.id' }],
    // A page at a public suffix itself gets exactly that host, never a domain rule over everything under it.
    ['github.io', { scope: 'host', value: 'github.io' }],
    ['10.20.1.5', { scope: 'host', value: '10.20.1.5' }],
    ['simrs', { scope: 'host', value: 'simrs' }],
  ])('%s → %o', (host, rule) => {
    expect(ruleKeyFor(host, [])).toEqual(rule);
  });

  it('answers null for what no rule can name', () => {
    for (const host of ['', '::1', '[::1]', 'a b', 'https://x.example/']) expect(ruleKeyFor(host, [])).toBeNull();
  });

  it('on a shared host, names no rule for the host itself and an owner’s own name below it', () => {
    const shared = ['sites.google.com', 's.id'];
    expect(ruleKeyFor('sites.google.com', shared)).toBeNull();
    expect(ruleKeyFor('s.id', shared)).toBeNull();
    expect(ruleKeyFor('klinik.s.id', shared)).toEqual({ scope: 'domain', value: 'klinik.s.id' });
    expect(ruleKeyFor('a.klinik.s.id', shared)).toEqual({ scope: 'domain', value: 'klinik.s.id' });
    // Not shared: the rest of the domain is untouched.
    expect(ruleKeyFor('mail.google.com', shared)).toEqual({ scope: 'domain', value: 'google.com' });
    expect(noticeSiteFor('sites.google.com', shared)).toBe('sites.google.com');
  });

  it('never widens a private-suffix site to the provider, and the rule covers the page it came from', () => {
    for (const host of ['someone.github.io', 'x.blob.core.windows.net', 'bucket.s3.amazonaws.com', 'a.netlify.app']) {
      const rule = ruleKeyFor(host, [])!;
      expect(ruleMatchesHost(rule, host)).toBe(true);
      expect(ruleMatchesHost(rule, 'other.github.io')).toBe(false);
      expect(ruleMatchesHost(rule, 'y.blob.core.windows.net')).toBe(false);
      expect(['github.io', 'windows.net', 'amazonaws.com', 'netlify.app']).not.toContain(rule.value);
    }
  });

  it('stores rules that reading the settings back keeps (github.io, netlify.app… were dropped before)', () => {
    const hosts = ['someone.github.io', 'a.netlify.app', 'a.web.app', 'a.vercel.app', 'x.blob.core.windows.net'];
    const rules = hosts.map((h) => ruleKeyFor(h, [])!);
    const { settings, problems } = parseSettings({ trusted: rules, blocked: rules, paused: rules });
    expect(problems).toEqual([]);
    expect(settings.trusted).toEqual(rules);
    expect(settings.blocked).toEqual(rules);
    expect(settings.paused).toEqual(rules);
  });

  it('is idempotent: the site string a button names gives the same rule back', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);
    const suffix = fc.constantFrom('github.io', 'go.id', 'co.id', 'example', 'blob.core.windows.net', 'com', 's.id');
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), suffix, (labels, sfx) => {
        const host = `${labels.join('.')}.${sfx}`;
        const shared = ['s.id'];
        const site = ruleSiteFor(host, shared);
        if (site === null) return;
        expect(ruleKeyFor(site, shared)).toEqual(ruleKeyFor(host, shared));
        expect(parseSettings({ trusted: [ruleKeyFor(host, shared)] }).problems).toEqual([]);
      }),
    );
  });
});
