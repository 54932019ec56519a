// The separator-stripping step every identifier check starts from (../shared/CONTRACTS.md §4): spaces, dots,
// dashes and slashes are how people group digits, never part of the number.

/** Whitespace, dots, dashes and slashes, including the Unicode variants keyboards and copy-paste produce. */
export function isSeparator(code: number): boolean {
  if (code <= 0x2f)
    return code === 0x20 || code === 0x2d || code === 0x2e || code === 0x2f || (code >= 9 && code <= 13);
  if (code < 0x80) return code === 0x5c; // backslash, a mistyped slash
  return (
    code === 0xa0 || // no-break space
    code === 0xb7 || // middle dot
    (code >= 0x2000 && code <= 0x200b) || // typographic spaces
    (code >= 0x2010 && code <= 0x2015) || // hyphens and dashes
    code === 0x2024 || // one dot leader
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2212 || // minus sign
    code === 0x2215 || // division slash
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The value without separators, upper-cased, or null as soon as more than `limit` characters remain: the
 * recogniser never builds a long string out of a pasted paragraph.
 */
export function compactWithin(value: string, limit: number): string | null {
  let out = '';
  let start = 0;
  let kept = 0;
  for (let i = 0; i < value.length; i++) {
    if (isSeparator(value.charCodeAt(i))) {
      if (i > start) out += value.slice(start, i);
      start = i + 1;
    } else if (++kept > limit) {
      return null;
    }
  }
  if (start < value.length) out += value.slice(start);
  return toAsciiUpperCase(out);
}

// ASCII only: full Unicode upper-casing would turn look-alikes such as 'ſ' or 'ı' into ASCII letters.
function toAsciiUpperCase(s: string): string {
  return s.replace(/[a-z]+/g, (run) => run.toUpperCase());
}

/** Strips separators (spaces, dots, dashes, slashes) and upper-cases ASCII letters. */
export function compactIdentifier(value: string): string {
  return compactWithin(value, Infinity) ?? '';
}

/** Shortest and longest compacted value any scheme accepts. */
export const MIN_IDENTIFIER_LENGTH = 6;
export const MAX_IDENTIFIER_LENGTH = 24;

/**
 * A very cheap pre-check for every input event: 6–24 characters after compaction, only ASCII letters and
 * digits, at least two digits. When it is false, `recognizeIdentifier` returns [] for the same value.
 */
export function mightBeIdentifier(value: string): boolean {
  if (typeof value !== 'string') return false;
  let kept = 0;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) {
      if (isSeparator(c)) continue;
      return false;
    }
    if (++kept > MAX_IDENTIFIER_LENGTH) return false;
  }
  return kept >= MIN_IDENTIFIER_LENGTH && digits >= 2;
}
