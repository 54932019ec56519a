// Why a list source's download was refused: a closed set, stored as the source's last error and translated on the
// settings page (components/SettingsWords.ts).
export const LIST_SOURCE_ERRORS = [
  'network',
  'http_error',
  'redirected',
  'too_large',
  'no_entries',
  'too_many_errors',
  'not_a_breach_list',
] as const;

export type ListSourceErrorCode = (typeof LIST_SOURCE_ERRORS)[number];

export function isListSourceError(value: unknown): value is ListSourceErrorCode {
  return typeof value === 'string' && (LIST_SOURCE_ERRORS as readonly string[]).includes(value);
}
