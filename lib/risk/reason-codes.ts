// Risk levels and reason codes (../shared/CONTRACTS.md §5). Closed unions: every map over them is exhaustive.

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

export interface Reason {
  code: ReasonCode;
  detail?: string;
  /** `blocklisted` only: the listed site is a public body's or regulated institution's own, so the listing means
   * it was abused ("reported as abused — be careful"), a caution rather than danger (issue 14, item 2). */
  abused?: true;
}

export interface Verdict {
  level: Level;
  reasons: Reason[];
}

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && (REASON_CODES as readonly string[]).includes(value);
}
