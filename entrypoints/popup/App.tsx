// The popup: asks the background about the tab and renders it; actions go back through the protocol.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../lib/messaging/send';
import type { TabView, Locale } from '../../lib/report/views';
import { PopupView } from '../../components/PopupView';
import { I18nContext, i18nFor } from '../../components/i18n';
import { classLabelFor, categoryLabelFor } from '../../components/labels';

async function targetTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [view, setView] = useState<TabView | null>(null);
  const [locale, setLocale] = useState<Locale>('en');
  const [ready, setReady] = useState(false);
  const [attribution, setAttribution] = useState('');

  const load = useCallback(async () => {
    const settings = await send('getSettingsView', {});
    setLocale(settings.locale);
    setAttribution(settings.breachCatalogue.attribution);
    document.documentElement.lang = settings.locale;
    const tabId = await targetTabId();
    setView(tabId === null ? null : await send('getTabView', { tabId }));
    setReady(true);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  if (new URLSearchParams(location.search).has('control')) return null;
  if (!ready) return null;
  const i18n = i18nFor(locale);
  return (
    <I18nContext.Provider value={i18n}>
      <PopupView
        view={view}
        attribution={attribution}
        classLabel={classLabelFor(i18n.t)}
        categoryLabel={categoryLabelFor(i18n.t)}
        actions={{
          setStatus: (status) =>
            view?.ruleSite && void send('setSiteStatus', { site: view.ruleSite, status }).then(load),
          setPaused: (paused) => view?.ruleSite && void send('setPaused', { site: view.ruleSite, paused }).then(load),
          openSettings: () => void browser.runtime.openOptionsPage(),
        }}
      />
    </I18nContext.Provider>
  );
}
