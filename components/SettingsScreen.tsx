// Holds what the settings page shows and asks the backend (given by the entrypoint) for every change. A change is
// shown at once, saved, then the page reloads what the background now holds, so organisation rules and the
// interface language always reflect the saved state: choosing a language re-renders the page in it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings/types';
import type { WarningEntry } from '../lib/warning-log/types';
import { I18nContext, i18nFor } from './i18n';
import { SettingsPage, type SettingsPageActions, type SettingsStatus } from './SettingsPage';
import type { SettingsBackend, SettingsData } from './SettingsTypes';

export interface SettingsScreenProps {
  backend: SettingsBackend;
  /** Told the language of each render (the entrypoint sets the document's lang and title). */
  onLocale?(data: SettingsData): void;
}

export function SettingsScreen({ backend, onLocale }: SettingsScreenProps) {
  const [data, setData] = useState<SettingsData | null>(null);
  const [log, setLog] = useState<WarningEntry[]>([]);
  const [status, setStatus] = useState<SettingsStatus>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  const reload = useCallback(async () => {
    try {
      const [fresh, entries] = await Promise.all([backend.load(), backend.loadLog()]);
      setData(fresh);
      setLog(entries);
      setLoadFailed(false);
    } catch {
      setLoadFailed(true);
    }
  }, [backend]);

  useEffect(() => {
    void reload();
    // The popup or a warning may have changed a setting while this tab was in the background.
    return backend.watch?.(() => void reload());
  }, [reload, backend]);
  useEffect(() => {
    if (data) onLocale?.(data);
  }, [data?.locale, onLocale]);

  /** Runs one request, then shows what the background now holds; the caller shows a failure its own way. */
  const thenReload = async <T,>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } finally {
      await reload();
    }
  };

  const save = (patch: Partial<Settings>) => {
    setStatus(null);
    setData((d) => (d ? { ...d, settings: { ...d.settings, ...patch } } : d));
    void thenReload(() => backend.save(patch)).then(
      (outcome) =>
        setStatus(
          outcome.ok && outcome.problems.length === 0
            ? { kind: 'saved' }
            : { kind: 'problems', problems: outcome.problems, saved: outcome.ok },
        ),
      () => setStatus({ kind: 'failed' }),
    );
  };
  const failed = () => setStatus({ kind: 'failed' });

  const actions: SettingsPageActions = {
    save,
    importSites: (list, text, format) => thenReload(() => backend.importSites(list, text, format)),
    exportSites: (list) => void backend.exportSites(list).catch(failed),
    importBreaches: (text) => thenReload(() => backend.importBreaches(text)),
    refreshSources: () => thenReload(() => backend.refreshSources()),
    exportLog: (format) => void backend.exportLog(format).catch(failed),
    clearLog: () => thenReload(() => backend.clearLog()),
  };

  const i18n = i18nFor(data?.locale ?? 'en');
  return (
    <I18nContext.Provider value={i18n}>
      {data ? (
        <SettingsPage data={data} log={log} status={status} actions={actions} />
      ) : (
        <main class="settings">
          <p role="status">{i18n.t(loadFailed ? 'settingsLoadFailed' : 'settingsLoading')}</p>
        </main>
      )}
    </I18nContext.Provider>
  );
}
