// The pre-submit risk: what is wrong with sending a form's sensitive values to a destination. The scanner
// (entrypoints/scanner/submit-guard.ts) reads the form and asks here; loopback, host clean-up and which page
// findings are "danger" mean what they mean in the page's verdict (lib/risk/judge-page.ts).
import { safeUrl } from '../report/safe-url';
import { bareHost } from '../site/host-core.mjs';
import { isLoopback } from '../site/ip';
import { isDangerReason, type Reason } from './reason-codes';

/**
 * Where a submission goes: a submitter's `formaction` (passed when the button has the attribute) wins over the
 * form's action; a form without an action sends to the page's own address.
 */
export function submissionDestination(submitterAction: string | null, formAction: string, pageUrl: string): string {
  return submitterAction ?? (formAction || pageUrl);
}

/** Same site as the page: the background told us the page's registrable domain (no suffix list needed here). */
export function onSite(host: string, site: string): boolean {
  const h = bareHost(host);
  return h === site || h.endsWith('.' + site);
}

/**
 * Findings against sending sensitive values from a page of `site` to `destination`: the page's danger findings
 * when the page is dangerous, plain HTTP to anything but this computer, and another site.
 */
export function riskOfSubmission(
  site: string,
  destination: string,
  pageReasons: readonly Reason[],
  danger: boolean,
): Reason[] {
  const reasons: Reason[] = danger ? pageReasons.filter(isDangerReason) : [];
  let dest: URL;
  try {
    dest = new URL(destination);
  } catch {
    return reasons;
  }
  if (dest.protocol === 'http:' && !isLoopback(dest.hostname))
    reasons.push({ code: 'insecure_form_action', detail: safeUrl(destination) });
  if ((dest.protocol === 'http:' || dest.protocol === 'https:') && site && !onSite(dest.hostname, site))
    reasons.push({ code: 'cross_site_form_action', detail: safeUrl(destination) });
  return reasons;
}

/**
 * On a page the person (or the organisation) trusts, a submission still goes through the check unless its
 * destination is trusted too: the page's own site, or a host the background found trusted among the page's
 * form actions (`trustedHosts`). A button's `formaction` or a script that changes the action can send elsewhere.
 */
export function destinationTrusted(site: string, trustedHosts: readonly string[], destination: string): boolean {
  let dest: URL;
  try {
    dest = new URL(destination);
  } catch {
    return false;
  }
  if (dest.protocol !== 'http:' && dest.protocol !== 'https:') return false;
  const host = bareHost(dest.hostname);
  return (site !== '' && onSite(host, site)) || trustedHosts.includes(host);
}
