// The settings page: every section, in the order a first-time visitor needs them (language first, so a person
// who cannot read the current one can switch), and the promise of what stays on the device at the end.
import type { Settings } from '../lib/settings/types';
import type { WarningEntry } from '../lib/warning-log/types';
import type { MessageKey } from '../lib/i18n/translate';
import { useI18n } from './i18n';
import { SettingsLanguage, SettingsMode, SettingsWarnings } from './SettingsGeneral';
import { SettingsSites } from './SettingsSites';
import { SettingsLists } from './SettingsLists';
import { SettingsBreaches } from './SettingsBreaches';
import { SettingsTrackers } from './SettingsTrackers';
import { SettingsLog } from './SettingsLog';
import { settingsErrorWords } from './SettingsWords';
import type { SaveProblem } from '../lib/messaging/protocol';
import type {
  ClearOutcome,
  ImportOutcome,
  SettingsData,
  SiteListFormat,
  SiteListName,
  SourceRefresh,
} from './SettingsTypes';

export type SettingsStatus =
  | { kind: 'saved' }
  /** `saved`: the rest of the change was kept (saveSettings drops only the entries it names). */
  | { kind: 'problems'; problems: SaveProblem[]; saved: boolean }
  | { kind: 'failed' }
  | null;

export interface SettingsPageActions {
  save(patch: Partial<Settings>): void;
  importSites(list: SiteListName, text: string, format: SiteListFormat): Promise<ImportOutcome>;
  exportSites(list: SiteListName): void;
  importBreaches(text: string): Promise<ImportOutcome>;
  refreshSources(): Promise<SourceRefresh[]>;
  exportLog(format: 'csv' | 'json'): void;
  clearLog(): Promise<ClearOutcome>;
}

export interface SettingsPageProps {
  data: SettingsData;
  log: WarningEntry[];
  status: SettingsStatus;
  actions: SettingsPageActions;
}

const NAV: ReadonlyArray<[string, MessageKey]> = [
  ['language', 'settingsLanguageTitle'],
  ['mode', 'settingsModeTitle'],
  ['warnings', 'settingsWarningsTitle'],
  ['sites', 'settingsSitesTitle'],
  ['lists', 'settingsListsTitle'],
  ['breaches', 'settingsBreachesTitle'],
  ['log', 'settingsLogTitle'],
  ['privacy', 'settingsPrivacyTitle'],
];

function StatusBar({ status }: { status: SettingsStatus }) {
  const { t } = useI18n();
  return (
    <div class={`settings-status settings-status-${status?.kind ?? 'none'}`} role="status">
      {status?.kind === 'saved' ? <p>✓ {t('settingsSaved')}</p> : null}
      {status?.kind === 'failed' ? <p>{t('settingsActionFailed')}</p> : null}
      {status?.kind === 'problems' ? (
        <>
          <p>{t(status.saved ? 'settingsSavedExcept' : 'settingsSaveFailed')}</p>
          <ul>
            {status.problems.map((p, i) => (
              <li key={i} data-code={p.code}>
                {settingsErrorWords(p, t)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function SettingsPage({ data, log, status, actions }: SettingsPageProps) {
  const { t } = useI18n();
  const general = { data, save: actions.save };
  return (
    <main class="settings">
      <header class="settings-top">
        <img src="/icon/48.png" alt="" width={40} height={40} />
        <div>
          <h1>{t('settingsTitle')}</h1>
          <p class="settings-hint">{t('settingsLead')}</p>
        </div>
      </header>
      {data.changesAllowed ? null : (
        <section class="settings-managed" role="note" aria-labelledby="settings-managed-title">
          <h2 id="settings-managed-title">{t('settingsManagedTitle')}</h2>
          <p>{t('settingsManagedLead')}</p>
        </section>
      )}
      {data.policyProblems && data.policyProblems.length > 0 ? (
        <section class="settings-managed" role="note" aria-labelledby="settings-policy-problems-title">
          <h2 id="settings-policy-problems-title">{t('settingsPolicyProblemsTitle')}</h2>
          <p>{t('settingsPolicyProblemsLead')}</p>
          <ul>
            {data.policyProblems.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav class="settings-nav" aria-label={t('settingsNavLabel')}>
        <ul>
          {NAV.map(([id, key]) => (
            <li key={id}>
              <a href={`#settings-section-${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <SettingsLanguage {...general} />
      <SettingsMode {...general} />
      <SettingsWarnings {...general} />
      <SettingsSites
        data={data}
        save={actions.save}
        importSites={actions.importSites}
        exportSites={actions.exportSites}
      />
      <SettingsLists data={data} save={actions.save} refreshSources={actions.refreshSources} />
      <SettingsBreaches data={data} locked={!data.changesAllowed} importBreaches={actions.importBreaches} />
      <SettingsTrackers data={data} />
      <SettingsLog
        data={data}
        entries={log}
        save={actions.save}
        exportLog={actions.exportLog}
        clearLog={actions.clearLog}
      />
      <section class="settings-section" id="settings-section-privacy" aria-labelledby="settings-privacy-title">
        <h2 id="settings-privacy-title">{t('settingsPrivacyTitle')}</h2>
        <p>{t('settingsPrivacyKeeps')}</p>
        <p>{t('settingsPrivacyNever')}</p>
        <p>{t('settingsPrivacyNet')}</p>
      </section>
      <StatusBar status={status} />
    </main>
  );
}
