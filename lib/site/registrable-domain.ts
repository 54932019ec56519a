// Registrable domains ("sites") come from the public suffix list through tldts; no suffix logic of our own.
import { parse } from 'tldts';
import { bareHost } from './host-core.mjs';

export interface SiteInfo {
  /** Lower-case host as the URL parser gives it (punycode for IDNs). */
  host: string;
  /** Registrable domain (eTLD+1, ICANN section), or the host itself for IPs and single-label hosts. */
  site: string;
  isIp: boolean;
  /** The host sits under a private suffix of the PSL (user-content hosting: github.io, blogspot.com…). */
  isPrivateSuffix: boolean;
  /** The registrable domain counting private suffixes (e.g. `someone.github.io`). */
  privateSite: string;
}

/** Registrable domain of a host name (already lower-case ASCII or punycode). */
export function registrableDomain(host: string): string {
  const h = bareHost(host);
  const parsed = parse(h, { allowPrivateDomains: false });
  if (parsed.isIp) return h;
  return parsed.domain ?? h;
}

export function siteInfo(host: string): SiteInfo {
  const h = bareHost(host);
  const icann = parse(h, { allowPrivateDomains: false });
  const withPrivate = parse(h, { allowPrivateDomains: true });
  const isIp = icann.isIp === true;
  return {
    host: h,
    site: isIp ? h : (icann.domain ?? h),
    isIp,
    isPrivateSuffix: !isIp && withPrivate.isPrivate === true,
    privateSite: isIp ? h : (withPrivate.domain ?? icann.domain ?? h),
  };
}

/** Host of a URL string, or null when it has none (about:blank, data:, a malformed address). */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.hostname ? bareHost(u.hostname) : null;
  } catch {
    return null;
  }
}

export function sameSite(a: string, b: string): boolean {
  return registrableDomain(a) === registrableDomain(b);
}
