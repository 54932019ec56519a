// What an observed send was: how it left the page (from the browser's request type and method), whether it was
// encrypted, and whether it went to the page's own site. Pure; the registrable site comes from lib/site.
import { isLoopback } from '../site/ip';
import { registrableDomain } from '../site/registrable-domain';
import { bareHost } from '../site/host-core.mjs';

/** How a value left the page (../shared/CONTRACTS.md §3). webRequest reports fetch and XHR as one type. */
export type SendVia = 'form' | 'fetch' | 'xhr' | 'beacon' | 'navigation';
export type Party = 'first' | 'third';

/**
 * webRequest's `type` (Chrome and Firefox names) → how it was sent. Frames: a POST is a form; a GET is a
 * navigation (a GET form puts its fields in the address). `ping` (Chrome) and `beacon` (Firefox) are
 * sendBeacon and `<a ping>`; an image request carrying a value is a tracking pixel, a beacon too.
 * Everything else a script started (fetch, XHR, a websocket, a script or style address) counts as fetch.
 */
export function viaOf(type: string, method: string): SendVia {
  switch (type) {
    case 'main_frame':
    case 'sub_frame':
      return method.toUpperCase() === 'POST' ? 'form' : 'navigation';
    case 'ping':
    case 'beacon':
    case 'image':
    case 'imageset':
      return 'beacon';
    default:
      return 'fetch';
  }
}

export interface Destination {
  host: string;
  site: string;
  /** Encrypted (https/wss), or to this very computer. */
  secure: boolean;
  party: Party;
}

/** Where a request went, seen from a page of `pageSite`; null for addresses with no host (data:, blob:). */
export function destinationOf(requestUrl: string, pageSite: string): Destination | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  const host = bareHost(url.hostname);
  if (!host) return null;
  const site = registrableDomain(host);
  const secure = url.protocol === 'https:' || url.protocol === 'wss:' || isLoopback(host);
  return { host, site, secure, party: site === pageSite ? 'first' : 'third' };
}
