// Background wiring: listeners are registered synchronously on start (MV3 wakes the worker for them);
// everything else is loaded lazily when a message or an event needs it.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listen } from '../../lib/messaging/receive';
import { handlers } from './handlers';
import { documentCommitted, forgetTab } from './tabs';
import { watchNavigations, dangerReasons, consumeAllowOnce, forgetSending } from './gate';
import { logWarning } from './warning-log';
import { hostOf } from '../../lib/site/registrable-domain';
import { watchSettings, onEffectiveChange } from './settings';
import { refreshAllTabs, refreshTab, forgetAdvice, clearBadge } from './refresh';
import { catalogues } from './catalogues';
import { dropSwitchedOff, scheduleListSources, watchListSourceAlarm } from './list-sources';
import { blockHostForSession, syncBlocking, watchRequests } from './blocking';
import { forgetFrameKeys, forgetSends, onSendsChanged, sendsDocumentCommitted, watchFrame } from './sends';
import { listenSendsChannel } from '../../lib/messaging/sends-channel';

export default defineBackground(() => {
  listen(handlers);
  watchSettings();
  onEffectiveChange(async () => {
    await dropSwitchedOff();
    void refreshAllTabs();
    return syncBlocking();
  });
  // Nothing is sent to a danger-level site: Firefox asks before each top-level or frame request, Chrome keeps
  // declarativeNetRequest rules in step with the lists and settings (blocking.ts).
  watchRequests(async (url) => (await dangerReasons(url)).length > 0);
  // Chrome keeps enabled rulesets and dynamic rules across worker restarts and browser sessions, so they are brought
  // in step when the extension is installed or updated, when the browser starts, and when lists or settings change —
  // not on every wake, where the sync would compete with the first question a woken worker must answer.
  browser.runtime.onInstalled.addListener(() => void syncBlocking());
  browser.runtime.onStartup.addListener(() => void syncBlocking());
  watchNavigations((_tabId, url, reasons) => {
    void blockHostForSession(url);
    void logWarning(
      hostOf(url) ?? '',
      'danger_page',
      [],
      reasons.map((r) => r.code),
    );
  });

  onSendsChanged((tabId) => void refreshTab(tabId));
  listenSendsChannel(
    (data, s) => void watchFrame(s.tabId, s.frameId, s.tabUrl, data),
    (s) => forgetFrameKeys(s.tabId, s.frameId),
  );
  browser.webNavigation.onCommitted.addListener((details) => {
    // Keys, digests and the tab's request listener go with the page (the listener before anything awaits).
    const sendsSettled = sendsDocumentCommitted(details.tabId, details.frameId);
    if (details.frameId === 0) forgetSending(details.tabId);
    void (async () => {
      await sendsSettled;
      await documentCommitted(details.tabId, details.frameId, details.url, details.timeStamp);
      if (details.frameId === 0) {
        await consumeAllowOnce(details.url);
        forgetAdvice(details.tabId);
        await clearBadge(details.tabId);
      }
      await refreshTab(details.tabId);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetSending(tabId);
    forgetAdvice(tabId);
    forgetSends(tabId);
    void forgetTab(tabId);
  });
  watchListSourceAlarm(() => void refreshAllTabs());
  void scheduleListSources();
  // Warm the catalogues so the first page judged does not wait for them.
  void catalogues();
});
