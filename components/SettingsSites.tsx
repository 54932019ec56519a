// The person's trusted, blocked and paused sites. Only their own entries are ever saved: the organisation's come
// from policy each time. Trusting a site takes it off their blocked list and the other way round, as in the popup.
import type { Settings, SiteRule } from '../lib/settings/types';
import { sameRule } from '../lib/settings/rules';
import type { MessageKey } from '../lib/i18n/translate';
import { useI18n } from './i18n';
import { SettingsSiteList } from './SettingsSiteList';
import {
  isLocked,
  type ImportOutcome,
  type SettingsData,
  type SiteListFormat,
  type SiteListName,
} from './SettingsTypes';

const LISTS: ReadonlyArray<[SiteListName, MessageKey, MessageKey, MessageKey]> = [
  ['trusted', 'settingsTrustedTitle', 'settingsTrustedMore', 'settingsAddTrusted'],
  ['blocked', 'settingsBlockedTitle', 'settingsBlockedMore', 'settingsAddBlocked'],
  ['paused', 'settingsPausedTitle', 'settingsPausedMore', 'settingsAddPaused'],
];

const OPPOSITE: Partial<Record<SiteListName, SiteListName>> = { trusted: 'blocked', blocked: 'trusted' };

export interface SettingsSitesProps {
  data: SettingsData;
  save(patch: Partial<Settings>): void;
  importSites(list: SiteListName, text: string, format: SiteListFormat): Promise<ImportOutcome>;
  exportSites(list: SiteListName): void;
}

const own = (rules: SiteRule[]) => rules.filter((r) => !r.managed).map(({ scope, value }) => ({ scope, value }));

function Notation() {
  const { t } = useI18n();
  const rows: Array<[string, MessageKey]> = [
    ['*.rs-contoh.example', 'settingsNotationDomain'],
    ['sirs.rs-contoh.example', 'settingsNotationHost'],
    ['10.20.1.5', 'settingsNotationIp'],
    ['10.20.0.0/16', 'settingsNotationRange'],
  ];
  return (
    <details class="settings-more">
      <summary>{t('settingsNotationTitle')}</summary>
      <dl class="settings-notation">
        {rows.map(([example, key]) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
      <p class="settings-hint">{t('settingsNotationNote')}</p>
    </details>
  );
}

export function SettingsSites({ data, save, importSites, exportSites }: SettingsSitesProps) {
  const { t } = useI18n();
  const add = (list: SiteListName, rule: SiteRule) => {
    const patch: Partial<Settings> = { [list]: [...own(data.settings[list]), rule] };
    const other = OPPOSITE[list];
    if (other && !isLocked(data, other) && data.settings[other].some((r) => !r.managed && sameRule(r, rule))) {
      patch[other] = own(data.settings[other]).filter((r) => !sameRule(r, rule));
    }
    save(patch);
  };
  const remove = (list: SiteListName, rule: SiteRule) =>
    save({ [list]: own(data.settings[list]).filter((r) => !sameRule(r, rule)) });
  return (
    <section class="settings-section" id="settings-section-sites" aria-labelledby="settings-sites-title">
      <h2 id="settings-sites-title">{t('settingsSitesTitle')}</h2>
      <p class="settings-hint">{t('settingsSitesLead')}</p>
      <Notation />
      {LISTS.map(([list, title, more, addLabel]) => (
        <SettingsSiteList
          key={list}
          list={list}
          title={t(title)}
          more={t(more)}
          addLabel={t(addLabel)}
          rules={data.settings[list]}
          locked={isLocked(data, list)}
          onAdd={(rule) => add(list, rule)}
          onRemove={(rule) => remove(list, rule)}
          importSites={(text, format) => importSites(list, text, format)}
          exportSites={() => exportSites(list)}
        />
      ))}
    </section>
  );
}
