// The browser side of stored items: read → open the envelope (migrate, validate) → rewrite when needed.
import { browser } from 'wxt/browser';
import { openEnvelope, sealEnvelope, type ItemSpec } from './envelope';

export type Area = 'local' | 'session';

export interface StoredItem<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Read, change and write back; changes to one item are serialised within this context. */
  update(change: (current: T) => T): Promise<T>;
  remove(): Promise<void>;
}

function areaOf(area: Area) {
  // storage.session is missing only in very old browsers; fall back to local so nothing breaks.
  return area === 'session' && browser.storage.session ? browser.storage.session : browser.storage.local;
}

export function defineStoredItem<T>(area: Area, spec: ItemSpec<T>): StoredItem<T> {
  let queue: Promise<unknown> = Promise.resolve();
  const get = async (): Promise<T> => {
    const raw = (await areaOf(area).get(spec.key))[spec.key];
    const opened = openEnvelope(raw, spec);
    if (opened.rewrite) await areaOf(area).set({ [spec.key]: sealEnvelope(opened.value, spec) });
    return opened.value;
  };
  const set = async (value: T): Promise<void> => {
    await areaOf(area).set({ [spec.key]: sealEnvelope(value, spec) });
  };
  return {
    key: spec.key,
    get,
    set,
    update(change) {
      const run = queue.then(async () => {
        const current = await get();
        const next = change(current);
        // A change that returns what it was given writes nothing: no storage churn for a no-op.
        if (next !== current) await set(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async remove() {
      await areaOf(area).remove(spec.key);
    },
  };
}
