// Sending side of the protocol for extension pages and the scanner (both bundle the polyfill).
import { browser } from 'wxt/browser';
import type { BackgroundToContent, DataOf, MessageType, Reply, ReplyOf } from './protocol';

export class MessageError extends Error {}

export async function send<K extends MessageType>(type: K, data: DataOf<K>): Promise<ReplyOf<K>> {
  const reply = (await browser.runtime.sendMessage({ type, data })) as Reply<ReplyOf<K>> | undefined;
  if (!reply) throw new MessageError(`no answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

export async function sendToFrame<K extends keyof BackgroundToContent>(
  tabId: number,
  frameId: number,
  type: K,
  data: Parameters<BackgroundToContent[K]>[0],
): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type, data }, { frameId });
  } catch {
    // The frame navigated away or has no scanner: nothing to tell.
  }
}

/** The scanner's listener for what the background tells it. */
export function onBackgroundMessage(handlers: {
  [K in keyof BackgroundToContent]: (data: Parameters<BackgroundToContent[K]>[0]) => void;
}): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, data } = message as { type?: string; data?: unknown };
    if (type === 'adviceChanged') handlers.adviceChanged(data as Parameters<BackgroundToContent['adviceChanged']>[0]);
    return undefined;
  });
}
