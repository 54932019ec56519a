// Risk levels and reason codes (../shared/CONTRACTS.md §5). Closed unions: every decision about a reason code
// sits in REASONS below, one row per code, so a new code does not compile until someone decides how it behaves.

export const LEVELS = ['danger', 'caution', 'ok', 'trusted'] as const;
export type Level = (typeof LEVELS)[number];

export const REASON_CODES = [
  'blocklisted',
  'user_blocked',
  'lookalike',
  'ip_host',
  'insecure_page',
  'insecure_form_action',
  'cross_site_form_action',
  'third_party_trackers',
  'known_breach',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * What a finding does to the level of a page with sensitive fields (lib/risk/judge-page.ts levelOf):
 * `danger` always (sensitive fields or not, and it also stops a submission); `caution` always; or caution only
 * when a condition holds — a form sends to a site nobody trusts, a tracker records input, a breach involved
 * health or ID data.
 */
export type Severity =
  'danger' | 'caution' | 'caution_if_untrusted_destination' | 'caution_if_capturing' | 'caution_if_relevant_breach';

export interface ReasonDecisions {
  severity: Severity;
  /**
   * A finding about the site itself: the notice names it and its dismissal key counts it. Breaches and
   * trackers are told in their own parts of the notice (by id and by company), so they are not.
   */
  siteFinding: boolean;
}

export const REASONS: Readonly<Record<ReasonCode, ReasonDecisions>> = {
  blocklisted: { severity: 'danger', siteFinding: true },
  user_blocked: { severity: 'danger', siteFinding: true },
  lookalike: { severity: 'danger', siteFinding: true },
  ip_host: { severity: 'caution', siteFinding: true },
  insecure_page: { severity: 'caution', siteFinding: true },
  insecure_form_action: { severity: 'caution', siteFinding: true },
  cross_site_form_action: { severity: 'caution_if_untrusted_destination', siteFinding: true },
  third_party_trackers: { severity: 'caution_if_capturing', siteFinding: false },
  known_breach: { severity: 'caution_if_relevant_breach', siteFinding: false },
};

export interface Reason {
  code: ReasonCode;
  detail?: string;
}

export interface Verdict {
  level: Level;
  reasons: Reason[];
}

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && (REASON_CODES as readonly string[]).includes(value);
}

/** A finding that makes a site dangerous on its own (a list, a block, a lookalike). */
export function isDangerReason(reason: Pick<Reason, 'code'>): boolean {
  return REASONS[reason.code].severity === 'danger';
}

/** A finding about the site itself, as opposed to its breaches and trackers (see ReasonDecisions.siteFinding). */
export function isSiteFinding(reason: Pick<Reason, 'code'>): boolean {
  return REASONS[reason.code].siteFinding;
}
