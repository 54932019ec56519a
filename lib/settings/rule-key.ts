// Which rule a click on "Trust", "Block", "Pause" or "Dismiss" makes for a host: the one decision, used by the
// background for every such click and for what the popup, danger page and pre-submit check name on their buttons.
//
// The rule covers the site as the person sees it, counting the public suffix list's private section: a page at
// `someone.github.io` gets `someone.github.io` (not `github.io`, which would be every GitHub Pages site, and which a
// domain rule may not name anyway, so it was dropped when settings were read back), and `x.blob.core.windows.net`
// gets that account, never `windows.net`. A hosting provider's whole domain is never the answer.
//
// `sharedHosts` lists hosts that serve many unrelated owners but are not in the PSL (Google Sites, link
// shorteners…; h-verdicts' shared-hosts data file). On such a host the owner is in the path, so no rule can name
// one owner: the answer is null and no button offers it. A name under one (`owner.shared.example`) is treated
// like a private suffix's site.
import type { SiteRule } from './types';
import { parse } from 'tldts';
import { isIpv4, normaliseHost } from './host';
import { SHARED_HOSTS } from './shared-hosts';

/** The rule a click makes for `host`, or null when no rule can name this host's owner (or it is no host). */
export function ruleKeyFor(host: string, sharedHosts: readonly string[] = SHARED_HOSTS): SiteRule | null {
  const h = normaliseHost(host);
  if (!h) return null;
  if (isIpv4(h) || !h.includes('.')) return { scope: 'host', value: h };
  for (const shared of sharedHosts) {
    if (h === shared) return null;
    if (h.endsWith(`.${shared}`)) {
      const below = h
        .slice(0, -shared.length - 1)
        .split('.')
        .pop();
      return { scope: 'domain', value: `${below}.${shared}` };
    }
  }
  const domain = parse(h, { allowPrivateDomains: true }).domain;
  // A host that is itself a public suffix (`github.io` as a page of its own) gets exactly that host.
  return domain ? { scope: 'domain', value: domain } : { scope: 'host', value: h };
}

/** The site string a button names: exactly what ruleKeyFor would store (null: nothing is offered). */
export function ruleSiteFor(host: string, sharedHosts: readonly string[] = SHARED_HOSTS): string | null {
  return ruleKeyFor(host, sharedHosts)?.value ?? null;
}

/** What notice dismissals and breach notices are remembered by: the rule's site, or on a shared host (where no
 * rule can name an owner) the host itself. */
export function noticeSiteFor(host: string, sharedHosts: readonly string[] = SHARED_HOSTS): string {
  return ruleSiteFor(host, sharedHosts) ?? normaliseHost(host) ?? host;
}
