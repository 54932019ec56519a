// After anything changes (a report, a setting, a trust decision), re-judge the tab, update its badge and tell
// its scanners when what they should show has changed.
import { sendToFrame } from '../../lib/messaging/send';
import { browser } from 'wxt/browser';
import { evaluate, type Evaluation } from './evaluate';
import { showBadge } from './badge';
import { knownTabIds, tabState } from './tabs';

const lastAdvice = new Map<number, string>();

export async function refreshTab(tabId: number, exceptFrame?: number): Promise<Evaluation | null> {
  const state = await tabState(tabId);
  if (!state) return null;
  const result = await evaluate(tabId, state);
  await showBadge(tabId, result.view.badge, result.verdict.level, state.noticeRemoved);
  const signature = JSON.stringify(result.advice);
  if (lastAdvice.get(tabId) !== signature) {
    lastAdvice.set(tabId, signature);
    for (const frameId of Object.keys(state.frames).map(Number)) {
      if (frameId !== exceptFrame) void sendToFrame(tabId, frameId, 'adviceChanged', result.advice);
    }
  }
  return result;
}

export async function refreshAllTabs(): Promise<void> {
  for (const tabId of await knownTabIds()) await refreshTab(tabId);
}

export function forgetAdvice(tabId: number): void {
  lastAdvice.delete(tabId);
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await (
      browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
    ).setBadgeText({ tabId, text: '' });
  } catch {
    /* tab closed */
  }
}
