// A compromised renderer can put anything into a content script's messages. Every message is checked against
// a closed schema before its handler runs: wrong types, missing or extra keys, prototype-pollution keys and
// huge lists are refused with a clear error, and the handler never sees them.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { listen, type Handlers } from '../../../lib/messaging/receive';
import { MESSAGE_LIMITS, MESSAGES, SEND_DIGESTS_SCHEMA } from '../../../lib/messaging/message-schemas';
import { check } from '../../../lib/messaging/schema';
import type { MessageType } from '../../../lib/messaging/protocol';

const field = {
  kind: 'national_id',
  sensitivity: 'special',
  label: 'NIK',
  tag: 'input',
  type: 'text',
  id: 'nik',
  name: 'nik',
  path: '#nik',
  source: 'label',
  form: 0,
  filled: false,
};
const report = {
  url: 'https://rs.example/daftar',
  fields: [field],
  forms: [{ action: 'https://rs.example/simpan', method: 'post', sensitive: true }],
  thirdParties: [{ host: 'cdn.example', via: 'script' }],
  truncated: false,
};

/** An own key named `__proto__` (or any other), as a structured-cloned message from a hostile page has. */
const withKey = (base: object, key: string, value: unknown): object => {
  const o = { ...base };
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
  return o;
};

describe('closed message schemas', () => {
  it('accept what our own scanner and pages send', () => {
    expect(check(MESSAGES.reportFrame.schema, { report })).toMatchObject({ ok: true });
    expect(
      check(MESSAGES.reportFrame.schema, { report: { ...report, fields: [{ ...field, scheme: 'id.nik' }] } }).ok,
    ).toBe(true);
    expect(check(MESSAGES.noticeEvent.schema, { action: 'shown', key: 'a|b|c', kinds: ['national_id'] }).ok).toBe(true);
    expect(
      check(MESSAGES.submitDecision.schema, { choice: 'cancel', kinds: [], destination: 'http://x.example/' }).ok,
    ).toBe(true);
    expect(check(MESSAGES.frameHasControls.schema, {}).ok).toBe(true);
    expect(check(MESSAGES.saveSettings.schema, { patch: { mode: 'clinic', warningLog: { enabled: true } } }).ok).toBe(
      true,
    );
  });

  it('refuse prototype-pollution keys at every level', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      expect(check(MESSAGES.reportFrame.schema, withKey({ report }, key, { polluted: true })).ok).toBe(false);
      expect(check(MESSAGES.reportFrame.schema, { report: withKey(report, key, 1) }).ok).toBe(false);
      expect(check(MESSAGES.reportFrame.schema, { report: { ...report, fields: [withKey(field, key, 1)] } }).ok).toBe(
        false,
      );
      expect(check(MESSAGES.saveSettings.schema, { patch: withKey({}, key, { trusted: [] }) }).ok).toBe(false);
      expect(check(MESSAGES.frameHasControls.schema, withKey({}, key, 1)).ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuse wrong types, names outside the closed unions and missing keys, naming the path', () => {
    const bad: Array<[MessageType, unknown, string]> = [
      ['reportFrame', { report: { ...report, url: 7 } }, 'report.url: not a string'],
      ['reportFrame', { report: { ...report, truncated: 'false' } }, 'report.truncated'],
      ['reportFrame', { report: { ...report, fields: [{ ...field, kind: 'password' }] } }, 'report.fields[0].kind'],
      ['reportFrame', { report: { ...report, fields: [{ ...field, form: 1.5 }] } }, 'report.fields[0].form'],
      ['reportFrame', { report: { ...report, fields: {} } }, 'report.fields: not a list'],
      ['reportFrame', { report: { ...report, forms: [{ action: 'x', method: 'put', sensitive: true }] } }, 'method'],
      ['noticeEvent', { action: 'shown', key: 'k' }, 'missing kinds'],
      ['noticeEvent', { action: 'dismissed', key: {}, kinds: [] }, 'key: not a string'],
      ['submitDecision', { choice: 'constructor', kinds: [], destination: '' }, 'choice'],
      ['submitDecision', { choice: 'trust', kinds: 'national_id', destination: '' }, 'kinds'],
      ['getTabView', { tabId: '3' }, 'tabId'],
      ['setSiteStatus', { site: 'a.example', status: 'trusted', extra: 1 }, 'unknown key'],
      ['proceedFromDanger', { url: 'https://x.example/', always: 1 }, 'always'],
      ['saveSettings', { patch: [] }, 'patch: not an object'],
      ['saveSettings', { patch: { managed: true } }, 'unknown key'],
      ['importSiteList', { list: 'everything', text: '', format: 'auto' }, 'list'],
    ];
    for (const [type, data, problem] of bad) {
      const result = check(MESSAGES[type].schema, data);
      expect(result.ok, `${type} ${JSON.stringify(data)}`).toBe(false);
      if (!result.ok) expect(result.error).toContain(problem);
    }
    // Objects that are not plain data (a class instance, a Date) are refused too.
    expect(check(MESSAGES.frameHasControls.schema, new Date()).ok).toBe(false);
    expect(check(MESSAGES.frameHasControls.schema, Object.create({ inherited: 1 })).ok).toBe(false);
  });

  it('refuse huge lists and huge strings', () => {
    const many = Array.from({ length: MESSAGE_LIMITS.fields + 1 }, () => field);
    expect(check(MESSAGES.reportFrame.schema, { report: { ...report, fields: many } }).ok).toBe(false);
    const kinds = Array.from({ length: MESSAGE_LIMITS.kinds + 1 }, () => 'national_id');
    expect(check(MESSAGES.noticeEvent.schema, { action: 'shown', key: '', kinds }).ok).toBe(false);
    expect(check(MESSAGES.noticeEvent.schema, { action: 'shown', key: 'k'.repeat(501), kinds: [] }).ok).toBe(false);
    expect(check(MESSAGES.reportFrame.schema, { report: { ...report, url: 'u'.repeat(10_000) } }).ok).toBe(false);
  });

  it('hand on a fresh copy holding only the checked keys', () => {
    const result = check(MESSAGES.reportFrame.schema, { report });
    expect(result.ok && result.value).toEqual({ report });
    expect(result.ok && (result.value as { report: unknown }).report).not.toBe(report);
  });
});

describe('the listener', () => {
  beforeEach(() => fakeBrowser.reset());

  const fromPage = {
    id: fakeBrowser.runtime.id,
    tab: { id: 3, url: 'https://rs.example/' } as never,
    frameId: 0,
    url: 'https://rs.example/',
  };

  it('answers a hostile message with an error and never calls the handler', async () => {
    const reached: unknown[] = [];
    const handlers = new Proxy(
      {},
      {
        get: () => (data: unknown) => {
          reached.push(data);
          return null;
        },
        has: () => true,
        getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: () => null }),
      },
    ) as unknown as Handlers;
    listen(handlers);
    const hostile: unknown[] = [
      { type: 'noticeEvent', data: { action: 'shown', key: 'k', kinds: [], site: 'bank.example' } },
      { type: 'reportFrame', data: { report: { ...report, url: ['https://trusted.example/'] } } },
      { type: 'reportFrame', data: withKey({ report }, '__proto__', { isAdmin: true }) },
      { type: 'submitDecision', data: { choice: 'trust', kinds: [], destination: 'x' }, extra: true },
      { type: 'frameHasControls' },
    ];
    for (const message of hostile) {
      const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, fromPage);
      expect(reply, JSON.stringify(message)).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    }
    expect(reached).toEqual([]);
  });
});

describe('the observed-sends port', () => {
  it('takes a 64-hex-digit key and digests with their kinds and shapes, and refuses a value or anything else', () => {
    const d = 'b'.repeat(64);
    const entry = { kind: 'national_id', digest: d, shape: 16 * 256 + 16 };
    expect(check(SEND_DIGESTS_SCHEMA, { key: 'a'.repeat(64), digests: [entry] }).ok).toBe(true);
    const bad: Array<[unknown, string]> = [
      [{ key: '3171015708450001', digests: [] }, 'key: not 64 hex digits'],
      [{ key: 'a'.repeat(64), digests: [{ ...entry, digest: 'A'.repeat(64) }] }, 'digest'],
      [{ key: 'a'.repeat(64), digests: [{ ...entry, value: '3171015708450001' }] }, 'unknown key'],
      [{ key: 'a'.repeat(64), digests: [{ ...entry, kind: 'password' }] }, 'kind'],
      [{ key: 'a'.repeat(64), digests: [{ kind: 'national_id', digest: d }] }, 'shape'],
      [{ key: 'a'.repeat(64), digests: [{ ...entry, shape: 256 * 256 }] }, 'shape'],
      [{ key: 'a'.repeat(64), digests: [{ ...entry, shape: 1.5 }] }, 'shape'],
      [{ key: 'a'.repeat(64), digests: Array(65).fill(entry) }, 'digests'],
    ];
    for (const [data, problem] of bad) {
      const result = check(SEND_DIGESTS_SCHEMA, data);
      expect(result.ok, JSON.stringify(data)).toBe(false);
      if (!result.ok) expect(result.error).toContain(problem);
    }
  });
});
