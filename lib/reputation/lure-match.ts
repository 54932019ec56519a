// Brand plus lure words (combosquatting): a label that is a protected brand with nothing around it but lure words
// (daftar, klaim, verifikasi…), fillers (www) and digits. Requiring every leftover character to be a known word keeps
// `kemkesmas` or `siloam-karawaci` out while `bpjs-kesehatan-verifikasi` and `satusehat-daftar` are caught.
// Matching runs on letter skeletons so `kernkes-daftar` (rn for m) is caught too.
import lureData from './data/lure-words.json';
import { CharTrie } from './char-trie';
import type { NameIndex, Target } from './lookalike-names';
import { letterSkeleton } from './skeleton';

export interface LureMatcher {
  /**
   * A label's letter skeleton without its hyphens, when some protected brand occurs in it; null when none does (most
   * labels), and then find and findPair have nothing to find. One pass over the label.
   */
  branded(skeletonLabel: string): string | null;
  /**
   * The brand a label is built on, or null. `branded` is the label's `branded` form, `label` the label as written.
   * `plain`: the brand is there letter for letter (no look-alike characters).
   */
  find(branded: string, label: string): { target: Target; plain: boolean } | null;
  /**
   * A label holding two different names of the same protected domain (a service and its parent:
   * `satusehat-kemkes`, `pcare-bpjs`), whatever else is around them: the target, or null. `branded` is the label's
   * `branded` form. Issue 14, item 6.
   */
  findPair(branded: string): Target | null;
}

const { words, fillers } = lureData as { words: string[]; fillers: string[] };
export const LURE_WORDS: readonly string[] = words;

const NONE = 0;
const BARE = 1; // reachable through fillers and digits only
const LURED = 2; // reachable with at least one lure word on the way

const isDigit = (c: number) => c >= 48 && c <= 57;

export function buildLureMatcher(names: NameIndex): LureMatcher {
  const lure = words.map((w) => ({ skeleton: letterSkeleton(w), value: LURED }));
  const filler = fillers.map((w) => ({ skeleton: letterSkeleton(w), value: BARE }));
  const wordLetters = [...lure, ...filler].reduce((n, w) => n + w.skeleton.length, 0);
  const forwardWords = new CharTrie(wordLetters);
  const backwardWords = new CharTrie(wordLetters);
  for (const w of [...lure, ...filler]) {
    forwardWords.add(w.skeleton, w.value);
    backwardWords.add(w.skeleton, w.value, true);
  }
  const brands = names.brands.map((target) => {
    const plain = target.name.replace(/-/g, '');
    return { target, plain, skeleton: letterSkeleton(plain) };
  });
  const brandTrie = new CharTrie(brands.reduce((n, b) => n + b.skeleton.length, 0));
  brands.forEach((b, i) => brandTrie.add(b.skeleton, i + 1));
  const forward = new Uint8Array(256);
  const backward = new Uint8Array(256);
  const ends = new Int32Array(32);
  const values = new Int32Array(32);

  function find(s: string, label: string): { target: Target; plain: boolean } | null {
    const n = s.length;
    if (n < 5 || n >= forward.length) return null;
    // backward[j]: s[j..n) is made of fillers, digits and lure words (LURED if at least one lure word).
    backward.fill(NONE, 0, n + 1);
    backward[n] = BARE;
    for (let e = n; e > 0; e--) {
      const at = backward[e]!;
      if (at === NONE) continue;
      if (isDigit(s.charCodeAt(e - 1))) backward[e - 1] = Math.max(backward[e - 1]!, at);
      const count = backwardWords.walk(s, e, true, ends, values);
      for (let k = 0; k < count; k++) {
        const start = ends[k]!;
        backward[start] = Math.max(backward[start]!, values[k] === LURED ? LURED : at);
      }
    }
    // forward[i]: s[0..i) is made of the same; a brand may start at any such i.
    forward.fill(NONE, 0, n + 1);
    forward[0] = BARE;
    for (let i = 0; i < n; i++) {
      const at = forward[i]!;
      if (at === NONE) continue;
      const brandCount = brandTrie.walk(s, i, false, ends, values);
      for (let k = 0; k < brandCount; k++) {
        const after = backward[ends[k]!]!;
        if (after === NONE || (at !== LURED && after !== LURED)) continue;
        const brand = brands[values[k]! - 1]!;
        return { target: brand.target, plain: label.replace(/-/g, '').includes(brand.plain) };
      }
      if (isDigit(s.charCodeAt(i))) forward[i + 1] = Math.max(forward[i + 1]!, at);
      const count = forwardWords.walk(s, i, false, ends, values);
      for (let k = 0; k < count; k++) {
        const end = ends[k]!;
        forward[end] = Math.max(forward[end]!, values[k] === LURED ? LURED : at);
      }
    }
    return null;
  }

  function findPair(s: string): Target | null {
    if (s.length < 8) return null;
    // Names found so far: where each ends, its domain and name; a later one starting after an earlier one's end,
    // with the same domain and another name, is a pair.
    const found: Array<{ end: number; brand: (typeof brands)[number] }> = [];
    for (let i = 0; i < s.length; i++) {
      const count = brandTrie.walk(s, i, false, ends, values);
      for (let k = 0; k < count; k++) {
        const brand = brands[values[k]! - 1]!;
        for (const f of found) {
          if (f.end <= i && f.brand.target.domain === brand.target.domain && f.brand.plain !== brand.plain)
            return brand.target;
        }
        found.push({ end: ends[k]!, brand });
      }
    }
    return null;
  }

  function branded(skeletonLabel: string): string | null {
    const s = skeletonLabel.includes('-') ? skeletonLabel.replace(/-/g, '') : skeletonLabel;
    return brandTrie.occursIn(s) ? s : null;
  }

  return { branded, find, findPair };
}
