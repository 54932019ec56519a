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
  return host !== '' && siteStatus({ trusted: eff.managed.trusted, blocked: eff.managed.blocked }, host) !== null;
}
