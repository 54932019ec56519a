// The danger page: shown in place of a suspected dangerous site. The address comes in the query string.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import { send } from '../../lib/messaging/send';
import { DangerView } from '../../components/DangerView';
import { I18nContext, i18nFor } from '../../components/i18n';

async function main() {
  const url = new URLSearchParams(location.search).get('u') ?? '';
  const data = await send('getDangerView', { url });
  const i18n = i18nFor(data.locale);
  document.documentElement.lang = data.locale;
  document.title = `${i18n.t('dangerTitle')} — Jaga Data`;
  const proceed = async (always: boolean) => {
    const { ok } = await send('proceedFromDanger', { url, always });
    if (!ok) return;
    // Navigate the tab itself (Firefox does not let an extension page hand its tab to a web address by location).
    const tab = await browser.tabs.getCurrent();
    if (tab?.id !== undefined) await browser.tabs.update(tab.id, { url });
    else location.replace(url);
  };
  const back = async () => {
    if (history.length > 1) history.back();
    else {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
    }
  };
  render(
    <I18nContext.Provider value={i18n}>
      <DangerView
        data={data}
        actions={{
          back: () => void back(),
          continueOnce: () => void proceed(false),
          continueAlways: () => void proceed(true),
        }}
      />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

void main();
