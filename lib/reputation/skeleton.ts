// TR39-style skeletons: what a host name looks like, so that `kеmkes` (Cyrillic е) and `kernkes` (rn for m) both
// come out as the skeleton of `kemkes`. Steps: NFD, drop combining marks (é → e), lower-case, then map each
// character through the table derived from Unicode's confusables.txt (scripts/data/confusables.mjs), which keeps
// only characters that resemble a-z, 0-9 or "-".
import table from './data/confusables.json';

const MAP = new Map<string, string>(Object.entries((table as { map: Record<string, string> }).map));
const ASCII: (string | undefined)[] = Array.from({ length: 128 }, (_, i) => MAP.get(String.fromCharCode(i)));
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

export const CONFUSABLES_VERSION: string = (table as { version: string }).version;

function mapAscii(s: string, keepDigits: boolean): string {
  // Most hosts have nothing to map: nothing is built until the first character that does, and then the runs
  // between mapped characters are appended whole.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const mapped = ASCII[code];
    if (mapped === undefined || (keepDigits && code >= 48 && code <= 57)) continue;
    out += s.slice(from, i) + mapped;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

function mapChars(s: string, keepDigits: boolean): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const mapped = code < 128 ? ASCII[code] : MAP.get(ch);
    out += mapped === undefined || (keepDigits && code >= 48 && code <= 57) ? ch : mapped;
  }
  return out;
}

/** Folded (NFD, combining marks dropped, lower case), then mapped. ASCII, the common case, needs neither NFD nor
 * the walk by code points. */
function skeletonOf(s: string, keepDigits: boolean): string {
  if (!NON_ASCII.test(s)) return mapAscii(s.toLowerCase(), keepDigits);
  return mapChars(s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), keepDigits);
}

/** The skeleton of a label or host (Unicode or ASCII). Two names that look alike have the same skeleton. */
export function skeleton(s: string): string {
  return skeletonOf(s, false);
}

/** Like skeleton, but digits stay digits: for matching words and numbers around a brand (`bpjs-daftar2024`). */
export function letterSkeleton(s: string): string {
  return skeletonOf(s, true);
}
