// The breach catalogue: how many breaches Jaga Data knows, where they come from (Have I Been Pwned needs its
// attribution and licence), and importing a file in HIBP's format. A refused file changes nothing.
import { formatNumber } from '../lib/i18n/translate';
import { useI18n } from './i18n';
import { SettingsImport } from './SettingsImport';
import type { ImportOutcome, SettingsData } from './SettingsTypes';
import { NOTICES_HREF } from './credits';

export interface SettingsBreachesProps {
  data: SettingsData;
  locked: boolean;
  importBreaches(text: string): Promise<ImportOutcome>;
}

export function SettingsBreaches({ data, locked, importBreaches }: SettingsBreachesProps) {
  const { t, locale } = useI18n();
  const { entries, imported } = data.breachCatalogue;
  return (
    <section class="settings-section" id="settings-section-breaches" aria-labelledby="settings-breaches-title">
      <h2 id="settings-breaches-title">{t('settingsBreachesTitle')}</h2>
      <p>{t('settingsBreachesCount', { count: formatNumber(locale, entries) })}</p>
      {imported > 0 ? (
        <p class="settings-hint">{t('settingsBreachesImported', { count: formatNumber(locale, imported) })}</p>
      ) : null}
      <p class="settings-attribution">
        {t('settingsBreachesHibp')}{' '}
        <a href="https://haveibeenpwned.com/" target="_blank" rel="noreferrer noopener">
          haveibeenpwned.com
        </a>
        {' · '}
        <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noreferrer noopener">
          {t('settingsBreachesLicence')}
        </a>
      </p>
      <p class="settings-attribution">
        {t('settingsNoticesHint')}{' '}
        <a href={NOTICES_HREF} target="_blank" rel="noreferrer noopener">
          {t('creditNotices')}
        </a>
      </p>
      <details class="settings-more">
        <summary>{t('settingsBreachImportSummary')}</summary>
        <p class="settings-hint">{t('settingsBreachImportMore')}</p>
        <SettingsImport
          id="settings-breach-import"
          pasteLabel={t('settingsBreachImportPaste')}
          fileLabel={t('settingsBreachImportFile')}
          buttonLabel={t('settingsBreachImportButton')}
          accept=".json,application/json"
          formats={false}
          disabled={locked}
          unit="entry"
          technical
          doneText={(count) => t('settingsBreachImportDone', { count })}
          failedText={t('settingsBreachImportFailed')}
          onImport={(text) => importBreaches(text)}
        />
      </details>
    </section>
  );
}
