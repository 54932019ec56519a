// The typo tests Chrome's lookalike heuristics use (components/lookalikes/core/lookalike_url_util.cc), written anew:
// Levenshtein distance at most one in linear time, one swap of adjacent characters, and Chrome's filters for
// differences that are usually different words rather than typos.

/** Distance ≤ 1: equal, or one insertion, deletion or substitution apart. */
export function isEditDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (i === s.length) return true;
  if (s.length === l.length) return s.slice(i + 1) === l.slice(i + 1);
  return s.slice(i) === l.slice(i + 1);
}

/** Same length and the same except two neighbouring characters trade places (`kmekes` for `kemkes`). */
export function hasOneAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The only difference is at the first character (`vapor` / `lapor`): usually a different word. */
export function differsOnlyAtStart(a: string, b: string): boolean {
  return a.slice(1) === b.slice(1) || a.slice(1) === b || a === b.slice(1);
}

/** The names are equal once trailing digits are dropped (`kemkes1` / `kemkes`, `rs2` / `rs3`). */
export function differsOnlyByTrailingDigits(a: string, b: string): boolean {
  // A loop, not /\d+$/: that pattern retries from every digit of a long run that is not at the end (quadratic).
  const strip = (s: string) => {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) >= 48 && s.charCodeAt(end - 1) <= 57) end--;
    return s.slice(0, end);
  };
  return a !== b && strip(a) === strip(b);
}
