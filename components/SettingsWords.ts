// Words for the codes the settings page shows: warning-record actions and reasons (exhaustive over their closed
// unions), import error codes and rule problems (open sets: an unknown one falls back to the English text).
import type { ReasonCode } from '../lib/risk/reason-codes';
import type { WarningAction } from '../lib/warning-log/types';
import type { MessageKey, Translate } from '../lib/i18n/translate';
import type { SaveProblem } from '../lib/messaging/protocol';
import type { RuleProblemCode } from '../lib/settings/rules';
import { isListSourceError, type ListSourceErrorCode } from '../lib/settings/list-source-errors';
import { MAX_LIST_BYTES } from '../lib/settings/list-download';

export const ACTION_WORDS: Readonly<Record<WarningAction, MessageKey>> = {
  shown: 'settingsActionShown',
  dismissed: 'settingsActionDismissed',
  sent_once: 'settingsActionSentOnce',
  trusted: 'settingsActionTrusted',
  cancelled: 'settingsActionCancelled',
  danger_page: 'settingsActionDangerPage',
  proceeded: 'settingsActionProceeded',
};

/** Short titles for a table cell; the long sentences of lib/i18n/describe.ts need the page's details. */
export const REASON_SHORT: Readonly<Record<ReasonCode, MessageKey>> = {
  blocklisted: 'settingsReasonBlocklisted',
  user_blocked: 'settingsReasonUserBlocked',
  lookalike: 'settingsReasonLookalike',
  ip_host: 'settingsReasonIpHost',
  insecure_page: 'settingsReasonInsecurePage',
  insecure_form_action: 'settingsReasonInsecureFormAction',
  cross_site_form_action: 'settingsReasonCrossSiteFormAction',
  third_party_trackers: 'settingsReasonThirdPartyTrackers',
  known_breach: 'settingsReasonKnownBreach',
};

/** Codes of lib/reputation/import-errors.ts (site lists) and lib/breaches/import-hibp.ts (breach files). */
const IMPORT_ERROR_WORDS: Readonly<Record<string, MessageKey>> = {
  invalid_host: 'settingsImportErrInvalidHost',
  invalid_cidr: 'settingsImportErrInvalidCidr',
  invalid_scope: 'settingsImportErrInvalidScope',
  unsupported_rule: 'settingsImportErrUnsupportedRule',
  exception_rule: 'settingsImportErrExceptionRule',
  bad_hosts_line: 'settingsImportErrBadHostsLine',
  bad_csv_row: 'settingsImportErrBadCsvRow',
  missing_column: 'settingsImportErrMissingColumn',
  too_many_rules: 'settingsImportErrTooManyRules',
  locked: 'settingsImportErrLocked',
  not_json: 'settingsImportErrNotJson',
  not_array: 'settingsImportErrNotArray',
  not_object: 'settingsImportErrNotObject',
  missing_field: 'settingsImportErrMissingField',
  bad_name: 'settingsImportErrBadName',
  wrong_type: 'settingsImportErrWrongType',
  bad_date: 'settingsImportErrBadDate',
  bad_count: 'settingsImportErrBadCount',
  duplicate_name: 'settingsImportErrDuplicateName',
};

/** The person's words for an import problem, or null when the code is not one we know. */
export function importErrorWords(code: string, t: Translate): string | null {
  return Object.hasOwn(IMPORT_ERROR_WORDS, code) ? t(IMPORT_ERROR_WORDS[code] as MessageKey) : null;
}

/** Why lib/settings/rules.ts refused a rule typed on the page: exhaustive over its codes. */
const RULE_PROBLEM_WORDS: Readonly<Record<RuleProblemCode, MessageKey>> = {
  not_host: 'settingsRuleNotHost',
  not_domain: 'settingsRuleNotHost',
  not_text: 'settingsRuleNotHost',
  unknown_scope: 'settingsRuleNotHost',
  public_suffix: 'settingsRulePublicSuffix',
  bad_range: 'settingsRuleBadRange',
};

export function ruleProblemWords(code: RuleProblemCode, t: Translate): string {
  return t(RULE_PROBLEM_WORDS[code]);
}

/** The person's words for a refusal of the background (lib/settings/errors.ts): exhaustive over its codes. */
const SETTINGS_ERROR_WORDS: {
  readonly [C in SaveProblem['code']]: (e: Extract<SaveProblem, { code: C }>, t: Translate) => string;
} = {
  managed: (_e, t) => t('settingsErrManaged'),
  locked: (e, t) => t('settingsErrLocked', { setting: e.key }),
  no_site: (_e, t) => t('settingsErrNoSite'),
  too_many_rules: (e, t) => t('settingsErrTooManyRules', { limit: e.limit }),
  // A stored value the settings reader refused: its technical description names the field, for IT staff.
  invalid: (e) => e.detail,
};

export function settingsErrorWords(error: SaveProblem, t: Translate): string {
  return (SETTINGS_ERROR_WORDS[error.code] as (e: SaveProblem, t: Translate) => string)(error, t);
}

const SOURCE_ERROR_WORDS: Readonly<Record<ListSourceErrorCode, MessageKey>> = {
  network: 'settingsSourceErrNetwork',
  http_error: 'settingsSourceErrHttp',
  redirected: 'settingsSourceErrRedirected',
  too_large: 'settingsSourceErrTooLarge',
  no_entries: 'settingsSourceErrNoEntries',
  too_many_errors: 'settingsSourceErrTooManyErrors',
  not_a_breach_list: 'settingsSourceErrNotBreaches',
};

/** Words for a list source's last error; a sentence stored by an older release is shown as it is. */
export function sourceErrorWords(error: string, t: Translate): string {
  return isListSourceError(error) ? t(SOURCE_ERROR_WORDS[error], { mb: MAX_LIST_BYTES / (1024 * 1024) }) : error;
}

export function dateTimeText(locale: 'id' | 'en', iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
