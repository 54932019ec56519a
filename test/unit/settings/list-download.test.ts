// Downloading a list source: reading stops at the cap, redirects are refused, a poor copy never replaces a good
// one, and a breach source never replaces what came with Jaga Data.
import { describe, expect, it } from 'vitest';
import {
  listQualityProblem,
  readCapped,
  responseRefusal,
  withoutBundled,
  REFUSED_LINES_ALLOWED,
} from '../../../lib/settings/list-download';
import { isListSourceError, LIST_SOURCE_ERRORS } from '../../../lib/settings/list-source-errors';

/** A body that counts how many chunks were pulled from it and whether it was cancelled. */
function countingBody(chunk: Uint8Array, chunks: number) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

describe('readCapped', () => {
  it('stops reading once the cap is passed and cancels the download', async () => {
    const { body, seen } = countingBody(new Uint8Array(1000).fill(97), 1_000_000);
    expect(await readCapped(body, 10_000)).toEqual({ ok: false, error: 'too_large' });
    // 11 chunks pass 10 000 bytes; nothing near the million offered was read.
    expect(seen.pulled).toBeLessThanOrEqual(12);
    expect(seen.cancelled).toBe(true);
  });

  it('reads a body within the cap whole, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('bücher.example\nrs-contoh.example\n');
    const split = [bytes.slice(0, 2), bytes.slice(2)];
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const part of split) c.enqueue(part);
        c.close();
      },
    });
    expect(await readCapped(body, bytes.byteLength)).toEqual({
      ok: true,
      text: 'bücher.example\nrs-contoh.example\n',
    });
    expect(await readCapped(null)).toEqual({ ok: true, text: '' });
  });
});

describe('responseRefusal', () => {
  const url = 'https://lists.example/phish.txt';
  const ok = { type: 'basic', status: 200, ok: true, url };
  it('accepts a direct answer and refuses redirects, wherever they point, and errors', () => {
    expect(responseRefusal(url, ok)).toBeNull();
    expect(responseRefusal(url, { type: 'opaqueredirect', status: 0, ok: false, url })).toBe('redirected');
    expect(responseRefusal(url, { ...ok, status: 302, ok: false })).toBe('redirected');
    expect(responseRefusal(url, { ...ok, url: 'http://192.168.1.1/phish.txt' })).toBe('redirected');
    expect(responseRefusal(url, { ...ok, url: 'https://other.example/phish.txt' })).toBe('redirected');
    expect(responseRefusal(url, { ...ok, status: 404, ok: false })).toBe('http_error');
  });
});

describe('listQualityProblem', () => {
  it('keeps the last good copy unless the new one parses with few errors', () => {
    expect(listQualityProblem(0, 0)).toBe('no_entries');
    expect(listQualityProblem(5, REFUSED_LINES_ALLOWED)).toBeNull();
    expect(listQualityProblem(5, REFUSED_LINES_ALLOWED + 1)).toBe('too_many_errors');
    expect(listQualityProblem(100_000, 1000)).toBeNull();
    expect(listQualityProblem(100_000, 2000)).toBe('too_many_errors');
    // An HTML error page answered with 200 is mostly unreadable lines.
    expect(listQualityProblem(3, 400)).toBe('too_many_errors');
  });
});

describe('withoutBundled', () => {
  it('sets aside entries that would replace bundled ones', () => {
    const bundled = new Set(['hibp-tokopedia']);
    expect(withoutBundled([{ id: 'hibp-tokopedia' }, { id: 'new-one' }], bundled)).toEqual([{ id: 'new-one' }]);
  });
});

describe('list source error codes', () => {
  it('are a closed set the settings page can check', () => {
    for (const code of LIST_SOURCE_ERRORS) expect(isListSourceError(code)).toBe(true);
    expect(isListSourceError('the server answered 500')).toBe(false);
  });
});
