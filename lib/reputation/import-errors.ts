// Why a line of an imported list was refused: a stable code the UI can translate, an English sentence, and at most
// 60 characters of the line so a person can find it.

export const IMPORT_ERROR_MESSAGES = {
  invalid_host: 'Not a valid host name.',
  invalid_cidr: 'Not a valid IPv4 range; write it like 10.0.0.0/8.',
  invalid_scope: 'The scope must be domain, host or range.',
  unsupported_rule: 'Only whole-site rules such as ||example.com^ can be imported.',
  exception_rule: 'Exception rules (@@) cannot be imported.',
  bad_hosts_line: 'Expected an IP address followed by host names.',
  bad_csv_row: 'Malformed CSV row (unbalanced quotes).',
  missing_column: 'The CSV header needs a domain, host or value column.',
  too_many_rules: 'Too many rules; split the list into smaller files.',
} as const;

export type ImportErrorCode = keyof typeof IMPORT_ERROR_MESSAGES;

export interface ImportError {
  /** 1-based line number in the text given. */
  line: number;
  code: ImportErrorCode;
  problem: string;
  /** The start of the offending line, at most 60 characters (then "…"). */
  excerpt?: string;
}

export const EXCERPT_MAX = 60;

export function excerptOf(line: string): string {
  const t = line.trim();
  return t.length <= EXCERPT_MAX ? t : t.slice(0, EXCERPT_MAX - 1) + '…';
}

export function importError(line: number, code: ImportErrorCode, text?: string): ImportError {
  const e: ImportError = { line, code, problem: IMPORT_ERROR_MESSAGES[code] };
  if (text !== undefined && text.trim() !== '') e.excerpt = excerptOf(text);
  return e;
}
