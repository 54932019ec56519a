// Per-tab reports, in memory and mirrored to storage.session so a service worker restart loses nothing.
import { tabsItem } from '../../lib/storage/items';
import type { TabState, TabStates } from '../../lib/report/tab-state';
import type { FrameReport } from '../../lib/report/types';
import { safeUrl } from '../../lib/report/safe-url';

let states: TabStates | null = null;
let loading: Promise<TabStates> | null = null;
let persistTimer: ReturnType<typeof setTimeout> | null = null;

async function all(): Promise<TabStates> {
  if (states) return states;
  loading ??= tabsItem.get().then((s) => (states = s));
  return loading;
}

/**
 * Writes are coalesced: at most one write of all tab states a second, however often frames report (a page
 * that mutates itself without end makes its scanner report every 300 ms, in every frame).
 */
const PERSIST_MS = 1000;

function persistSoon(): void {
  if (persistTimer) return;
  persistTimer = setTimeout(() => {
    persistTimer = null;
    if (states) void tabsItem.set(states);
  }, PERSIST_MS);
}

// Addresses are kept without query and fragment (storage.session included): a GET form puts typed values there.
const empty = (url: string): TabState => ({ url: safeUrl(url), frames: {}, receivedAt: {}, noticeRemoved: false });

export async function tabState(tabId: number): Promise<TabState | undefined> {
  return (await all())[tabId];
}

/**
 * A document committed in a frame at `committedAt`. Reports that arrived before it belong to the previous
 * document and are dropped; a report that raced ahead of this event (the new scanner can answer before the
 * background hears of the commit) is kept.
 */
export async function documentCommitted(
  tabId: number,
  frameId: number,
  url: string,
  committedAt: number,
): Promise<void> {
  const s = await all();
  const state = (s[tabId] ??= empty(url));
  if (frameId === 0) {
    state.url = safeUrl(url);
    state.noticeRemoved = false;
    for (const id of Object.keys(state.frames)) {
      if ((state.receivedAt[id] ?? 0) < committedAt) {
        delete state.frames[id];
        delete state.receivedAt[id];
      }
    }
  } else if ((state.receivedAt[String(frameId)] ?? 0) < committedAt) {
    delete state.frames[String(frameId)];
    delete state.receivedAt[String(frameId)];
  }
  persistSoon();
}

export async function setFrameReport(
  tabId: number,
  frameId: number,
  tabUrl: string,
  report: FrameReport,
): Promise<TabState> {
  const s = await all();
  const state = (s[tabId] ??= empty(tabUrl));
  // The tab's address comes from the browser (the sender's tab), never from what a frame's script reports.
  if (frameId === 0 && tabUrl) state.url = safeUrl(tabUrl);
  state.frames[String(frameId)] = report;
  state.receivedAt[String(frameId)] = Date.now();
  persistSoon();
  return state;
}

export async function ensureTab(tabId: number, url: string): Promise<TabState> {
  const s = await all();
  return (s[tabId] ??= empty(url));
}

export async function markNoticeRemoved(tabId: number): Promise<void> {
  const state = (await all())[tabId];
  if (state) {
    state.noticeRemoved = true;
    persistSoon();
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  const s = await all();
  if (delete s[tabId]) persistSoon();
}

export async function knownTabIds(): Promise<number[]> {
  return Object.keys(await all()).map(Number);
}
