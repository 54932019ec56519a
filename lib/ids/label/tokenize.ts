// Splits a label into lower-case words in one pass (no regex over the whole text, so a 100,000-character label
// costs linear time). Words break at anything that is not a letter, digit or combining mark, between letters
// and digits, and at camelCase humps ("noRekamMedis", "NIKPasien"), so attribute names read like labels.
import words from '../data/label-words.json';

const ALIASES: Readonly<Record<string, string>> = words.aliases;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Longer words cannot be a label word; they are kept as an empty placeholder to hold their position. */
const MAX_WORD = 40;

const SEP = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const OTHER = 4;

function classify(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return LOWER;
    if (c >= 0x41 && c <= 0x5a) return UPPER;
    if (c >= 0x30 && c <= 0x39) return DIGIT;
    return SEP;
  }
  if (c >= 0xd800 && c <= 0xdfff) return OTHER; // keep surrogate pairs together
  return WORD_CHAR.test(text[i]!) ? OTHER : SEP;
}

function normalise(word: string): string {
  if (word.length > MAX_WORD) return '';
  const lower = word.toLowerCase();
  return ALIASES[lower] ?? lower;
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  let prev = SEP;
  let prevPrev = SEP;
  for (let i = 0; i < text.length; i++) {
    const cls = classify(text, i);
    if (cls === SEP) {
      if (start >= 0) out.push(normalise(text.slice(start, i)));
      start = -1;
    } else if (start < 0) {
      start = i;
    } else if ((cls === DIGIT) !== (prev === DIGIT) || (cls === UPPER && prev === LOWER)) {
      out.push(normalise(text.slice(start, i)));
      start = i;
    } else if (cls === LOWER && prev === UPPER && prevPrev === UPPER && i - 1 > start) {
      // "NIKPasien": the last capital of a run starts the next word.
      out.push(normalise(text.slice(start, i - 1)));
      start = i - 1;
    }
    prevPrev = prev;
    prev = cls;
  }
  if (start >= 0) out.push(normalise(text.slice(start)));
  return out;
}
