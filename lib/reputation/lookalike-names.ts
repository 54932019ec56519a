// Precomputed views of the protected names for lookalike checks: by skeleton (homoglyphs), by exact name (another
// suffix), a deletion-neighbourhood index (one typo or swap, SymSpell-style: a few map lookups instead of a scan of
// every name) and the token sequences of each domain (embedding).
import { parse } from 'tldts';
import {
  differsOnlyAtStart,
  differsOnlyByTrailingDigits,
  hasOneAdjacentSwap,
  isEditDistanceAtMostOne,
} from './edit-distance';
import { DeletionFilter } from './deletion-filter';
import { PROTECTED_CATEGORY, type ProtectedDomain } from './protected-domains';
import policy from './data/lookalike-policy.json';
import { skeleton } from './skeleton';

/** Names that are ordinary words: only homoglyphs and embedding count for them (data/lookalike-policy.json). */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set((policy as { commonWords: string[] }).commonWords);

/** Chrome's kMinLengthForEditDistance: shorter names have too many real neighbours. */
export const MIN_TYPO_LENGTH = 5;
/** Names this short are matched by another suffix only if at least this long (`lapor`, `polri`, not `pom`). */
export const MIN_SUFFIX_LENGTH = 5;
/** Chrome's kMinE2LDLengthForTargetEmbedding; also the shortest brand for brand-plus-lure-word hosts. */
export const MIN_EMBED_LENGTH = 4;
export const MIN_SKELETON_LENGTH = 4;

/**
 * The suffix labels a protected domain with a shorter name is embedded with (`kpk.go.id` → go, id), or null. Three
 * letters alone are in countless honest hosts (kpkbank, hamburg), but a short name followed by a suffix of two labels
 * or more (`kpk.go.id.evil.example`, `kpk-go-id.example`, `kpkgoid.example`) is that domain written out. One rule
 * for the engine and the Chrome gate.
 */
export function shortNameZone(domain: string, own: string): string[] | null {
  if (own.length >= MIN_EMBED_LENGTH || !domain.startsWith(own + '.')) return null;
  const zone = domain.slice(own.length + 1).split('.');
  return zone.length >= 2 ? zone : null;
}

export interface Target {
  domain: string;
  /** The protected name this target stands for: the domain's own name or one of its other names. */
  name: string;
  suffixRule: boolean;
}

interface Neighbour {
  name: string;
  target: Target;
}

interface EmbedPattern {
  tokens: string[];
  target: Target;
  /** For a short name (shortNameZone), its suffix labels: a host ending in the name and that suffix is registered
   * in the same zone (`dinas-kpk.go.id`), a name of its own there, not the domain written into another. */
  zone?: string[];
}

export interface NameIndex {
  domains: Set<string>;
  allNames: Set<string>;
  bySkeleton: Map<string, Target>;
  suffixRule: Map<string, Target>;
  /** Brand names (hyphens removed, at least MIN_EMBED_LENGTH long) with their targets. */
  brands: Target[];
  findEmbedded(labels: string[], nameIndex: number, name: string, skeletonMode?: boolean): Target | null;
  findTypo(candidate: string, skeletonMode: boolean): { target: Target; how: 'typo' | 'swap' } | null;
}

/** The label before the public suffix (private suffixes count: `clinic.github.io` → `clinic`). */
export function nameOf(domain: string): string {
  const suffix = parse(domain, { allowPrivateDomains: true }).publicSuffix;
  const rest = suffix && domain.endsWith('.' + suffix) ? domain.slice(0, -suffix.length - 1) : domain;
  return rest.slice(rest.lastIndexOf('.') + 1);
}

function endsWith(labels: readonly string[], zone: readonly string[]): boolean {
  const at = labels.length - zone.length;
  return at > 0 && zone.every((z, k) => labels[at + k] === z);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildNameIndex(protectedDomains: readonly ProtectedDomain[]): NameIndex {
  const domains = new Set<string>();
  const allNames = new Set<string>();
  const bySkeleton = new Map<string, Target>();
  const suffixRule = new Map<string, Target>();
  const brands: Target[] = [];
  // What the typo and embedding indexes are built from. Their letter form is built here; their skeleton form only
  // when a host with non-ASCII letters is first checked (rare), since building it costs as much again.
  const typoNames: Neighbour[] = [];
  const embedForms: EmbedPattern[] = [];
  let longest = 0;
  let typoKeys = 0;

  // One entry per domain; other names given twice (bundled and settings) are merged.
  const merged = new Map<string, { category: ProtectedDomain['category']; names: string[] }>();
  for (const p of protectedDomains) {
    const domain = p.domain.toLowerCase();
    const known = merged.get(domain);
    if (known) known.names.push(...(p.names ?? []));
    else merged.set(domain, { category: p.category, names: [...(p.names ?? [])] });
  }
  for (const [domain, p] of merged) {
    domains.add(domain);
    const own = nameOf(domain);
    const rule = PROTECTED_CATEGORY[p.category].suffixRule;
    for (const name of [own, ...p.names].map((n) => n.toLowerCase())) {
      if (allNames.has(name)) continue;
      allNames.add(name);
      const target: Target = { domain, name, suffixRule: rule };
      const sk = skeleton(name);
      if (name.length >= MIN_SKELETON_LENGTH && !bySkeleton.has(sk)) bySkeleton.set(sk, target);
      if (COMMON_WORD_NAMES.has(name)) continue;
      if (name.length >= MIN_SUFFIX_LENGTH) suffixRule.set(name, target);
      if (name.replace(/-/g, '').length >= MIN_EMBED_LENGTH) brands.push(target);
      if (name.length >= MIN_TYPO_LENGTH) {
        typoNames.push({ name, target });
        // The longest name or skeleton bounds typo candidates in both modes, known before the skeleton form is built.
        longest = Math.max(longest, name.length, sk.length);
        typoKeys += Math.max(name.length, sk.length) + 1;
      }
    }
    const zone = shortNameZone(domain, own);
    if (own.length >= MIN_EMBED_LENGTH || zone) {
      const tokens = domain.split(/[.-]/);
      const target: Target = { domain, name: own, suffixRule: rule };
      embedForms.push({ tokens, target, zone: zone ?? undefined });
      // A short name's domain also counts with its suffix run together (`kpk-goid`), or all of it (`kpkgoid`); never
      // the name run into its suffix alone (`bingo-id` is no `bin.go.id`).
      if (zone) embedForms.push({ tokens: [own, zone.join('')], target }, { tokens: [tokens.join('')], target });
    }
  }

  /** The typo (deletion-neighbourhood) and embedding indexes, of the names as written or of their skeletons. */
  function indexes(form: (s: string) => string) {
    const typos = new Map<string, Neighbour[]>();
    const typoFilter = new DeletionFilter(typoKeys, longest + 1);
    for (const { name, target } of typoNames) {
      const n = form(name);
      addTo(typos, n, { name: n, target });
      for (let i = 0; i < n.length; i++) addTo(typos, n.slice(0, i) + n.slice(i + 1), { name: n, target });
      typoFilter.addWithDeletions(n);
    }
    const embeds = new Map<string, EmbedPattern[]>();
    for (const { tokens, target, zone } of embedForms) {
      const t = tokens.map(form);
      addTo(embeds, t[0]!, { tokens: t, target, zone: zone?.map(form) });
    }
    return { typos, typoFilter, embeds };
  }
  const letters = indexes((s) => s);
  let skeletons: ReturnType<typeof indexes> | undefined;
  const byMode = (skeletonMode: boolean) => (skeletonMode ? (skeletons ??= indexes(skeleton)) : letters);

  function findEmbedded(labels: string[], nameIndex: number, name: string, skeletonMode = false): Target | null {
    // Tokens are the host's parts between dots and hyphens; a pattern is a protected domain's tokens in order.
    const tokens: string[] = [];
    let nameToken = -1;
    for (let li = 0; li < labels.length; li++) {
      const label = labels[li]!;
      if (li === nameIndex) nameToken = tokens.length;
      if (label.includes('-')) tokens.push(...label.split('-'));
      else tokens.push(label);
    }
    const map = byMode(skeletonMode).embeds;
    for (let i = 0; i < tokens.length; i++) {
      const candidates = map.get(tokens[i]!);
      if (!candidates) continue;
      for (const { tokens: pattern, target, zone } of candidates) {
        if (i + pattern.length > tokens.length) continue;
        if (zone && i + pattern.length === tokens.length && endsWith(labels, zone)) continue;
        let same = true;
        for (let k = 1; k < pattern.length && same; k++) same = tokens[i + k] === pattern[k];
        // `halodoc.com.sg` starts with `halodoc.com` but is that name under another suffix, not an embedding.
        if (same && !(i === nameToken && target.name === name)) return target;
      }
    }
    return null;
  }

  function findTypo(candidate: string, skeletonMode: boolean): { target: Target; how: 'typo' | 'swap' } | null {
    if (allNames.has(candidate) || candidate.length < MIN_TYPO_LENGTH - 1 || candidate.length > longest + 1)
      return null;
    const { typos: index, typoFilter } = byMode(skeletonMode);
    typoFilter.prepare(candidate);
    for (let d = -1; d < candidate.length; d++) {
      if (!typoFilter.mayHold(d)) continue;
      const key = d < 0 ? candidate : candidate.slice(0, d) + candidate.slice(d + 1);
      const neighbours = index.get(key);
      if (!neighbours) continue;
      for (const { name, target } of neighbours) {
        if (name === candidate || differsOnlyByTrailingDigits(candidate, name)) continue;
        if (isEditDistanceAtMostOne(candidate, name)) {
          if (!differsOnlyAtStart(candidate, name)) return { target, how: 'typo' };
        } else if (hasOneAdjacentSwap(candidate, name)) return { target, how: 'swap' };
      }
    }
    return null;
  }

  return { domains, allNames, bySkeleton, suffixRule, brands, findEmbedded, findTypo };
}
