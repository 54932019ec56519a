// Judges a page from facts gathered elsewhere (lists, lookalikes, the scanner's report, breaches, trackers).
// Pure: the background gathers the facts; this decides the level and lists every finding.
//
// Decisions (also in README "How Jaga Data judges a site"):
// - danger: the site or a parent is on an enabled reputation list, the person or administrator blocked it, or it
//   imitates a protected domain. A `.go.id` ending never makes a site trusted by itself.
// - Transport and destination findings are made only where sensitive fields are present.
// - Loopback pages are never "insecure". Private addresses (10.x, 192.168.x, *.local…), where many clinic
//   systems (SIMRS) run, are not flagged as bare-IP hosts, but plain HTTP there is still a caution: hospital
//   Wi-Fi is shared. An administrator lists such portals as trusted and the warning goes away.
// - Trusting a site covers the site itself; data sent from it to another site that is not trusted still warns.
import { REASONS, isDangerReason, type Level, type Reason, type Severity, type Verdict } from './reason-codes';

export interface FormFact {
  /** Resolved action: scheme, host and path. */
  action: string;
  sensitive: boolean;
}

export interface TrackerFact {
  site: string;
  capturesInput: boolean;
}

export interface PageFacts {
  url: string;
  /** Number of sensitive fields in all frames. */
  sensitiveFields: number;
  forms: FormFact[];
  /** The enabled list that names the host or a parent, if any. */
  listedOn: string | null;
  /** The protected domain this host imitates, if any. */
  imitates: string | null;
  userStatus: 'trusted' | 'blocked' | null;
  /** Ids of breaches in the catalogue for this site; `relevantBreach` when any involved health or ID data. */
  breachIds: string[];
  relevantBreach: boolean;
  trackers: TrackerFact[];
}

export interface HostFacts {
  host: string;
  site: string;
  isIp: boolean;
  isPrivate: boolean;
  isLoopback: boolean;
}

export interface JudgeContext {
  /** Facts about a host (site, IP, private, loopback); injected so this stays free of parsing details. */
  hostFacts: (host: string) => HostFacts;
  /** Whether a destination host is trusted (by the person or by policy). */
  isTrusted: (host: string) => boolean;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function judgePage(facts: PageFacts, ctx: JudgeContext): Verdict {
  const reasons: Reason[] = [];
  const page = parseUrl(facts.url);
  const host = page?.hostname.replace(/^\[|\]$/g, '') ?? '';
  const me = ctx.hostFacts(host);
  const sensitive = facts.sensitiveFields > 0;
  // Raised when a finding survives trust: data leaving a trusted site for one that is not.
  let untrustedDestination = false;
  // A form sending to another site that the person or administrator trusts is listed, but is not a caution.
  let crossSiteOnlyTrusted = false;

  if (facts.listedOn) reasons.push({ code: 'blocklisted', detail: facts.listedOn });
  if (facts.userStatus === 'blocked') reasons.push({ code: 'user_blocked' });
  if (facts.imitates) reasons.push({ code: 'lookalike', detail: facts.imitates });

  if (sensitive && page) {
    if (me.isIp && !me.isPrivate && !me.isLoopback) reasons.push({ code: 'ip_host', detail: host });
    if (page.protocol === 'http:' && !me.isLoopback) reasons.push({ code: 'insecure_page', detail: page.origin });
    const insecure = new Set<string>();
    const crossSite = new Set<string>();
    const trustedCrossSite = new Set<string>();
    for (const form of facts.forms) {
      if (!form.sensitive) continue;
      const action = parseUrl(form.action);
      if (!action) continue;
      const dest = ctx.hostFacts(action.hostname.replace(/^\[|\]$/g, ''));
      // A form sending to this very computer (a clinic's local print, card-reader or fingerprint agent) sends
      // nothing over a network: neither insecure nor another site.
      if (dest.isLoopback) continue;
      const otherSite = dest.site !== me.site;
      if (action.protocol === 'http:') {
        insecure.add(form.action);
        if (otherSite && !ctx.isTrusted(dest.host)) untrustedDestination = true;
      }
      if (otherSite && (action.protocol === 'http:' || action.protocol === 'https:')) {
        crossSite.add(form.action);
        if (!ctx.isTrusted(dest.host)) untrustedDestination = true;
        else trustedCrossSite.add(form.action);
      }
    }
    for (const detail of insecure) reasons.push({ code: 'insecure_form_action', detail });
    for (const detail of crossSite) reasons.push({ code: 'cross_site_form_action', detail });
    crossSiteOnlyTrusted = crossSite.size > 0 && trustedCrossSite.size === crossSite.size;
    if (facts.trackers.length > 0) {
      const sites = [...new Set(facts.trackers.map((t) => t.site))].sort();
      reasons.push({ code: 'third_party_trackers', detail: sites.join(', ') });
    }
  }
  if (facts.breachIds.length > 0) reasons.push({ code: 'known_breach', detail: facts.breachIds.join(', ') });

  return { level: levelOf(reasons, facts, { sensitive, untrustedDestination, crossSiteOnlyTrusted }), reasons };
}

interface LevelFlags {
  sensitive: boolean;
  untrustedDestination: boolean;
  crossSiteOnlyTrusted: boolean;
}

function levelOf(reasons: Reason[], facts: PageFacts, flags: LevelFlags): Level {
  const { sensitive, untrustedDestination, crossSiteOnlyTrusted } = flags;
  if (facts.userStatus === 'trusted') return untrustedDestination ? 'caution' : 'trusted';
  if (reasons.some(isDangerReason)) return 'danger';
  if (!sensitive) return 'ok';
  // Whether each kind of caution holds on this page (the kind of each finding is in the reason-code table).
  const cautions: Record<Exclude<Severity, 'danger'>, boolean> = {
    caution: true,
    caution_if_untrusted_destination: !crossSiteOnlyTrusted,
    caution_if_capturing: facts.trackers.some((t) => t.capturesInput),
    caution_if_relevant_breach: facts.relevantBreach,
  };
  return reasons.some((r) => {
    const severity = REASONS[r.code].severity;
    return severity !== 'danger' && cautions[severity];
  })
    ? 'caution'
    : 'ok';
}
