// Which of the person's and the organisation's rules apply to a host (the effective lists hold both).
import type { Effective } from './settings';
import type { SiteStatus } from '../../lib/report/views';
import { siteStatus, isPaused as pausedOn } from '../../lib/settings/match';

export function statusOf(host: string, eff: Effective): SiteStatus {
  return host ? siteStatus(eff.settings, host) : null;
}

export function isTrustedHost(host: string, eff: Effective): boolean {
  return statusOf(host, eff) === 'trusted';
}

export function isPaused(host: string, eff: Effective): boolean {
  return host !== '' && pausedOn(eff.settings, host);
}

export function isManagedStatus(host: string, eff: Effective): boolean {
  return host !== '' && (siteStatus({ trusted: eff.managed.trusted, blocked: eff.managed.blocked }, host) !== null);
}

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1';
}

export function isPrivateHost(host: string): boolean {
  if (isLoopbackHost(host) || host.endsWith('.local')) return true;
  return [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./, /^f[cd][0-9a-f]{2}:/i, /^fe80:/i].some((re) =>
    re.test(host),
  );
}
