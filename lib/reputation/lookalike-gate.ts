// The lookalike gate: which addresses Chrome must hold back before their first request, because they might imitate
// a protected domain (issue 14, item 5). The lookalike engine (lookalike.ts) needs the whole host and runs in the
// background; Chrome gives extensions no blocking hook to run it before a request leaves (blocking webRequest is
// for policy-installed extensions only), and declarativeNetRequest rules must be written in advance. So the gate is
// a superset of what the engine flags, written as regular expressions, except under the protected domains
// themselves. The background then runs the engine: a lookalike gets the danger page, anything else is let through
// for the session and loaded again. A host gated by mistake costs one blocked load and a reload, never a warning.
//
// What is gated, technique by technique (lookalike.ts, lookalike-names.ts, lure-match.ts):
// - a protected name anywhere in the host, letter for letter or written with look-alike characters (`kernkes` for
//   `kemkes`, `ha1odoc`), hyphens and dots allowed between the letters: the engine's other suffix, brand plus lure
//   words, service-pair and look-alike-name techniques all need the name there in that form;
// - a label one typo or one swap away from a protected name (`kemkez`, `kmekes`, `bpjs-kesehatn`): such a label
//   keeps the name's first half (the edit is in the second) or its second half (the edit is in the first), at the
//   name's length give or take one; a swap across the middle is written out;
// - an ordinary-word name (data/lookalike-policy.json) written with a look-alike character as a whole label
//   (`1apor`), or its whole domain written into a host (`lapor-go-id.com`);
// - a name too short to stand alone, with its suffix of two labels (`kpk.go.id.evil.example`, `kpk-go-id.example`,
//   `kpkgoid.example`; lookalike-names.ts shortNameZone);
// - an IDN label (`xn--`), where homoglyphs in other scripts live.
// Not gated: the person's own block of a site matched only by address range. Firefox runs the engine itself before
// every request (blocking.ts) and has no gap.
//
// Pure: the protected domains and the hosts to spare come in as arguments.
import {
  nameOf,
  shortNameZone,
  COMMON_WORD_NAMES,
  MIN_EMBED_LENGTH,
  MIN_SKELETON_LENGTH,
  MIN_TYPO_LENGTH,
} from './lookalike-names';
import type { ProtectedDomain } from './protected-domains';
import { RESTRICTED_ZONES } from './lookalike';
import { skeleton } from './skeleton';

/**
 * Where a pattern is looked for: `in` anywhere in the host, `part` from the start of a part the engine splits a host
 * into (the host's start, or after a dot, a hyphen or a user name's `@`), `label` from the start of a label (the
 * host's start, or after a dot or a user name's `@`).
 */
export type GateFamily = 'in' | 'part' | 'label';

export interface GatePattern {
  readonly family: GateFamily;
  /** A regular expression (RE2 and JavaScript alike) without anchors of its own. */
  readonly pattern: string;
}

export interface LookalikeGate {
  /** The patterns, each the contribution of one protected name; one is enough to hold an address back. */
  readonly patterns: readonly GatePattern[];
  /**
   * Domains (and hosts) whose addresses a family's patterns never gate: the real sites and the spared hosts; for
   * `label` also the zones where the engine never reads a name as a typo or look-alike (lookalike.ts
   * RESTRICTED_ZONES: only the government registers there, so `kemenhub.go.id` is an agency, not a typo of one).
   */
  readonly excluded: Readonly<Record<GateFamily, readonly string[]>>;
  /** The hosts spared (see createLookalikeGate). */
  readonly spared: readonly string[];
  /** Whether an address (http or https) is gated. */
  gates(url: string): boolean;
}

/** What comes before a pattern of each family: the scheme, then the part of the host before it. */
export const GATE_PREFIX: Readonly<Record<GateFamily, string>> = {
  in: '^https?://[^/?#]*',
  part: '^https?://(?:[^/?#]*[-.@])?',
  label: '^https?://(?:[^/?#]*[.@])?',
};

/** IDN labels: homoglyph lookalikes in other scripts are written this way in an address (the prefix is reserved
 * for them at the start of a label; elsewhere in a label it is vanishingly rare, and gating it costs one check). */
const IDN_LABEL = 'xn--';

const FAMILIES = Object.keys(GATE_PREFIX) as GateFamily[];

/** Separators the engine reads through: the brand-plus-lure-word check drops hyphens inside a label and also
 * reads the labels before the suffix joined (`bp-js.klaim.com`), so the gate allows either between letters. */
const SEPARATORS = '[-.]*';

/** Characters of a label, as one byte range (RE2 spends one instruction on it, and Chrome gives each rule about a
 * hundred): letters, digits and hyphens, and also dots and some punctuation, which only widens the gate. */
const LABEL_RUN = '[,-z]';
/** What follows a name label: the dot before its public suffix. */
const LABEL_END = '\\.';

const HOST_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * Host characters by what they look like (skeleton.ts, from Unicode's confusables): `o` ← o and 0, `l` ← l and 1,
 * `rn` ← m. Read from the same table the engine uses, so a new confusable reaches the gate with it.
 */
const LOOKS_LIKE: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const c of HOST_CHARS) {
    const k = skeleton(c);
    map.set(k, [...(map.get(k) ?? []), c]);
  }
  return map;
})();

/** One place in a name: how the name writes it, and every way to write it that looks the same. */
interface Token {
  own: string;
  ways: string[];
}

/**
 * A name as the engine reads it (its skeleton), place by place. Look-alikes that stand for two characters (`m` for
 * `rn`) make one place of the two.
 */
function tokensOf(name: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const sk = skeleton(name);
  for (let i = 0; i < sk.length;) {
    const image = i + 1 < sk.length && LOOKS_LIKE.has(sk.slice(i, i + 2)) ? sk.slice(i, i + 2) : sk[i]!;
    const ways = [...new Set([image, ...(LOOKS_LIKE.get(image) ?? [])])];
    // The name's own characters for this place: as many as make up its image.
    let own = '';
    while (at < name.length && skeleton(own) !== image) own += name[at++];
    tokens.push({ own, ways: ways.includes(own) ? ways : [own, ...ways] });
    i += image.length;
  }
  return tokens;
}

/** A regular expression for some ways of writing one place, with `sep` inside the two-character ones. */
function waysRe(ways: readonly string[], sep: string): string {
  const single = [...new Set(ways.filter((w) => w.length === 1))].sort();
  const multi = ways.filter((w) => w.length > 1).map((w) => [...w].map(escapeRe).join(sep));
  const cls =
    single.length === 0 ? [] : [single.length === 1 ? escapeRe(single[0]!) : `[${single.map(escapeRe).join('')}]`];
  const all = [...cls, ...multi];
  return all.length === 1 ? all[0]! : `(?:${all.join('|')})`;
}

/**
 * Every way to write `name` in host characters that the engine reads as the same name (its skeleton), with `sep`
 * between the characters. A place at either end also takes a look-alike that stands for two characters of which it
 * is the inner one (`m` for a name starting with `n`): the host's skeleton can hold the name starting or ending
 * inside that look-alike.
 */
export function lookalikeSpelling(name: string, sep: string): string {
  const tokens = tokensOf(name);
  return tokens
    .map((t, i) => {
      const ways = [...t.ways];
      for (const [image, from] of LOOKS_LIKE) {
        if (image.length < 2) continue;
        if (i === 0 && t.ways.includes(image.slice(1))) ways.push(...from);
        if (i === tokens.length - 1 && t.ways.includes(image.slice(0, -1))) ways.push(...from);
      }
      return waysRe(ways, sep);
    })
    .join(sep);
}

/**
 * A whole label that is `name` written with at least one look-alike character (`1apor`, never `lapor` itself):
 * one alternative per place where the first look-alike can be. Null when no character of the name has one.
 */
function lookalikeLabel(name: string): string | null {
  const tokens = tokensOf(name);
  const alternatives: string[] = [];
  tokens.forEach((t, i) => {
    const others = t.ways.filter((w) => w !== t.own);
    if (others.length === 0) return;
    const before = tokens.slice(0, i).map((u) => escapeRe(u.own));
    const after = tokens.slice(i + 1).map((u) => waysRe(u.ways, ''));
    alternatives.push([...before, waysRe(others, ''), ...after].join(''));
  });
  return alternatives.length === 0 ? null : `(?:${alternatives.join('|')})${LABEL_END}`;
}

/**
 * A name label one typo or one adjacent swap from `name` (lookalike-names.ts findTypo), the name's length give or
 * take one. Cut the name in three parts: an edit inside one part keeps the other two in place (`kemk??.`,
 * `??mkes.`, `ke??es.` for kemkes, each at that length). A swap across a cut keeps neither part beside it whole:
 * short names have it written out; a long name instead lets the part before or after the cut lose the character
 * at the cut, which costs Chrome fewer instructions and still leaves most of the name to match.
 */
function typoLabels(name: string): string[] {
  const n = name.length;
  const i = Math.round(n / 3);
  const j = Math.round((2 * n) / 3);
  const run = (k: number) => `${LABEL_RUN}{${Math.max(0, k - 1)},${k + 1}}`;
  const lit = (from: number, to = n) => escapeRe(name.slice(from, to));
  const folded = n >= LONG_NAME;
  const swap = (at: number) => `${lit(0, at - 1)}${escapeRe(name[at]! + name[at - 1]!)}${lit(at + 1)}${LABEL_END}`;
  return [
    // An edit in the last part (and, folded, a swap across the second cut).
    `${lit(0, folded ? j - 1 : j)}${run(folded ? n - j + 1 : n - j)}${LABEL_END}`,
    // An edit in the first part (and, folded, a swap across the first cut).
    `${run(folded ? i + 1 : i)}${lit(folded ? i + 1 : i)}${LABEL_END}`,
    // An edit in the middle part.
    `${lit(0, i)}${run(j - i)}${lit(j)}${LABEL_END}`,
    ...(folded ? [] : [swap(i), swap(j)]),
  ];
}

/** Names at least this long have their swaps across a cut folded into the other patterns (see typoLabels). */
const LONG_NAME = 10;

/** The names of a protected domain as the engine knows them (its own name and its other names), lower-case. */
function namesOf(p: ProtectedDomain): string[] {
  return [...new Set([nameOf(p.domain.toLowerCase()), ...(p.names ?? [])].map((n) => n.toLowerCase()))];
}

/** The gate's patterns for these protected domains, sorted and without repeats. */
function patternsOf(protectedDomains: readonly ProtectedDomain[]): GatePattern[] {
  const inHost = new Set<string>([IDN_LABEL]);
  const part = new Set<string>();
  const label = new Set<string>();
  const brands = new Set<string>();
  for (const p of protectedDomains) {
    const domain = p.domain.toLowerCase();
    const own = nameOf(domain);
    // A short name only with its suffix, as the engine reads it: `kpk.go.id`, `kpk-goid` or `kpkgoid` from the start
    // of a part of the host (not `bpom.go.id`), never the name run into its suffix alone (`bingo-id`). A name of the
    // same zone ending in it (`dinas-kpk.go.id`) is held back though the engine clears it: a reload, and rare.
    const zone = shortNameZone(domain, own);
    if (zone && /^[a-z0-9-]+$/.test(own + zone.join(''))) {
      const rest = zone.map(escapeRe);
      part.add(`${escapeRe(own)}(?:[-.]+${rest.join(SEPARATORS)}|${rest.join('')})`);
    }
    for (const name of namesOf(p)) {
      if (!/^[a-z0-9-]+$/.test(name)) continue;
      const plain = name.replace(/-/g, '');
      if (COMMON_WORD_NAMES.has(name)) {
        // Only look-alike characters in the name itself, or the whole domain written in, count for these.
        if (name.length >= MIN_SKELETON_LENGTH) {
          const spelled = lookalikeLabel(name);
          if (spelled) label.add(spelled);
        }
        if (name === own && /^[a-z0-9.-]+$/.test(domain)) inHost.add(domain.split(/[.-]/).join('[.-]'));
        continue;
      }
      if (plain.length >= MIN_EMBED_LENGTH || name.length >= MIN_SKELETON_LENGTH) brands.add(plain);
      if (name.length >= MIN_TYPO_LENGTH) for (const t of typoLabels(name)) label.add(t);
    }
  }
  // A brand whose look-alike spelling contains another's is gated by the shorter one.
  const sk = [...brands].map((b) => ({ b, s: skeleton(b) }));
  for (const { b, s } of sk) {
    if (!sk.some((o) => o.b !== b && s.includes(o.s) && o.s.length < s.length))
      inHost.add(lookalikeSpelling(b, SEPARATORS));
  }
  return [
    ...[...inHost].sort().map((pattern) => ({ family: 'in' as const, pattern })),
    ...[...part].sort().map((pattern) => ({ family: 'part' as const, pattern })),
    ...[...label].sort().map((pattern) => ({ family: 'label' as const, pattern })),
  ];
}

function hostOfUrl(url: string): string | null {
  const m = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

function under(host: string, domains: ReadonlySet<string>): boolean {
  for (let i = -1; i < host.length; i = host.indexOf('.', i + 1)) {
    if (domains.has(host.slice(i + 1))) return true;
    if (host.indexOf('.', i + 1) < 0) break;
  }
  return false;
}

/** One regular expression for some patterns of one family (a declarativeNetRequest regexFilter). */
export function gateRegex(family: GateFamily, patterns: readonly string[]): string {
  return `${GATE_PREFIX[family]}(?:${patterns.join('|')})`;
}

/**
 * The gate for these protected domains. `spare` are hosts known not to be lookalikes (the never-danger set, which a
 * unit test checks against the engine): those the gate would stop are left out, with their subdomains, unless
 * `isShared` says strangers name the pages under them.
 */
export function createLookalikeGate(
  protectedDomains: readonly ProtectedDomain[],
  spare: readonly string[] = [],
  isShared: (host: string) => boolean = () => false,
): LookalikeGate {
  const patterns = patternsOf(protectedDomains);
  const regexOf = (family: GateFamily) =>
    new RegExp(
      gateRegex(
        family,
        patterns.filter((p) => p.family === family).map((p) => p.pattern),
      ),
    );
  const regexes = { in: regexOf('in'), part: regexOf('part'), label: regexOf('label') };
  const real = new Set(protectedDomains.map((p) => p.domain.toLowerCase()));
  const inZone = (h: string) => under(h, RESTRICTED_ZONES);
  const raw = (url: string, host: string) =>
    regexes.in.test(url) || regexes.part.test(url) || (regexes.label.test(url) && !inZone(host));
  const spared = spare.filter((h) => raw(`https://${h}/`, h) && !under(h, real) && !isShared(h));
  const excluded = new Set([...real, ...spared]);
  return {
    patterns,
    excluded: {
      in: [...excluded].sort(),
      part: [...excluded].sort(),
      label: [...excluded, ...RESTRICTED_ZONES].sort(),
    },
    spared,
    gates(url) {
      const host = hostOfUrl(url);
      return host !== null && raw(url, host) && !under(host, excluded);
    },
  };
}

/**
 * About how many RE2 instructions a pattern compiles to (literal 1, a class of r byte ranges 2r-1, `*` and `?` one
 * more, `{m,n}` n copies and n-m more, alternatives one more each): Chrome compiles each rule's regexFilter with a
 * 2 KB memory limit, about 115 instructions (measured with isRegexSupported: 112 literal characters, 38 letters
 * with `[-.]*` between them). A leading `^http` is matched as a prefix and costs nothing.
 */
export function re2Cost(pattern: string): number {
  let at = 0;
  const alternation = (): number => {
    let total = sequence();
    let alts = 0;
    while (pattern[at] === '|') {
      at++;
      total += sequence();
      alts++;
    }
    return total + alts;
  };
  const sequence = (): number => {
    let total = 0;
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') total += piece();
    return total;
  };
  const atom = (): number => {
    const c = pattern[at]!;
    if (c === '(') {
      at += pattern.startsWith('(?:', at) ? 3 : 1;
      const inner = alternation();
      at++; // ')'
      return inner;
    }
    if (c === '[') {
      const close = pattern.indexOf(']', at + 2);
      const body = pattern.slice(at + 1, close);
      at = close + 1;
      return 2 * byteRanges(body) - 1;
    }
    if (c === '^' || c === '$') {
      at++;
      return 0;
    }
    at += c === '\\' ? 2 : 1;
    return 1;
  };
  const piece = (): number => {
    const cost = atom();
    const q = pattern[at];
    if (q === '*' || q === '?' || q === '+') {
      at++;
      return cost + 1;
    }
    const counted = /^\{(\d+)(?:,(\d+))?\}/.exec(pattern.slice(at));
    if (counted) {
      at += counted[0].length;
      const min = Number(counted[1]);
      const max = counted[2] === undefined ? min : Number(counted[2]);
      return cost * max + (max - min);
    }
    return cost;
  };
  const start = pattern.startsWith('^http') ? 5 : 0;
  at = start;
  return alternation();
}

/** The byte ranges of a class body (`^` negates over bytes 0-255), as RE2 compiles it in Latin-1. The gate uses a
 * handful of classes, so each is counted once. */
const rangeCounts = new Map<string, number>();
function byteRanges(body: string): number {
  let known = rangeCounts.get(body);
  if (known === undefined) rangeCounts.set(body, (known = countRanges(body)));
  return known;
}

function countRanges(body: string): number {
  const negated = body.startsWith('^');
  const bytes = new Set<number>();
  const chars: number[] = [];
  for (let k = negated ? 1 : 0; k < body.length; k++)
    chars.push(body[k] === '\\' ? body.charCodeAt(++k) : body.charCodeAt(k));
  // A `-` between two characters (not escaped) makes a range.
  let k = negated ? 1 : 0;
  for (let c = 0; c < chars.length;) {
    const raw = body[k] === '\\' ? 2 : 1;
    const dash = body[k + raw] === '-' && k + raw + 1 < body.length;
    if (dash) {
      const to = body[k + raw + 1] === '\\' ? body.charCodeAt(k + raw + 2) : body.charCodeAt(k + raw + 1);
      for (let b = chars[c]!; b <= to; b++) bytes.add(b);
      k += raw + 1 + (body[k + raw + 1] === '\\' ? 2 : 1);
      c += 3;
    } else {
      bytes.add(chars[c]!);
      k += raw;
      c += 1;
    }
  }
  let ranges = 0;
  for (let b = 0; b < 256; b++) {
    const inside = bytes.has(b) !== negated;
    const before = b > 0 && bytes.has(b - 1) !== negated;
    if (inside && !before) ranges++;
  }
  return ranges;
}

/** Chrome's regexFilter budget in re2Cost units, with a margin below the measured limit of about 115. */
export const RULE_BUDGET = 108;

/** The gate as rules: each family's patterns packed, in order, into as few regexFilters as fit RULE_BUDGET. */
export function gateRules(gate: Pick<LookalikeGate, 'patterns'>): Array<{ family: GateFamily; patterns: string[] }> {
  const out: Array<{ family: GateFamily; patterns: string[] }> = [];
  for (const family of FAMILIES) {
    // A group costs its prefix, its patterns, and one instruction per alternative after the first.
    const base = re2Cost(gateRegex(family, ['']));
    let group: string[] = [];
    let cost = base;
    for (const p of gate.patterns) {
      if (p.family !== family) continue;
      const more = re2Cost(p.pattern) + (group.length > 0 ? 1 : 0);
      if (group.length > 0 && cost + more > RULE_BUDGET) {
        out.push({ family, patterns: group });
        group = [];
        cost = base;
      }
      cost += re2Cost(p.pattern) + (group.length > 0 ? 1 : 0);
      group.push(p.pattern);
    }
    if (group.length > 0) out.push({ family, patterns: group });
  }
  return out;
}
