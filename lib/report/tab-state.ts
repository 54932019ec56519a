// What the background remembers about each tab, kept in storage.session so that a service worker restart
// (Chrome stops an idle one after 30 s) loses nothing. Never a value: frame reports are PageText and kinds.
import type { FrameReport } from './types';
import { sanitizeFrameReport } from './sanitize-report';
import { safeUrl } from './safe-url';

export interface TabState {
  url: string;
  /** Frame id → that frame's latest report. */
  frames: Record<string, FrameReport>;
  /** When each frame's report arrived (ms since epoch): a navigation forgets only reports older than itself. */
  receivedAt: Record<string, number>;
  /** The page removed or hid our notice. */
  noticeRemoved: boolean;
}

export type TabStates = Record<string, TabState>;

function isFrameReport(x: unknown): x is FrameReport {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<FrameReport>;
  return (
    typeof r.url === 'string' && Array.isArray(r.fields) && Array.isArray(r.forms) && Array.isArray(r.thirdParties)
  );
}

export function parseTabStates(data: unknown): { value: TabStates; problems: string[] } {
  const value: TabStates = {};
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null)
    return { value, problems: data === undefined ? [] : ['tabs: not an object'] };
  for (const [tabId, raw] of Object.entries(data as Record<string, unknown>)) {
    if (typeof raw !== 'object' || raw === null || typeof (raw as TabState).url !== 'string') {
      problems.push(`tabs.${tabId}: unreadable`);
      continue;
    }
    const t = raw as TabState;
    const frames: Record<string, FrameReport> = {};
    for (const [frameId, report] of Object.entries(t.frames ?? {})) {
      // The same checks as a report arriving from a page: a damaged entry (a null field, a string where a list
      // was) must not reach composeTab.
      const clean = isFrameReport(report) ? sanitizeFrameReport(report) : null;
      if (clean) frames[frameId] = clean;
      else problems.push(`tabs.${tabId}.frames.${frameId}: unreadable`);
    }
    const receivedAt: Record<string, number> = {};
    for (const frameId of Object.keys(frames)) {
      const at = t.receivedAt?.[frameId];
      receivedAt[frameId] = typeof at === 'number' ? at : 0;
    }
    // An address kept by an older version may still carry its query: drop it on reading.
    value[tabId] = { url: safeUrl(t.url), frames, receivedAt, noticeRemoved: t.noticeRemoved === true };
  }
  return { value, problems };
}
