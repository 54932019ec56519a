// The pretend web: what the browser is answered for each address. Tests register content for any address
// (`https://rs-contoh.example/daftar`, `http://203.0.113.5/`) and the browser drivers answer the browser's own
// request with it, so pages load at that exact URL without a network. Everything else is refused and recorded.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../test/fixtures');

export interface Answer {
  status: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Normalises an address the way the browser will ask for it (no fragment). */
export function keyOf(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

export class PretendWeb {
  private readonly answers = new Map<string, Answer>();
  /** Hosts whose requests go on to the network, i.e. to the driver's recording proxy, which stands in for them. */
  private readonly through = new Set<string>();
  /** Requests for addresses nobody registered: they were refused. */
  readonly refused: string[] = [];
  /** Requests that were answered, as `METHOD url`, in order. */
  readonly served: string[] = [];
  /** Requests the browser itself cancelled before taking the answer (an extension stopping them at a hook that
   * runs beside the test's interception, before any connection): moved here from `served`. */
  readonly cancelled: string[] = [];

  /** The browser dropped a request before its answer could be delivered. */
  dropped(url: string, method = 'GET'): void {
    const line = `${method} ${keyOf(url)}`;
    const at = this.served.lastIndexOf(line);
    if (at >= 0) this.served.splice(at, 1);
    this.cancelled.push(line);
  }

  set(url: string, answer: Partial<Answer> & { body: string | Buffer }): void {
    this.answers.set(keyOf(url), { status: 200, contentType: 'text/html; charset=utf-8', ...answer });
  }

  /** Shows a file from test/fixtures at `url`. */
  fixture(url: string, fixturePath: string): void {
    const file = resolve(FIXTURES_DIR, fixturePath);
    this.set(url, { body: readFileSync(file), contentType: contentTypeFor(file) });
  }

  html(url: string, html: string): void {
    this.set(url, { body: html });
  }

  answer(url: string, method = 'GET'): Answer | null {
    try {
      const found = this.answers.get(keyOf(url)) ?? null;
      if (found) this.served.push(`${method} ${keyOf(url)}`);
      return found;
    } catch {
      return null;
    }
  }

  /**
   * What becomes of a request the browser makes, the one rule both drivers apply: the browser's own and the
   * extension's resources (not http/https) and hosts handed to the recording proxy go on; a registered address is
   * answered; loopback (the audit's file
   * server) and, when `passthrough`, anything else goes to the network; the rest is refused and recorded.
   */
  route(url: string, method = 'GET', passthrough = false): Answer | 'continue' | 'refuse' {
    if (!/^https?:/.test(url) || this.passesThrough(url)) return 'continue';
    const found = this.answer(url, method);
    if (found) return found;
    if (passthrough || /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) return 'continue';
    this.refused.push(url);
    return 'refuse';
  }

  /** Sends every request for `host` on to the recording proxy (see `passesThrough`). */
  passThrough(host: string): void {
    this.through.add(host.toLowerCase());
  }

  /** Whether a request is left to reach the network (the recording proxy) instead of being answered here. */
  passesThrough(url: string): boolean {
    try {
      return this.through.has(new URL(url).hostname);
    } catch {
      return false;
    }
  }

  clear(): void {
    this.answers.clear();
    this.refused.length = 0;
    this.served.length = 0;
    this.cancelled.length = 0;
  }
}

/** A tiny transparent GIF, for pretend tracker pixels. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
