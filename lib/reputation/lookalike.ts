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
    const labels = ascii.split('.');
    const uLabels = unicode.split('.');
    const nameIndex = labels.length - suffix.split('.').length - 1;
    const name = labels[nameIndex]!;
    if (name === '') return null;
    const uName = uLabels[nameIndex] ?? name;
    const idnName = uName !== name;
    const restricted = RESTRICTED_ZONES.has(suffix);
    // Letter skeletons of every label, computed once (the mapping never adds or removes dots).
    const lsk = letterSkeleton(unicode).split('.');

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
      if (lures.mentionsBrand(lsk[nameIndex]!)) {
        const combo = lures.find(lsk[nameIndex]!, uName);
        if (combo) return match(combo.target, idnName ? 'punycode' : combo.plain ? 'combo' : 'homoglyph');
        // A service name with its parent's name (`satusehat-kemkes.com`, `pcare-bpjs.net`).
        const pair = lures.findPair(lsk[nameIndex]!);
        if (pair) return match(pair, idnName ? 'punycode' : 'combo');
      }
      const typo = names.findTypo(idnName ? skeleton(uName) : name, idnName);
      if (typo) return match(typo.target, idnName ? 'punycode' : typo.how);
    }
    // Lure words in subdomain labels (`bpjs-klaim.example.com`), and across the labels (`bpjs.verifikasi-data.com`).
    for (let i = 0; i < nameIndex; i++) {
      const combo = lures.find(lsk[i]!, uLabels[i]!);
      if (combo) return match(combo.target, idn ? 'punycode' : combo.plain ? 'combo' : 'homoglyph');
    }
    if (!restricted && nameIndex > 0) {
      const whole = lures.find(lsk.slice(0, nameIndex + 1).join(''), uLabels.slice(0, nameIndex + 1).join(''));
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
