// The lookalike gate: which addresses Chrome must hold back before their first request, because they might imitate
// a protected domain (issue 14, item 5). The lookalike engine (lookalike.ts) needs the whole host and runs in the
// background; Chrome gives extensions no blocking hook to run it before a request leaves (blocking webRequest is
// for policy-installed extensions only), and declarativeNetRequest rules must be written in advance. So the gate is
// a superset written as rules: a host that contains a protected name (the names the engine's suffix, embedding,
// brand-plus-lure-word and service-pair techniques are built on) or an IDN label (`xn--`, where homoglyph
// lookalikes live) is stopped, except under the protected domains themselves. The background then runs the engine:
// a lookalike gets the danger page, anything else is let through for the session and loaded again.
//
// What the gate does not catch, so a first request can still race the danger page in Chrome: one-letter typos and
// swaps (`kemkez.com`), ASCII look-alike characters (`kernkes.com`, `bpj5-klaim.com`), names split by hyphens
// inside them (`bp-js-klaim.com`), and the person's own block of a site matched only by address range. Firefox
// runs the engine itself before every request (blocking.ts) and has no gap.
//
// Pure: the protected domains and the hosts to spare come in as arguments.
import { nameOf, COMMON_WORD_NAMES, MIN_EMBED_LENGTH } from './lookalike-names';
import type { ProtectedDomain } from './protected-domains';

export interface LookalikeGate {
  /** Regular-expression alternatives (RE2 and JavaScript alike), each matching inside a host name. */
  readonly alternatives: readonly string[];
  /** Registrable domains (and hosts) whose addresses are never gated: the real sites and the spared hosts. */
  readonly excluded: readonly string[];
  /** The hosts spared (see createLookalikeGate). */
  readonly spared: readonly string[];
  /** Whether an address (http or https) is gated. */
  gates(url: string): boolean;
}

/** The host part of an address, as declarativeNetRequest sees it: scheme, then anything up to the path. */
export const GATE_PREFIX = '^https?://[^/?#]*';

/** IDN labels: homoglyph lookalikes in other scripts are written this way in an address (the prefix is reserved
 * for them at the start of a label; elsewhere in a label it is vanishingly rare, and gating it costs one check). */
const IDN_LABEL = 'xn--';

/** Separators the engine reads through: the brand-plus-lure-word check drops hyphens inside a label and also
 * reads the labels before the suffix joined (`bp-js.klaim.com`), so the gate allows either between letters. */
const SEPARATORS = '[-.]*';

/**
 * What a protected domain contributes: its names long enough for the engine to use (a name shorter than
 * MIN_EMBED_LENGTH, hyphens aside, never makes a lookalike), as plain letters; an ordinary word
 * (data/lookalike-policy.json) only as the whole domain written into a host (`lapor.go.id.example`,
 * `lapor-go-id.com`), the only way the engine counts it without confusable characters.
 */
function namesOf(p: ProtectedDomain): { letters: string[]; domains: string[] } {
  const domain = p.domain.toLowerCase();
  const own = nameOf(domain);
  const letters: string[] = [];
  const domains: string[] = [];
  for (const name of new Set([own, ...(p.names ?? [])].map((n) => n.toLowerCase()))) {
    const plain = name.replace(/-/g, '');
    if (!/^[a-z0-9]+$/.test(plain) || plain.length < MIN_EMBED_LENGTH) continue;
    if (!COMMON_WORD_NAMES.has(name)) letters.push(plain);
    else if (name === own && /^[a-z0-9.-]+$/.test(domain)) domains.push(domain.split(/[.-]/).join('[.-]'));
  }
  return { letters, domains };
}

/** The gate's alternatives: a name whose letters contain another name's is left out (the shorter one gates it). */
function alternativesOf(protectedDomains: readonly ProtectedDomain[]): string[] {
  const parts = protectedDomains.map(namesOf);
  const letters = [...new Set(parts.flatMap((p) => p.letters))];
  const kept = letters.filter((n) => !letters.some((o) => o !== n && n.includes(o)));
  const spelled = kept.map((n) => [...n].join(SEPARATORS));
  return [...new Set([...spelled, ...parts.flatMap((p) => p.domains)])].sort();
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
  const alternatives = alternativesOf(protectedDomains);
  const inHost = new RegExp(`(?:${[IDN_LABEL, ...alternatives].join('|')})`);
  const real = new Set(protectedDomains.map((p) => p.domain.toLowerCase()));
  const spared = spare.filter((h) => inHost.test(h) && !under(h, real) && !isShared(h));
  const excludedSet = new Set([...real, ...spared]);
  return {
    alternatives: [IDN_LABEL, ...alternatives],
    excluded: [...excludedSet].sort(),
    spared,
    gates(url) {
      const host = hostOfUrl(url);
      return host !== null && inHost.test(host) && !under(host, excludedSet);
    },
  };
}

/** One declarativeNetRequest regexFilter holding some of the gate's alternatives. */
export function gateRegex(alternatives: readonly string[]): string {
  return `${GATE_PREFIX}(?:${alternatives.join('|')})`;
}
