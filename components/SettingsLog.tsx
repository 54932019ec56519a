// The record of warnings: on or off, how long entries stay, the entries themselves, saving them as a file and
// deleting them (after a second, explicit step).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings/types';
import type { WarningEntry } from '../lib/warning-log/types';
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from '../lib/settings/limits';
import { useI18n } from './i18n';
import { SettingsLockNote } from './SettingsChoice';
import { SettingsLogTable } from './SettingsLogTable';
import { isLocked, type ClearOutcome, type SettingsData } from './SettingsTypes';
import { policyRefusal } from '../lib/settings/locks';

export interface SettingsLogProps {
  data: SettingsData;
  entries: WarningEntry[];
  save(patch: Partial<Settings>): void;
  exportLog(format: 'csv' | 'json'): void;
  clearLog(): Promise<ClearOutcome>;
}

const LIMITS = { min: RETENTION_DAYS_MIN, max: RETENTION_DAYS_MAX };

export function SettingsLog({ data, entries, save, exportLog, clearLog }: SettingsLogProps) {
  const { t } = useI18n();
  const log = data.settings.warningLog;
  const enabledLocked = isLocked(data, 'warningLog.enabled');
  const daysLocked = isLocked(data, 'warningLog.retentionDays');
  const [days, setDays] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [clearRefused, setClearRefused] = useState(false);
  // The same rule the background applies when asked to clear (lib/settings/locks.ts).
  const clearLocked = policyRefusal(data, { kind: 'clearWarningLog' }) !== null;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Keyboard focus follows the confirmation step: onto "Cancel" (the safe choice), then back to where it was.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (asked.current) clearRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const shownDays = days ?? String(log.retentionDays);
  const daysOk = /^\d{1,3}$/.test(shownDays) && +shownDays >= LIMITS.min && +shownDays <= LIMITS.max;

  const commitDays = () => {
    if (!daysOk || +shownDays === log.retentionDays) return;
    save({ warningLog: { ...log, retentionDays: +shownDays } });
    setDays(null);
  };
  const clear = async () => {
    setConfirming(false);
    const outcome = await clearLog().catch(() => null);
    setCleared(outcome?.ok === true);
    setClearRefused(outcome?.ok === false);
  };

  return (
    <section class="settings-section" id="settings-section-log" aria-labelledby="settings-log-title">
      <h2 id="settings-log-title">{t('settingsLogTitle')}</h2>
      <p class="settings-hint">{t('settingsLogLead')}</p>
      <p class="settings-hint">{t('settingsLogKeeps')}</p>
      <div data-setting="warningLog.enabled">
        <label class="settings-option">
          <input
            type="checkbox"
            name="warningLogEnabled"
            checked={log.enabled}
            disabled={enabledLocked}
            onChange={(e) => save({ warningLog: { ...log, enabled: (e.currentTarget as HTMLInputElement).checked } })}
          />
          <span class="settings-option-label">{t('settingsLogEnabled')}</span>
        </label>
        {enabledLocked ? <SettingsLockNote /> : null}
      </div>
      <div data-setting="warningLog.retentionDays" class="settings-days">
        <label class="settings-field" for="settings-log-days">
          {t('settingsLogRetention')}
        </label>
        <input
          id="settings-log-days"
          type="number"
          inputMode="numeric"
          min={LIMITS.min}
          max={LIMITS.max}
          step={1}
          value={shownDays}
          disabled={daysLocked}
          aria-invalid={!daysOk}
          aria-describedby="settings-log-days-hint"
          onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
          onChange={commitDays}
          onKeyDown={(e) => e.key === 'Enter' && commitDays()}
        />
        <p id="settings-log-days-hint" class={daysOk ? 'settings-hint' : 'settings-problem'}>
          {t(daysOk ? 'settingsLogRetentionHint' : 'settingsLogRetentionBad', LIMITS)}
        </p>
        {daysLocked ? <SettingsLockNote /> : null}
      </div>
      {entries.length === 0 && !cleared ? <p class="muted">{t('settingsLogEmpty')}</p> : null}
      {entries.length > 0 ? <SettingsLogTable entries={entries} /> : null}
      {entries.length > 0 ? (
        <>
          <div class="settings-row">
            <button type="button" class="secondary" onClick={() => exportLog('csv')}>
              {t('settingsLogExportCsv')}
            </button>
            <button type="button" class="secondary" onClick={() => exportLog('json')}>
              {t('settingsLogExportJson')}
            </button>
          </div>
          <p class="settings-hint">{t('settingsLogExportMore')}</p>
          <div class="settings-row" aria-live="polite">
            {confirming ? (
              <div class="settings-confirm" role="group" aria-labelledby="settings-log-confirm">
                <p id="settings-log-confirm">{t('settingsLogClearConfirm', { count: entries.length })}</p>
                <div class="settings-row">
                  <button type="button" class="danger" onClick={() => void clear()}>
                    {t('settingsLogClearYes')}
                  </button>
                  <button type="button" class="secondary" ref={cancelRef} onClick={() => setConfirming(false)}>
                    {t('settingsLogClearNo')}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                class="danger"
                ref={clearRef}
                disabled={clearLocked}
                onClick={() => {
                  setCleared(false);
                  setConfirming(true);
                }}
              >
                {t('settingsLogClear')}
              </button>
            )}
          </div>
        </>
      ) : null}
      {clearRefused ? (
        <p class="settings-problem" role="status">
          {t('settingsErrClearLocked')}
        </p>
      ) : null}
      {cleared && entries.length === 0 ? (
        <p class="settings-ok" role="status">
          {t('settingsLogCleared')}
        </p>
      ) : null}
    </section>
  );
}
