// The popup's breach section and actions, rendered with fixture views in both languages: the breach line is worded
// by the firmest status the site's entries have (an alleged-only site is never told its data "leaked"), each entry
// says its status, note, date kind and who counted; the safe action is the filled one; icons are drawn, not emoji;
// source links that share a host still read as different pages.
import { afterEach, describe, expect, it } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext, i18nFor } from '../../../components/i18n';
import { PopupView, type PopupActions } from '../../../components/PopupView';
import { DangerView } from '../../../components/DangerView';
import { NoticeCard } from '../../../components/NoticeCard';
import { sourceLabels } from '../../../components/SourceLinks';
import { firmestStatus } from '../../../lib/i18n/describe';
import { CATALOGUES } from '../../../lib/i18n/translate';
import type { BreachStatus, BreachView, Locale, TabView } from '../../../lib/report/views';
import type { Level } from '../../../lib/risk/reason-codes';

function breach(id: string, status: BreachStatus, over: Partial<BreachView> = {}): BreachView {
  return {
    id,
    title: `Breach ${id}`,
    titleId: `Kebocoran ${id}`,
    date: '2022-01-05',
    dateIsDisclosure: true,
    records: 6000000,
    recordsIsClaim: true,
    recordsSource: 'seller',
    dataClasses: ['medical_record', 'name'],
    status,
    statusNote: `Note for ${id}.`,
    statusNoteId: `Catatan untuk ${id}.`,
    sources: ['https://news.example/a', 'https://news.example/b'],
    origin: 'curated',
    healthOrId: true,
    sensitive: false,
    ...over,
  };
}

function view(breaches: BreachView[], level: Level = 'caution'): TabView {
  return {
    tabId: 1,
    url: 'https://sirs.kemkes.go.id/fo/login',
    site: 'kemkes.go.id',
    ruleSite: 'kemkes.go.id',
    badge: '1',
    level,
    reasons: breaches.length ? [{ code: 'known_breach', detail: breaches.map((b) => b.id).join(', ') }] : [],
    fields: [],
    breaches,
    sends: [],
    thirdParties: [
      {
        site: 'hotjar.com',
        company: 'Hotjar',
        category: 'session_replay',
        capturesInput: true,
        captureSources: [
          'https://help.hotjar.com/hc/en-us/articles/36820034730641-How-to-Show-Elements-and-Keystrokes-in-Data-Collection',
          'https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policies',
        ],
        loadsOthers: false,
        breaches: [],
        listed: null,
      },
    ],
    siteStatus: null,
    statusManaged: false,
    paused: false,
    noticeRemoved: false,
    truncated: false,
    userContentHost: false,
    scanned: true,
  };
}

const noActions: PopupActions = { setStatus: () => {}, setPaused: () => {}, openSettings: () => {} };

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function mount(node: ComponentChild, locale: Locale): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(<I18nContext.Provider value={i18nFor(locale)}>{node}</I18nContext.Provider>, host!));
  return host;
}

const popup = (v: TabView, locale: Locale) =>
  mount(
    <PopupView view={v} actions={noActions} classLabel={(c) => c} categoryLabel={(c) => c} attribution="" />,
    locale,
  );
const text = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());

describe('popup: breaches told as the entries know them', () => {
  it('words the breach line by the firmest status, in both languages', () => {
    const cases: Array<[BreachStatus[], string]> = [
      [['alleged'], 'reasonKnownBreachAlleged'],
      [['denied', 'alleged'], 'reasonKnownBreachAlleged'],
      [['denied'], 'reasonKnownBreachDenied'],
      [['alleged', 'partly_confirmed'], 'reasonKnownBreachPartly'],
      [['alleged', 'confirmed', 'denied'], 'reasonKnownBreach'],
    ];
    for (const locale of ['id', 'en'] as const) {
      for (const [statuses, key] of cases) {
        const root = popup(view(statuses.map((s, i) => breach(`b${i}`, s))), locale);
        expect(text(root, '.reason-known_breach .reason-title'), statuses.join('+')).toEqual([
          CATALOGUES[locale][key as keyof (typeof CATALOGUES)['en']],
        ]);
        render(null, host!);
      }
    }
    // The Indonesian line for an alleged-only site never says the data "was leaked".
    const root = popup(view([breach('a', 'alleged'), breach('b', 'denied')]), 'id');
    expect(text(root, '.reason-known_breach .reason-title')[0]).not.toMatch(/pernah bocor/);
  });

  it('shows each entry with its status, its note, "first reported" or "happened on", and who gave the count', () => {
    const entries = [
      breach('a', 'alleged'),
      breach('p', 'partly_confirmed', {
        dateIsDisclosure: false,
        recordsSource: 'organisation',
        recordsIsClaim: false,
      }),
    ];
    const id = popup(view(entries), 'id');
    expect(text(id, '.breach-title')).toEqual([
      `Kebocoran a ${CATALOGUES.id.breachStatusAlleged}`,
      `Kebocoran p ${CATALOGUES.id.breachStatusPartlyConfirmed}`,
    ]);
    expect(text(id, '.breach-note')).toEqual(['Catatan untuk a.', 'Catatan untuk p.']);
    const meta = text(id, '.breach-meta');
    expect(meta[0]).toContain('Pertama dilaporkan');
    expect(meta[0]).toContain('menurut klaim penjual');
    expect(meta[1]).toContain('Terjadi pada');
    expect(meta[1]).toContain('menurut lembaganya sendiri');
    // "What leaked" only where confirmed; otherwise the data the claim or the reports name.
    expect(text(id, '.breach-data')[0]).toMatch(/^Data yang disebut dalam klaim/);
    render(null, host!);
    const en = popup(view(entries), 'en');
    expect(text(en, '.breach-note')).toEqual(['Note for a.', 'Note for p.']);
    expect(text(en, '.breach-meta')[0]).toContain('First reported');
    expect(text(en, '.breach-meta')[1]).toContain('Happened on');
  });

  it('never fills Trust; fills Block only on a danger-level site, not on a caution about a real service', () => {
    const filledOf = (root: Element) =>
      [...root.querySelectorAll<HTMLButtonElement>('.actions button')]
        .filter((b) => b.classList.contains('primary'))
        .map((b) => b.textContent);
    for (const level of ['caution', 'danger'] as const) {
      const root = popup(view([breach('a', 'alleged')], level), 'id');
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('.actions button')];
      const trust = buttons.find((b) => b.textContent?.startsWith('Percayai'))!;
      expect(trust.classList.contains('secondary'), level).toBe(true);
      expect(filledOf(root), level).toEqual(level === 'danger' ? [expect.stringMatching(/^Blokir/)] : []);
      render(null, host!);
    }
    const calm = popup(view([], 'ok'), 'en');
    expect(filledOf(calm)).toEqual([]);
  });

  it('draws its icons as inline SVG rather than emoji that may have no font', () => {
    const root = popup(view([breach('a', 'alleged')]), 'id');
    expect(root.querySelector('.banner-icon svg')).not.toBeNull();
    expect(root.querySelector('.banner-icon')?.textContent).toBe('');
    render(null, host!);
    const danger = mount(
      <DangerView
        data={{
          url: 'https://bpjs-kesehatan-verifikasi.com/login',
          site: 'bpjs-kesehatan-verifikasi.com',
          ruleSite: 'bpjs-kesehatan-verifikasi.com',
          reasons: [],
          bypassAllowed: true,
          locale: 'id',
        }}
        actions={{ back: () => {}, continueOnce: () => {}, continueAlways: () => {} }}
      />,
      'id',
    );
    expect(danger.querySelector('.danger-icon svg')).not.toBeNull();
    expect(danger.querySelector('.danger-icon')?.textContent).toBe('');
  });

  it('never shows two source links that read the same', () => {
    const root = popup(view([breach('a', 'alleged')]), 'en');
    const captures = text(root, '.party-note a');
    expect(captures).toHaveLength(2);
    expect(new Set(captures).size).toBe(2);
    const sources = text(root, '.breach-sources a');
    expect(new Set(sources).size).toBe(sources.length);
  });
});

describe('notice: a breach in one line', () => {
  it('names its status and whether the date is when it happened or only when it was reported', () => {
    const advice = (b: BreachView[], locale: Locale) => ({
      site: 'kemkes.go.id',
      ruleSite: 'kemkes.go.id',
      level: 'caution' as const,
      reasons: [],
      locale,
      mode: 'patient' as const,
      eagerness: 'normal' as const,
      paused: false,
      submitCheck: 'ask' as const,
      bypassAllowed: true,
      noticeKey: 'k',
      noticeDismissed: false,
      breaches: b,
      inputCapturers: [],
      trustedDestinations: [],
      sentAlerts: [],
    });
    const entries = [breach('a', 'alleged'), breach('c', 'confirmed', { dateIsDisclosure: false, date: '2021-09-02' })];
    const id = mount(
      <NoticeCard kind="national_id" advice={advice(entries, 'id')} compact={false} onClose={() => {}} />,
      'id',
    );
    const lines = text(id, 'li .title');
    expect(lines[0]).toBe(
      `Laporan kebocoran: Kebocoran a — ${CATALOGUES.id.breachStatusAlleged}, dilaporkan 5 Januari 2022.`,
    );
    expect(lines[1]).toBe(
      `Laporan kebocoran: Kebocoran c — ${CATALOGUES.id.breachStatusConfirmed}, terjadi 2 September 2021.`,
    );
    render(null, host!);
    const en = mount(
      <NoticeCard kind="national_id" advice={advice(entries, 'en')} compact={false} onClose={() => {}} />,
      'en',
    );
    expect(text(en, 'li .title')[0]).toMatch(/^Breach report: Breach a — Alleged, not confirmed, reported /);
  });
});

describe('source labels', () => {
  it('keeps a lone host short and tells pages of one host apart by their words, or by number', () => {
    expect(sourceLabels(['https://www.kompas.com/x/1', 'https://detik.com/y'])).toEqual(['kompas.com', 'detik.com']);
    expect(
      sourceLabels([
        'https://help.hotjar.com/hc/en-us/articles/36820034730641-How-to-Show-Elements-and-Keystrokes-in-Data-Collection',
        'https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policies',
      ]),
    ).toEqual([
      'help.hotjar.com: How to Show Elements and Keystrokes in Data Col…',
      'help.hotjar.com: Content Security Policies',
    ]);
    expect(sourceLabels(['https://a.example/123', 'https://a.example/456'])).toEqual([
      'a.example (1)',
      'a.example (2)',
    ]);
    expect(sourceLabels(['https://a.example/x/page', 'https://a.example/y/page'])).toEqual([
      'a.example: page (1)',
      'a.example: page (2)',
    ]);
  });

  it('copes with hostile addresses', () => {
    const long = `https://a.example/${'-'.repeat(100_000)}x`;
    const labels = sourceLabels([long, 'https://a.example/%E0%A4%A', 'not a url', 'not a url ']);
    expect(labels).toHaveLength(4);
    expect(labels[0]!.length).toBeLessThan(80);
  });
});

describe('firmest status', () => {
  it('ranks confirmed over partly confirmed over alleged over denied, and knows no status for none', () => {
    expect(firmestStatus([])).toBeNull();
    expect(firmestStatus(['denied', 'alleged'])).toBe('alleged');
    expect(firmestStatus(['alleged', 'partly_confirmed', 'denied'])).toBe('partly_confirmed');
    expect(firmestStatus(['denied', 'confirmed'])).toBe('confirmed');
  });
});
