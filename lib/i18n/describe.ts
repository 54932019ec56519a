// Words for kinds, levels and reasons, in one place for every surface (popup, notice, danger page).
// Exhaustive maps over the closed unions: a new kind or reason code does not compile until it has words.
import type { BreachStatus } from '../breaches/types';
import type { FieldKind } from '../kinds/field-kinds';
import type { Level, Reason, ReasonCode } from '../risk/reason-codes';
import type { MessageKey, Translate } from './translate';

export const KIND_LABEL: Readonly<Record<FieldKind, MessageKey>> = {
  national_id: 'kindNationalId',
  family_card: 'kindFamilyCard',
  health_insurance_id: 'kindHealthInsuranceId',
  medical_record_number: 'kindMedicalRecordNumber',
  tax_id: 'kindTaxId',
  passport: 'kindPassport',
  diagnosis_or_condition: 'kindDiagnosisOrCondition',
  medication: 'kindMedication',
  allergy: 'kindAllergy',
  blood_type: 'kindBloodType',
  lab_or_imaging_result: 'kindLabOrImagingResult',
  health_history: 'kindHealthHistory',
  other_health: 'kindOtherHealth',
  date_of_birth: 'kindDateOfBirth',
};

export const LEVEL_TITLE: Readonly<Record<Level, MessageKey>> = {
  danger: 'levelDangerTitle',
  caution: 'levelCautionTitle',
  ok: 'levelOkTitle',
  trusted: 'levelTrustedTitle',
};

const REASON_WORDS: Readonly<Record<ReasonCode, [MessageKey, MessageKey]>> = {
  blocklisted: ['reasonBlocklisted', 'reasonBlocklistedMore'],
  user_blocked: ['reasonUserBlocked', 'reasonUserBlockedMore'],
  lookalike: ['reasonLookalike', 'reasonLookalikeMore'],
  ip_host: ['reasonIpHost', 'reasonIpHostMore'],
  insecure_page: ['reasonInsecurePage', 'reasonInsecurePageMore'],
  insecure_form_action: ['reasonInsecureFormAction', 'reasonInsecureFormActionMore'],
  cross_site_form_action: ['reasonCrossSiteFormAction', 'reasonCrossSiteFormActionMore'],
  third_party_trackers: ['reasonThirdPartyTrackers', 'reasonThirdPartyTrackersMore'],
  known_breach: ['reasonKnownBreachUnknown', 'reasonKnownBreachMore'],
};

// The line about a site's known breaches is worded by the firmest status among them, so a site whose every entry is
// only alleged (or denied) is never told that its data "leaked". Rank 0 is the firmest.
const KNOWN_BREACH_WORDS: Readonly<Record<BreachStatus, { rank: number; title: MessageKey }>> = {
  confirmed: { rank: 0, title: 'reasonKnownBreach' },
  partly_confirmed: { rank: 1, title: 'reasonKnownBreachPartly' },
  alleged: { rank: 2, title: 'reasonKnownBreachAlleged' },
  denied: { rank: 3, title: 'reasonKnownBreachDenied' },
};

/** The firmest status among a site's breaches, or null when there are none. */
export function firmestStatus(statuses: readonly BreachStatus[]): BreachStatus | null {
  let best: BreachStatus | null = null;
  for (const s of statuses) if (best === null || KNOWN_BREACH_WORDS[s].rank < KNOWN_BREACH_WORDS[best].rank) best = s;
  return best;
}

/** What a surface knows besides the reason itself. */
export interface ReasonContext {
  /** Statuses of the breaches behind a known_breach reason; without them the line names no status. */
  breachStatuses?: readonly BreachStatus[];
}

export interface ReasonWords {
  /** The plain main sentence, with no jargon. */
  title: string;
  /** The explanation underneath, where words like HTTP or IP address are explained. */
  more: string;
}

function hostOfDetail(detail: string): string {
  try {
    return new URL(detail).host;
  } catch {
    return detail;
  }
}

export function describeReason(
  reason: Reason,
  t: Translate,
  pageSite: string,
  context: ReasonContext = {},
): ReasonWords {
  // A listed public body's or institution's own site was abused: other words, and a caution (issue 14, item 2).
  const [baseTitle, moreKey]: [MessageKey, MessageKey] = reason.abused
    ? ['reasonListedAbused', 'reasonListedAbusedMore']
    : REASON_WORDS[reason.code];
  const firmest = reason.code === 'known_breach' ? firmestStatus(context.breachStatuses ?? []) : null;
  const titleKey = firmest === null ? baseTitle : KNOWN_BREACH_WORDS[firmest].title;
  const detail = reason.detail ?? '';
  const params = {
    detail,
    list: detail,
    domain: detail,
    sites: detail,
    site: hostOfDetail(detail),
    page: pageSite,
  };
  return { title: t(titleKey, params), more: t(moreKey, params) };
}
