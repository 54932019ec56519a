// Receiving side, used only by the background: one handler per message type (a missing handler does not
// compile), sender checks, and errors turned into replies instead of crashing the listener.
import { browser, type Browser } from 'wxt/browser';
import {
  type ContentProtocol,
  type DataOf,
  type MessageType,
  type PageProtocol,
  type Protocol,
  type Reply,
} from './protocol';
import { MESSAGES, type MessageDecisions } from './message-schemas';
import { BucketMap } from '../flood/token-bucket';
import { check } from './schema';

export interface SenderInfo {
  tabId: number | null;
  frameId: number | null;
  url: string;
  /** Address of the tab's top document (empty for extension pages without a tab). */
  tabUrl: string;
  /** The message came from one of the extension's own pages (popup, settings, danger page). */
  fromExtensionPage: boolean;
}

export type Handlers = {
  [K in keyof ContentProtocol]: (
    data: DataOf<K>,
    sender: SenderInfo,
  ) => Promise<ReturnType<ContentProtocol[K]>> | ReturnType<ContentProtocol[K]>;
} & {
  [K in keyof PageProtocol]: (
    data: DataOf<K>,
    sender: SenderInfo,
  ) => Promise<ReturnType<PageProtocol[K]>> | ReturnType<PageProtocol[K]>;
};

function describeSender(sender: Browser.runtime.MessageSender): SenderInfo {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const url = sender.url ?? '';
  let fromExtensionPage = false;
  try {
    fromExtensionPage = sender.id === browser.runtime.id && new URL(url).origin === extensionOrigin;
  } catch {
    fromExtensionPage = false;
  }
  return {
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? null,
    url,
    tabUrl: sender.tab?.url ?? '',
    fromExtensionPage,
  };
}

export function listen(handlers: Handlers, now: () => number = Date.now): void {
  const buckets = new BucketMap();
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
    const envelope = message as Record<string, unknown>;
    const type = envelope.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(MESSAGES, type)) return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    const info = describeSender(sender);
    const decisions: MessageDecisions = MESSAGES[type as MessageType];
    if (decisions.from !== 'content' && !info.fromExtensionPage) {
      return Promise.resolve<Reply<never>>({ ok: false, error: 'not allowed from this context' });
    }
    // A closed envelope and a closed schema for its data: what a handler gets has exactly the promised shape.
    const extra = Object.keys(envelope).filter((k) => k !== 'type' && k !== 'data');
    const checked =
      extra.length > 0 ? { ok: false as const, error: 'message: unknown key' } : check(decisions.schema, envelope.data);
    if (!checked.ok) return Promise.resolve<Reply<never>>({ ok: false, error: `refused: ${checked.error}` });
    if (decisions.rate && !buckets.take(`${type}|${info.tabId ?? 'none'}`, now(), decisions.rate)) {
      return Promise.resolve<Reply<never>>({ ok: false, error: 'too many messages from this tab' });
    }
    const handler = handlers[type as MessageType] as (d: unknown, s: SenderInfo) => unknown;
    return Promise.resolve()
      .then(() => handler(checked.value, info))
      .then((value): Reply<unknown> => ({ ok: true, value: value ?? null }))
      .catch((err: unknown): Reply<unknown> => ({ ok: false, error: err instanceof Error ? err.message : 'failed' }));
  });
}

export type { Protocol };
