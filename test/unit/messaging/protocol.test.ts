// The message protocol: every message has exactly one handler in the background, content scripts can send only
// the content messages, and what a page's scanner reports is typed so that a typed value cannot be put in it
// without a cast (the type-level checks here run under `npx tsc --noEmit`, which covers test files).
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { handlers } from '../../../entrypoints/background/handlers';
import type { FieldKind } from '../../../lib/kinds/field-kinds';
import { MESSAGES } from '../../../lib/messaging/message-schemas';
import {
  type ContentProtocol,
  type DataOf,
  type MessageType,
  type PageProtocol,
  type Protocol,
} from '../../../lib/messaging/protocol';
import { listen, type Handlers } from '../../../lib/messaging/receive';
import type { PageText } from '../../../lib/report/page-text';
import type { FieldReport, FormReport, FrameReport, ThirdPartyObservation } from '../../../lib/report/types';

/** Every key of Protocol (types do not exist at run time; the type check below keeps this list exact). */
const PROTOCOL_KEYS = [
  'clearWarningLog',
  'exportSiteList',
  'exportWarningLog',
  'frameHasControls',
  'getBreachHistory',
  'getDangerView',
  'getDiagnostics',
  'getSettingsView',
  'getTabView',
  'getWarningLog',
  'importBreaches',
  'importSiteList',
  'noticeEvent',
  'proceedFromDanger',
  'refreshListSources',
  'reportFrame',
  'saveSettings',
  'setPaused',
  'setSiteStatus',
  'submitDecision',
] as const;

describe('handlers', () => {
  it('the list of protocol keys is exactly keyof Protocol (checked by tsc)', () => {
    expectTypeOf<(typeof PROTOCOL_KEYS)[number]>().toEqualTypeOf<keyof Protocol>();
    expectTypeOf<(typeof MESSAGES)['reportFrame']['from']>().toEqualTypeOf<'content'>();
    expectTypeOf<(typeof MESSAGES)['saveSettings']['from']>().toEqualTypeOf<'page'>();
    expectTypeOf<MessageType>().toEqualTypeOf<keyof ContentProtocol | keyof PageProtocol>();
  });

  it('has one handler for every message of the protocol, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...PROTOCOL_KEYS]);
    for (const key of PROTOCOL_KEYS) expect(typeof handlers[key]).toBe('function');
  });

  it('content messages are protocol messages, and page messages are the rest', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...PROTOCOL_KEYS]);
    const content = PROTOCOL_KEYS.filter((m) => MESSAGES[m].from === 'content');
    expect(content).toEqual(['frameHasControls', 'noticeEvent', 'reportFrame', 'submitDecision']);
    for (const m of PROTOCOL_KEYS) expect(['content', 'page']).toContain(MESSAGES[m].from);
  });
});

describe('what a page can send', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  /** Handlers that record what reached them. */
  function recording(): { calls: string[]; handlers: Handlers } {
    const calls: string[] = [];
    const fake = Object.fromEntries(
      PROTOCOL_KEYS.map((k) => [
        k,
        () => {
          calls.push(k);
          return null;
        },
      ]),
    ) as unknown as Handlers;
    return { calls, handlers: fake };
  }

  const fromPage = {
    id: fakeBrowser.runtime.id,
    tab: { id: 3, url: 'https://rs.example/' } as never,
    frameId: 0,
    url: 'https://rs.example/',
  };
  const fromExtension = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

  it('a content script reaches the content messages only; settings and lists stay out of its reach', async () => {
    const { calls, handlers: fake } = recording();
    listen(fake);
    const [report] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'reportFrame', data: { report: { url: '', fields: [], forms: [], thirdParties: [], truncated: false } } },
      fromPage,
    );
    expect(report).toEqual({ ok: true, value: null });
    for (const type of ['saveSettings', 'setSiteStatus', 'importSiteList', 'proceedFromDanger', 'getWarningLog']) {
      const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type, data: {} }, fromPage);
      expect(reply).toEqual({ ok: false, error: 'not allowed from this context' });
    }
    expect(calls).toEqual(['reportFrame']);
  });

  it("the extension's own pages reach page messages; other extensions and unknown types get no answer", async () => {
    const { calls, handlers: fake } = recording();
    listen(fake);
    const [ok] = await fakeBrowser.runtime.onMessage.trigger({ type: 'getSettingsView', data: {} }, fromExtension());
    expect(ok).toEqual({ ok: true, value: null });
    const [other] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getSettingsView', data: {} },
      { id: 'someone-else' },
    );
    expect(other).toBeUndefined();
    for (const message of [{ type: 'toString' }, { type: '__proto__' }, { type: 'nope' }, 'reportFrame', null]) {
      const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, fromExtension());
      expect(reply).toBeUndefined();
    }
    expect(calls).toEqual(['getSettingsView']);
  });
});

describe('a typed value cannot be sent without a cast', () => {
  type Report = DataOf<'reportFrame'>['report'];

  it('every text the scanner reports is PageText, not string', () => {
    expectTypeOf<Report>().toEqualTypeOf<FrameReport>();
    expectTypeOf<FrameReport['url']>().toEqualTypeOf<PageText>();
    expectTypeOf<FieldReport['label']>().toEqualTypeOf<PageText>();
    expectTypeOf<FieldReport['type']>().toEqualTypeOf<PageText>();
    expectTypeOf<FieldReport['id']>().toEqualTypeOf<PageText>();
    expectTypeOf<FieldReport['name']>().toEqualTypeOf<PageText>();
    expectTypeOf<FieldReport['path']>().toEqualTypeOf<PageText>();
    expectTypeOf<FieldReport['scheme']>().toEqualTypeOf<PageText | undefined>();
    expectTypeOf<FormReport['action']>().toEqualTypeOf<PageText>();
    expectTypeOf<ThirdPartyObservation['host']>().toEqualTypeOf<PageText>();
    // The remaining fields are closed unions, numbers and booleans: nowhere for free text.
    expectTypeOf<FieldReport['kind']>().toEqualTypeOf<FieldKind>();
    expectTypeOf<FieldReport['tag']>().toEqualTypeOf<'input' | 'select' | 'textarea' | 'contenteditable'>();
    expectTypeOf<string>().not.toMatchTypeOf<PageText>();
    expectTypeOf<PageText>().toMatchTypeOf<string>();
  });

  it('assigning a plain string where the report wants PageText does not compile', () => {
    const typed: string = '3201234567890001';
    const field: FieldReport = {
      kind: 'national_id',
      sensitivity: 'special',
      // @ts-expect-error a typed value (string) is not PageText
      label: typed,
      tag: 'input',
      // @ts-expect-error string is not PageText
      type: typed,
      // @ts-expect-error string is not PageText
      id: typed,
      // @ts-expect-error string is not PageText
      name: typed,
      // @ts-expect-error string is not PageText
      path: typed,
      source: 'value',
      // @ts-expect-error string is not PageText
      scheme: typed,
      form: -1,
      filled: true,
    };
    const data: DataOf<'reportFrame'> = {
      report: {
        // @ts-expect-error string is not PageText
        url: typed,
        fields: [field],
        // @ts-expect-error string is not PageText
        forms: [{ action: typed, method: 'post', sensitive: true }],
        // @ts-expect-error string is not PageText
        thirdParties: [{ host: typed, via: 'script' }],
        truncated: false,
      },
    };
    // At run time a brand is only a type: the check above is the point of this test.
    expect(data.report.fields[0]!.label).toBe(typed);
  });
});
