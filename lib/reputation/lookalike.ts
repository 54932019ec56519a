// Does a host imitate a protected domain? Techniques, strongest first: confusable characters (`kernkes`, an IDN
// with Cyrillic letters), the real name under another suffix (`kemkes.com`), the real domain embedded in another
// (`kemkes.go.id.verifikasi.example`, `kemkes-go-id.com`), the brand plus lure words (`satusehat-daftar.net`), and
// one typo or swapped pair in the name (`kemkez.com`). The real site and its subdomains are never flagged.
// Everything is precomputed once (createLookalikeIndex) so a check costs a registrable-domain parse plus a few
// map lookups.
import { getPublicSuffix } from 'tldts';
import { toUnicode } from 'punycode/punycode.es6.js';
import { bareHost, isIpHost } from '../site/ip';
import { buildLureMatcher, type LureMatcher } from './lure-match';
import { buildNameIndex, type NameIndex, type Target } from './lookalike-names';
import type { ProtectedDomain } from './protected-domains';
import { letterSkeleton, skeleton } from './skeleton';

export type LookalikeHow = 'typo' | 'swap' | 'homoglyph' | 'punycode' | 'embedded' | 'combo' | 'suffix';

export interface LookalikeMatch {
  /** The protected registrable domain imitated. */
  imitates: string;
  how: LookalikeHow;
}

export interface LookalikeIndex {
  check(host: string): LookalikeMatch | null;
  readonly size: number;
}

/** Zones only Indonesian government bodies can register (PANDI): a name there is a real body's own, so name-based
 * rules (typo, suffix, homoglyph) would only flag one agency for resembling another. Their subdomains are still
 * checked for embedded names and lure words, since compromised government hosts do carry phishing. */
export const RESTRICTED_ZONES: ReadonlySet<string> = new Set(['go.id', 'mil.id']);

// Hosts reach here already checked: skip tldts's URL extraction and validation.
const PSL_PRIVATE = { allowPrivateDomains: true, extractHostname: false, validateHostname: false, detectIp: false };
const PSL_ICANN = { ...PSL_PRIVATE, allowPrivateDomains: false };

const match = (t: Target, how: LookalikeHow): LookalikeMatch => ({ imitates: t.domain, how });

function toAscii(host: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(host)) return host;
  try {
    return new URL('http://' + host + '/').hostname;
  } catch {
    return null;
  }
}

function labelCount(host: string): number {
  let n = 1;
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) n++;
  return n;
}

/** `host.split('.')`, in half the time: split calls into the runtime, this loop stays in compiled code. */
function labelsOf(host: string): string[] {
  const labels: string[] = [];
  let from = 0;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', from)) {
    labels.push(host.slice(from, dot));
    from = dot + 1;
  }
  labels.push(host.slice(from));
  return labels;
}

function toUnicodeHost(ascii: string): string {
  if (!ascii.includes('xn--')) return ascii;
  try {
    return toUnicode(ascii);
  } catch {
    return ascii;
  }
}

export function createLookalikeIndex(protectedDomains: readonly ProtectedDomain[]): LookalikeIndex {
  const names: NameIndex = buildNameIndex(protectedDomains);
  const lures: LureMatcher = buildLureMatcher(names);

  function check(input: string): LookalikeMatch | null {
    const h = bareHost(input);
    if (h === '' || isIpHost(h)) return null;
    const ascii = toAscii(h);
    if (ascii === null) return null;
    // The real site and everything under it.
    for (let i = -1; i < ascii.length; i = ascii.indexOf('.', i + 1)) {
      if (names.domains.has(ascii.slice(i + 1))) return null;
      if (ascii.indexOf('.', i + 1) < 0) break;
    }
    const suffix = getPublicSuffix(ascii, PSL_PRIVATE);
    if (!suffix || suffix === ascii || !ascii.endsWith('.' + suffix)) return null;
    const unicode = toUnicodeHost(ascii);
    const idn = unicode !== ascii;
    const labels = labelsOf(ascii);
    const uLabels = idn ? labelsOf(unicode) : labels;
    const nameIndex = labels.length - labelCount(suffix) - 1;
    const name = labels[nameIndex]!;
    if (name === '') return null;
    const uName = uLabels[nameIndex] ?? name;
    const idnName = uName !== name;
    const restricted = RESTRICTED_ZONES.has(suffix);
    // Letter skeletons of every label, computed once (the mapping never adds or removes dots). ASCII letters map one
    // by one, so an ASCII host's labels are mapped as they are; a Unicode host is folded whole (its lower-casing can
    // depend on what follows a letter).
    const lsk = idn ? labelsOf(letterSkeleton(unicode)) : labels.map(letterSkeleton);

    if (!restricted) {
      // Confusable characters: same skeleton as a protected name, different letters.
      const sk = skeleton(uName);
      const bySkeleton = names.bySkeleton.get(sk);
      if (bySkeleton && name !== bySkeleton.name) return match(bySkeleton, idnName ? 'punycode' : 'homoglyph');
      // The protected name itself under another suffix.
      const sameName = names.suffixRule.get(name);
      if (sameName && (sameName.suffixRule || getPublicSuffix(ascii, PSL_ICANN) !== suffix)) {
        return match(sameName, 'suffix');
      }
    }
    // The whole protected domain written into this host.
    const embedded =
      names.findEmbedded(labels, nameIndex, name) ??
      (idn ? names.findEmbedded(uLabels.map(skeleton), nameIndex, name, true) : null);
    if (embedded) return match(embedded, idn ? 'punycode' : 'embedded');
    if (!restricted) {
      // Most names hold no protected brand: one pass rules out both brand-plus-words and service-plus-parent.
      const branded = lures.branded(lsk[nameIndex]!);
      if (branded !== null) {
        const combo = lures.find(branded, uName);
        if (combo) return match(combo.target, idnName ? 'punycode' : combo.plain ? 'combo' : 'homoglyph');
        // A service name with its parent's name (`satusehat-kemkes.com`, `pcare-bpjs.net`).
        const pair = lures.findPair(branded);
        if (pair) return match(pair, idnName ? 'punycode' : 'combo');
      }
      const typo = names.findTypo(idnName ? skeleton(uName) : name, idnName);
      if (typo) return match(typo.target, idnName ? 'punycode' : typo.how);
    }
    // Lure words in subdomain labels (`bpjs-klaim.example.com`), and across the labels (`bpjs.verifikasi-data.com`).
    for (let i = 0; i < nameIndex; i++) {
      const branded = lures.branded(lsk[i]!);
      const combo = branded === null ? null : lures.find(branded, uLabels[i]!);
      if (combo) return match(combo.target, idn ? 'punycode' : combo.plain ? 'combo' : 'homoglyph');
    }
    if (!restricted && nameIndex > 0) {
      const branded = lures.branded(lsk.slice(0, nameIndex + 1).join(''));
      const whole = branded === null ? null : lures.find(branded, uLabels.slice(0, nameIndex + 1).join(''));
      if (whole) return match(whole.target, idn ? 'punycode' : whole.plain ? 'combo' : 'homoglyph');
    }
    return null;
  }

  return { check, size: names.domains.size };
}

/** One-off check; build an index once with createLookalikeIndex when checking many hosts. */
export function checkLookalike(host: string, protectedDomains: readonly ProtectedDomain[]): LookalikeMatch | null {
  return createLookalikeIndex(protectedDomains).check(host);
}
