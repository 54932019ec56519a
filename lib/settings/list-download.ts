// Rules for downloading a list source (entrypoints/background/list-sources.ts does the fetching): how much is read,
// which answers are refused, and when a new copy may replace the last good one. Pure: the response's body stream
// and facts come in as arguments.
import type { ListSourceErrorCode } from './list-source-errors';

export type { ListSourceErrorCode };

/** Largest list read; reading stops here (a hostile or broken server cannot fill memory or storage). */
export const MAX_LIST_BYTES = 64 * 1024 * 1024;

/** A new reputation list replaces the last good copy only if at most this share of its lines were refused… */
export const MAX_REFUSED_SHARE = 0.01;
/** …or, for short lists, at most this many lines. */
export const REFUSED_LINES_ALLOWED = 10;

export type ReadResult = { ok: true; text: string } | { ok: false; error: ListSourceErrorCode };

/** Reads a body as UTF-8, stopping (and cancelling the download) as soon as it passes `maxBytes`. */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number = MAX_LIST_BYTES,
): Promise<ReadResult> {
  if (!body) return { ok: true, text: '' };
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let read = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, error: 'too_large' };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}

/** What the background learns about a response before reading it. */
export interface ResponseFacts {
  /** `opaqueredirect` when the server answered with a redirect (the fetch uses `redirect: 'manual'`). */
  type: string;
  status: number;
  ok: boolean;
  /** The address the response came from. */
  url: string;
}

/**
 * Why a response is not read, or null. Redirects are refused whatever their target: with `redirect: 'manual'` the
 * target is never contacted (a list address cannot be used to reach another origin or a machine on the local
 * network), and an extension cannot see where an opaque redirect points, so the person is asked for the final address.
 */
export function responseRefusal(requested: string, response: ResponseFacts): ListSourceErrorCode | null {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return 'redirected';
  if (response.url !== '' && response.url !== requested) return 'redirected';
  if (!response.ok) return 'http_error';
  return null;
}

/** Whether a parsed reputation list may replace the last good copy. */
export function listQualityProblem(entries: number, refusedLines: number): ListSourceErrorCode | null {
  if (entries === 0) return 'no_entries';
  const allowed = Math.max(REFUSED_LINES_ALLOWED, Math.floor((entries + refusedLines) * MAX_REFUSED_SHARE));
  return refusedLines > allowed ? 'too_many_errors' : null;
}

/** A breach list source adds entries; it never replaces what came with Jaga Data (its ids are set aside). */
export function withoutBundled<T extends { id: string }>(incoming: readonly T[], bundledIds: ReadonlySet<string>): T[] {
  return incoming.filter((b) => !bundledIds.has(b.id));
}
