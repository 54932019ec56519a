// Why an import was refused: every problem with its line (or entry) number and the reason in the person's language.
import { useI18n } from './i18n';
import { importErrorWords, settingsErrorWords } from './SettingsWords';
import type { ImportIssue } from './SettingsTypes';
import type { SettingsError } from '../lib/messaging/protocol';

export interface SettingsImportErrorsProps {
  errors: ImportIssue[];
  /** `line` for site lists, `entry` for breach files. */
  unit: 'line' | 'entry';
  /** Also show the English technical text (it names the field of a breach entry, useful to IT staff). */
  technical: boolean;
  /** The policy or a limit refused the whole import. */
  refused?: SettingsError | undefined;
}

export function SettingsImportErrors({ errors, unit, technical, refused }: SettingsImportErrorsProps) {
  const { t } = useI18n();
  return (
    <ul class="settings-errors">
      {refused ? (
        <li data-line="" data-code={refused.code}>
          <strong>{t('settingsImportWhole')}:</strong> {settingsErrorWords(refused, t)}
        </li>
      ) : null}
      {errors.map((e, i) => {
        const words = importErrorWords(e.code, t);
        const where =
          e.line === null
            ? t('settingsImportWhole')
            : t(unit === 'line' ? 'settingsImportLine' : 'settingsImportEntry', { line: e.line });
        return (
          <li key={`${e.line}-${e.code}-${i}`} data-line={e.line ?? ''} data-code={e.code}>
            <strong>{where}:</strong> {words ?? e.problem}
            {words && technical ? (
              <span class="settings-detail">{t('settingsImportTechnical', { detail: e.problem })}</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
