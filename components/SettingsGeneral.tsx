// Language, who uses the browser, and how eager warnings are.
import type { Eagerness, LanguagePref, Mode, Settings } from '../lib/settings/types';
import { useI18n } from './i18n';
import { SettingsChoice, SettingsLockNote } from './SettingsChoice';
import { isLocked, type SettingsData } from './SettingsTypes';

export interface SettingsGeneralProps {
  data: SettingsData;
  save(patch: Partial<Settings>): void;
}

export function SettingsLanguage({ data, save }: SettingsGeneralProps) {
  const { t } = useI18n();
  return (
    <section class="settings-section" id="settings-section-language">
      <SettingsChoice<LanguagePref>
        name="language"
        title={t('settingsLanguageTitle')}
        value={data.settings.language}
        locked={isLocked(data, 'language')}
        onChange={(language) => save({ language })}
        options={[
          { value: 'auto', label: t('settingsLanguageAuto') },
          { value: 'id', label: t('settingsLanguageId'), lang: 'id' },
          { value: 'en', label: t('settingsLanguageEn'), lang: 'en' },
        ]}
      />
    </section>
  );
}

export function SettingsMode({ data, save }: SettingsGeneralProps) {
  const { t } = useI18n();
  return (
    <section class="settings-section" id="settings-section-mode">
      <SettingsChoice<Mode>
        name="mode"
        title={t('settingsModeTitle')}
        value={data.settings.mode}
        locked={isLocked(data, 'mode')}
        onChange={(mode) => save({ mode })}
        options={[
          { value: 'patient', label: t('settingsModePatient'), more: t('settingsModePatientMore') },
          { value: 'clinic', label: t('settingsModeClinic'), more: t('settingsModeClinicMore') },
        ]}
      />
    </section>
  );
}

export function SettingsWarnings({ data, save }: SettingsGeneralProps) {
  const { t } = useI18n();
  const checkLocked = data.submitCheckMandatory || isLocked(data, 'submitCheck');
  const checkOn = data.submitCheckMandatory || data.settings.submitCheck === 'ask';
  return (
    <section class="settings-section" id="settings-section-warnings">
      <SettingsChoice<Eagerness>
        name="eagerness"
        title={t('settingsEagernessTitle')}
        value={data.settings.eagerness}
        locked={isLocked(data, 'eagerness')}
        onChange={(eagerness) => save({ eagerness })}
        options={[
          { value: 'quiet', label: t('settingsEagernessQuiet'), more: t('settingsEagernessQuietMore') },
          { value: 'normal', label: t('settingsEagernessNormal'), more: t('settingsEagernessNormalMore') },
          { value: 'eager', label: t('settingsEagernessEager'), more: t('settingsEagernessEagerMore') },
        ]}
      />
      <div class="settings-check" data-setting="submitCheck">
        <label class="settings-option">
          <input
            type="checkbox"
            name="submitCheck"
            checked={checkOn}
            disabled={checkLocked}
            onChange={(e) => save({ submitCheck: (e.currentTarget as HTMLInputElement).checked ? 'ask' : 'off' })}
          />
          <span>
            <span class="settings-option-label">{t('settingsSubmitCheck')}</span>
            <span class="settings-option-more">{t('settingsSubmitCheckMore')}</span>
          </span>
        </label>
        {data.submitCheckMandatory ? (
          <SettingsLockNote text={t('settingsSubmitCheckMandatory')} />
        ) : checkLocked ? (
          <SettingsLockNote />
        ) : null}
      </div>
    </section>
  );
}
