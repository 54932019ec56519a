// Lists of dangerous sites: the ones bundled with Jaga Data (each can be switched off, with its licence and
// attribution), then the lists downloaded from addresses the person or the organisation chose.
import type { Settings } from '../lib/settings/types';
import { formatNumber } from '../lib/i18n/translate';
import { useI18n } from './i18n';
import { SettingsLockNote } from './SettingsChoice';
import { SettingsSources } from './SettingsSources';
import { isLocked, type SettingsData, type SourceRefresh } from './SettingsTypes';

export interface SettingsListsProps {
  data: SettingsData;
  save(patch: Partial<Settings>): void;
  refreshSources(): Promise<SourceRefresh[]>;
}

export function SettingsLists({ data, save, refreshSources }: SettingsListsProps) {
  const { t, locale } = useI18n();
  const locked = isLocked(data, 'disabledBundledLists');
  const disabled = data.settings.disabledBundledLists;
  // Downloaded lists are shown (with their state) among the sources below, not as lists that came with Jaga Data.
  const sourceIds = new Set(data.settings.listSources.map((s) => s.id));
  const bundled = data.lists.filter((l) => !sourceIds.has(l.id));
  const toggle = (id: string, on: boolean) =>
    save({ disabledBundledLists: on ? disabled.filter((d) => d !== id) : [...disabled.filter((d) => d !== id), id] });
  return (
    <section class="settings-section" id="settings-section-lists" aria-labelledby="settings-lists-title">
      <h2 id="settings-lists-title">{t('settingsListsTitle')}</h2>
      <p class="settings-hint">{t('settingsListsLead')}</p>
      <fieldset class="settings-sub">
        <legend>
          <h3>{t('settingsBundledTitle')}</h3>
        </legend>
        {locked ? <SettingsLockNote /> : null}
        {bundled.length === 0 ? <p class="muted">{t('settingsBundledNone')}</p> : null}
        {bundled.map((list) => (
          <div key={list.id} class="settings-list-item" data-list-id={list.id}>
            <label class="settings-option">
              <input
                type="checkbox"
                checked={!disabled.includes(list.id)}
                disabled={locked}
                onChange={(e) => toggle(list.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>
                <span class="settings-option-label">{list.title}</span>
                <span class="settings-option-more">
                  {t('settingsListEntries', { count: formatNumber(locale, list.entries) })} ·{' '}
                  {t('settingsListLicence', { licence: list.licence })}
                </span>
              </span>
            </label>
            {list.attribution ? <p class="settings-attribution">{list.attribution}</p> : null}
          </div>
        ))}
      </fieldset>
      <SettingsSources data={data} save={save} refreshSources={refreshSources} />
    </section>
  );
}
