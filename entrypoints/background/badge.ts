// The toolbar badge: the number of sensitive fields in the tab, coloured by the site's risk level.
import { browser } from 'wxt/browser';
import { BADGE_COLOUR } from '../../lib/risk/badge-colour';
import type { Level } from '../../lib/risk/reason-codes';

const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function showBadge(tabId: number, text: string, level: Level, noticeRemoved: boolean): Promise<void> {
  // When a page removed our notice, the warning moves here: a "!" stays even without a count.
  const shown = text || (noticeRemoved && (level === 'danger' || level === 'caution') ? '!' : '');
  try {
    await action().setBadgeText({ tabId, text: shown });
    if (shown) {
      await action().setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR[level] });
      await action().setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab closed in the meantime.
  }
}
