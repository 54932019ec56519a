// One list of sites (trusted, blocked or paused): what is on it, in plain words; the organisation's entries marked
// and not removable; adding one site; importing many and saving the list as a file.
import type { SiteRule } from '../lib/settings/types';
import { formatRule, ruleKey } from '../lib/settings/rules';
import { useI18n } from './i18n';
import { SettingsLockNote } from './SettingsChoice';
import { SettingsImport } from './SettingsImport';
import { SettingsRuleAdd } from './SettingsRuleAdd';
import type { ImportOutcome, SiteListFormat, SiteListName } from './SettingsTypes';

export interface SettingsSiteListProps {
  list: SiteListName;
  title: string;
  more: string;
  addLabel: string;
  rules: SiteRule[];
  locked: boolean;
  onAdd(rule: SiteRule): void;
  onRemove(rule: SiteRule): void;
  importSites(text: string, format: SiteListFormat): Promise<ImportOutcome>;
  exportSites(): void;
}

function RuleText({ rule }: { rule: SiteRule }) {
  const { t } = useI18n();
  const scope =
    rule.scope === 'domain'
      ? t('settingsRuleDomain', { value: rule.value })
      : rule.scope === 'host'
        ? t('settingsRuleHost')
        : t('settingsRuleRange');
  return (
    <span class="settings-rule-text">
      <span class="settings-rule-value" title={formatRule(rule)}>
        {rule.value}
      </span>
      <span class="settings-rule-scope">{scope}</span>
    </span>
  );
}

export function SettingsSiteList(props: SettingsSiteListProps) {
  const { t } = useI18n();
  const id = `settings-${props.list}`;
  return (
    <section class="settings-sub" aria-labelledby={`${id}-title`} data-list={props.list}>
      <h3 id={`${id}-title`}>{props.title}</h3>
      <p class="settings-hint">{props.more}</p>
      {props.locked ? <SettingsLockNote text={t('settingsListLocked')} /> : null}
      {props.rules.length === 0 ? (
        <p class="muted">{t('settingsListEmpty')}</p>
      ) : (
        <ul class="settings-rules">
          {props.rules.map((rule) => (
            <li key={ruleKey(rule)} class="settings-rule" data-rule={formatRule(rule)}>
              <RuleText rule={rule} />
              {rule.managed ? (
                <span class="settings-org">{t('settingsSetByOrg')}</span>
              ) : (
                <button
                  type="button"
                  class="secondary"
                  disabled={props.locked}
                  aria-label={t('settingsRemoveLabel', { site: rule.value })}
                  onClick={() => props.onRemove(rule)}
                >
                  {t('settingsRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <SettingsRuleAdd
        id={id}
        label={props.addLabel}
        existing={props.rules}
        disabled={props.locked}
        onAdd={props.onAdd}
      />
      <details class="settings-more">
        <summary>{t('settingsImportSummary')}</summary>
        <SettingsImport
          id={`${id}-import`}
          pasteLabel={t('settingsImportPaste')}
          fileLabel={t('settingsImportFile')}
          buttonLabel={t('settingsImportButton')}
          accept=".txt,.csv,.hosts,text/plain,text/csv"
          formats
          disabled={props.locked}
          unit="line"
          technical={false}
          doneText={(count) => t('settingsImportDone', { count })}
          failedText={t('settingsImportFailed')}
          onImport={props.importSites}
        />
        <div class="settings-export">
          <button type="button" class="secondary" onClick={props.exportSites}>
            {t('settingsExportButton')}
          </button>
          <p class="settings-hint">{t('settingsExportMore')}</p>
        </div>
      </details>
    </section>
  );
}
