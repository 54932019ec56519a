// Edits of the person's site lists: one rule per list, trust and block exclusive, imports all or nothing within
// the limit that reading settings back keeps.
import { describe, expect, it } from 'vitest';
import { withImportedRules, withPaused, withSiteStatus } from '../../../lib/settings/edits';
import { defaultSettings, parseSettings } from '../../../lib/settings/validate';
import { MAX_RULES_PER_LIST } from '../../../lib/settings/limits';
import type { SiteRule } from '../../../lib/settings/types';

const gh: SiteRule = { scope: 'domain', value: 'someone.github.io' };
const other: SiteRule = { scope: 'host', value: 'lab.example' };

describe('withSiteStatus', () => {
  it('trusting un-blocks, blocking un-trusts, none removes both, and nothing is repeated', () => {
    const start = { ...defaultSettings(), blocked: [gh, other], trusted: [other] };
    const trusted = withSiteStatus(start, gh, 'trusted');
    expect(trusted).toEqual({ ok: true, settings: { ...start, trusted: [other, gh], blocked: [other] } });
    if (!trusted.ok) return;
    const again = withSiteStatus(trusted.settings, gh, 'trusted');
    expect(again.ok && again.settings.trusted).toEqual([other, gh]);
    const blocked = withSiteStatus(trusted.settings, gh, 'blocked');
    expect(blocked.ok && [blocked.settings.trusted, blocked.settings.blocked]).toEqual([[other], [other, gh]]);
    const none = withSiteStatus(trusted.settings, gh, 'none');
    expect(none.ok && [none.settings.trusted, none.settings.blocked]).toEqual([[other], [other]]);
  });

  it('never stores the managed flag', () => {
    const result = withSiteStatus(defaultSettings(), { ...gh, managed: true }, 'blocked');
    expect(result.ok && result.settings.blocked).toEqual([gh]);
  });

  it('refuses to grow a list past the limit, changing nothing', () => {
    const full = Array.from({ length: MAX_RULES_PER_LIST }, (_, i): SiteRule => ({
      scope: 'host',
      value: `h${i}.example`,
    }));
    const start = { ...defaultSettings(), trusted: full };
    expect(withSiteStatus(start, gh, 'trusted')).toEqual({
      ok: false,
      error: { code: 'too_many_rules', list: 'trusted', limit: MAX_RULES_PER_LIST },
    });
    // Re-trusting one already there is not growth.
    expect(withSiteStatus(start, full[3]!, 'trusted').ok).toBe(true);
  });
});

describe('withPaused', () => {
  it('adds and removes one rule', () => {
    const paused = withPaused(defaultSettings(), gh, true);
    expect(paused.ok && paused.settings.paused).toEqual([gh]);
    const resumed = paused.ok ? withPaused(paused.settings, gh, false) : paused;
    expect(resumed.ok && resumed.settings.paused).toEqual([]);
  });
});

describe('withImportedRules', () => {
  it('adds what the list lacks, once', () => {
    const start = { ...defaultSettings(), blocked: [other] };
    const result = withImportedRules(start, 'blocked', [other, gh, gh]);
    expect(result.ok && result.settings.blocked).toEqual([other, gh]);
  });

  it('stores all or nothing: an import that would pass the stored limit is refused and names it', () => {
    const many = Array.from({ length: MAX_RULES_PER_LIST + 1 }, (_, i): SiteRule => ({
      scope: 'host',
      value: `h${i}.example`,
    }));
    expect(withImportedRules(defaultSettings(), 'blocked', many)).toEqual({
      ok: false,
      error: { code: 'too_many_rules', list: 'blocked', limit: MAX_RULES_PER_LIST },
    });
    // Exactly the limit is stored, and reading it back keeps every entry.
    const fits = withImportedRules(defaultSettings(), 'blocked', many.slice(0, MAX_RULES_PER_LIST));
    expect(fits.ok).toBe(true);
    if (!fits.ok) return;
    const read = parseSettings(fits.settings);
    expect(read.problems).toEqual([]);
    expect(read.settings.blocked).toHaveLength(MAX_RULES_PER_LIST);
  });
});
