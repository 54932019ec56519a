// The observed-sends channel: a frame's scanner hands the background its random key and the keyed digests of
// recognised values over a named port. Not runtime.sendMessage: every open extension page (popup, settings) hears
// those; a port reaches only the background, which alone listens for this name. The port also tells both ends
// when the other is gone: the background forgets the frame's key when the frame goes, and the scanner sends its
// digests again when a suspended background is started anew (its memory, keys included, went with it).
import { browser, type Browser } from 'wxt/browser';
import { BucketMap } from '../flood/token-bucket';
import type { SendDigests } from '../sends/digest-message';
import { SEND_DIGESTS_RATE, SEND_DIGESTS_SCHEMA } from './message-schemas';
import { check } from './schema';

export const SENDS_PORT = 'jaga-sends';

/** The scanner's end: `post` keeps the latest digests and (re)sends them as long as the extension is there. */
export function sendsChannel(): { post(data: SendDigests): void } {
  let port: Browser.runtime.Port | null = null;
  let latest: SendDigests | null = null;
  let gone = false;
  const connect = () => {
    if (gone || port) return;
    try {
      port = browser.runtime.connect({ name: SENDS_PORT });
    } catch {
      gone = true; // the extension was updated or removed: this page's scanner is orphaned
      return;
    }
    port.onDisconnect.addListener(() => {
      port = null;
      // The background stopped (idle) or restarted: start it again with what it lost.
      if (latest) queueMicrotask(() => (connect(), send()));
    });
  };
  const send = () => {
    if (!port || !latest) return;
    try {
      port.postMessage(latest);
    } catch {
      port = null;
    }
  };
  return {
    post(data) {
      latest = data;
      connect();
      send();
    },
  };
}

export interface SendsSender {
  tabId: number;
  frameId: number;
  tabUrl: string;
}

/** The background's end: checked digests from content frames of a tab, and word when a frame's port closes. */
export function listenSendsChannel(
  onDigests: (data: SendDigests, sender: SendsSender) => void,
  onClosed: (sender: SendsSender) => void,
  now: () => number = Date.now,
): void {
  const buckets = new BucketMap();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SENDS_PORT) return;
    const s = port.sender;
    if (!s || s.id !== browser.runtime.id || s.tab?.id === undefined || s.frameId === undefined) {
      port.disconnect();
      return;
    }
    const sender: SendsSender = { tabId: s.tab.id, frameId: s.frameId, tabUrl: s.tab.url ?? '' };
    port.onMessage.addListener((message: unknown) => {
      const checked = check(SEND_DIGESTS_SCHEMA, message);
      if (!checked.ok || !buckets.take(`${sender.tabId}|${sender.frameId}`, now(), SEND_DIGESTS_RATE)) return;
      onDigests(checked.value, sender);
    });
    port.onDisconnect.addListener(() => onClosed(sender));
  });
}
