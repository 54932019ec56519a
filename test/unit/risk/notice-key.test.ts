// A dismissed notice stays dismissed until something new is found: the key names what the notice is about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noticeKey } from '../../../lib/risk/notice-key';
import { REASON_CODES, type Reason } from '../../../lib/risk/reason-codes';
import { seeded } from '../fuzz/arbitraries';

describe('noticeKey', () => {
  it('names reason codes (not breaches or trackers, which have their own parts), breaches and capturers', () => {
    const reasons: Reason[] = [
      { code: 'insecure_page', detail: 'http://rs.example' },
      { code: 'known_breach', detail: 'id-a' },
      { code: 'third_party_trackers', detail: 'hotjar.com' },
      { code: 'cross_site_form_action', detail: 'https://x.example/a' },
    ];
    expect(noticeKey(reasons, ['id-b', 'id-a'], ['Hotjar'])).toBe(
      'cross_site_form_action+insecure_page|id-a+id-b|Hotjar',
    );
    expect(noticeKey([], [], [])).toBe('||');
  });

  it('ignores details, order and repeats', () => {
    const a = noticeKey(
      [
        { code: 'insecure_form_action', detail: 'http://a/' },
        { code: 'ip_host', detail: '8.8.8.8' },
      ],
      ['x', 'y'],
      ['B', 'A'],
    );
    const b = noticeKey(
      [
        { code: 'ip_host', detail: '9.9.9.9' },
        { code: 'insecure_form_action', detail: 'http://b/' },
        { code: 'ip_host' },
      ],
      ['y', 'x'],
      ['A', 'B'],
    );
    expect(a).toBe(b);
  });

  it('changes when a new finding, a new breach or a new capturing company appears', () => {
    const base = noticeKey([{ code: 'insecure_page' }], ['id-a'], ['Hotjar']);
    expect(noticeKey([{ code: 'insecure_page' }, { code: 'ip_host' }], ['id-a'], ['Hotjar'])).not.toBe(base);
    expect(noticeKey([{ code: 'insecure_page' }], ['id-a', 'id-b'], ['Hotjar'])).not.toBe(base);
    expect(noticeKey([{ code: 'insecure_page' }], ['id-a'], ['Hotjar', 'FullStory'])).not.toBe(base);
  });

  it('two different sets of findings never share a key', () => {
    const reasons = fc.subarray([...REASON_CODES]).map((cs) => cs.map((code) => ({ code })));
    const ids = fc.uniqueArray(fc.constantFrom('id-a', 'id-b', 'hibp-X'), { maxLength: 3 });
    const who = fc.uniqueArray(fc.constantFrom('Hotjar', 'FullStory', 'Meta'), { maxLength: 3 });
    fc.assert(
      fc.property(fc.tuple(reasons, ids, who), fc.tuple(reasons, ids, who), ([r1, b1, c1], [r2, b2, c2]) => {
        const what = (r: Reason[], b: string[], c: string[]) =>
          JSON.stringify([
            [...new Set(r.map((x) => x.code))]
              .filter((x) => x !== 'known_breach' && x !== 'third_party_trackers')
              .sort(),
            [...b].sort(),
            [...c].sort(),
          ]);
        expect(noticeKey(r1, b1, c1) === noticeKey(r2, b2, c2)).toBe(what(r1, b1, c1) === what(r2, b2, c2));
      }),
      seeded(300, 70),
    );
  });
});
