// What both drivers ask of the extension, built once on one primitive: evaluating a script in an extension page
// that stays open (the "control" page). The background is asked through the product's message protocol; tabs and
// the badge through the extension APIs (`browser` in Firefox, `chrome` in Chromium: each function below runs in
// the extension page, so it names the namespace itself).
import type { TabView } from '../../lib/report/views';
import { poll, portable, type Driver } from './driver';

type ExtensionSide = Pick<Driver, 'send' | 'inExtension' | 'tabIdOf' | 'view' | 'waitForView' | 'badge'> & {
  /** Resolves once the background answers a message: its listeners are registered (all in one synchronous start)
   * and its catalogues are loaded. A driver hands out no tab before this, so a test's first navigation is never
   * made while the worker is still starting, which no person installing the extension could do either. */
  backgroundReady(): Promise<void>;
};

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: string;
}

export function extensionSide(evaluateInControl: (source: string) => Promise<unknown>): ExtensionSide {
  const inExtension: Driver['inExtension'] = (fn, arg) => evaluateInControl(portable(fn, arg)) as never;
  const send = async <T>(type: string, data: unknown): Promise<T> => {
    const reply = await inExtension(
      async ([t, d]) =>
        (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({
          type: t,
          data: d,
        })) as Reply | undefined,
      [type, data] as const,
    );
    if (!reply?.ok) throw new Error(`message ${type} failed: ${reply?.error ?? 'no reply'}`);
    return reply.value as T;
  };
  const tabIdOf = async (url: string): Promise<number> => {
    const id = await inExtension(async (u) => {
      const tabs = await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).tabs.query({});
      const matching = tabs.filter((t) => t.url === u || t.pendingUrl === u);
      return matching.length ? Math.max(...matching.map((t) => t.id ?? -1)) : -1;
    }, url);
    if (id < 0) throw new Error(`no tab at ${url}`);
    return id;
  };
  const view = async (url: string) => send<TabView | null>('getTabView', { tabId: await tabIdOf(url) });
  return {
    send,
    inExtension,
    backgroundReady: async () => {
      await poll(
        () => send('getDiagnostics', {}).then(() => true),
        (answered) => answered,
        60_000,
        'the background to answer',
      );
    },
    tabIdOf,
    view,
    waitForView: (url, ok, timeoutMs = 10_000) =>
      poll(
        () => view(url),
        (v): v is TabView => v !== null && ok(v),
        timeoutMs,
        `the report of ${url}`,
      ) as Promise<TabView>,
    badge: async (url) => {
      const tabId = await tabIdOf(url);
      return inExtension(
        (t) => ((globalThis as { browser?: typeof chrome }).browser ?? chrome).action.getBadgeText({ tabId: t }),
        tabId,
      );
    },
  };
}
