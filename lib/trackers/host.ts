// Host names as the catalogue and classification compare them: lower-case ASCII (punycode), no brackets,
// no trailing dot. Anything that is not a plain host name (a path, a port, credentials, spaces) is refused.
import { bareHost } from '../site/host-core.mjs';

const HOST_CHARS = /^[a-z0-9._:-]+$/;
const MAX_HOST = 253;

export function normalizeHost(raw: string): string | null {
  let h = bareHost(raw);
  // eslint-disable-next-line no-control-regex -- non-ASCII means an IDN that still needs its punycode form
  if (/[^\x00-\x7f]/.test(h)) {
    try {
      h = bareHost(new URL(`http://${h}/`).hostname);
    } catch {
      return null;
    }
  }
  if (h.length === 0 || h.length > MAX_HOST || !HOST_CHARS.test(h)) return null;
  // A colon is only allowed in an IPv6 literal, never as a port.
  if (h.includes(':') && !/^[0-9a-f:.]+$/.test(h)) return null;
  if (h.startsWith('.') || h.includes('..')) return null;
  return h;
}
