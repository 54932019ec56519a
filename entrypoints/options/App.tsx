// The settings page: the one place that talks to the background for it. Everything shown is in
// components/Settings*.tsx; this file turns each of the page's requests into a protocol message.
import { send } from '../../lib/messaging/send';
import { parseWarningLog } from '../../lib/warning-log';
import { translator } from '../../lib/i18n/translate';
import { SettingsScreen } from '../../components/SettingsScreen';
import type { SettingsBackend, SettingsData } from '../../components/SettingsTypes';
import { downloadText, exportFileName } from './download';

const backend: SettingsBackend = {
  load: () => send('getSettingsView', {}),
  // Entries arrive as plain data; only well-formed ones are shown (the table trusts their closed unions).
  loadLog: async () => parseWarningLog((await send('getWarningLog', {})).entries).log,
  save: (patch) => send('saveSettings', { patch }),
  importSites: (list, text, format) => send('importSiteList', { list, text, format }),
  exportSites: async (list) => {
    const { text } = await send('exportSiteList', { list });
    // lib/reputation/import-list.ts writes CSV (`domain,scope`), which the import reads back.
    downloadText(exportFileName(list, 'csv'), text, 'text/csv');
  },
  importBreaches: (text) => send('importBreaches', { text }),
  refreshSources: async () => (await send('refreshListSources', {})).results,
  exportLog: async (format) => {
    const { text } = await send('exportWarningLog', { format });
    downloadText(exportFileName('warnings', format), text, format === 'csv' ? 'text/csv' : 'application/json');
  },
  clearLog: () => send('clearWarningLog', {}),
  watch: (changed) => {
    const onVisible = () => document.visibilityState === 'visible' && changed();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  },
};

function showLocale(data: SettingsData): void {
  document.documentElement.lang = data.locale;
  document.title = translator(data.locale)('settingsTitle');
}

export function App() {
  return <SettingsScreen backend={backend} onLocale={showLocale} />;
}
