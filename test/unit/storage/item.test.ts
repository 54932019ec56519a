// defineStoredItem against WXT's fake browser: get/set/update round trips through the envelope, updates within a
// context run one after another, and a store found at an older version is rewritten once, migrated.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../../lib/storage/envelope';
import { defineStoredItem } from '../../../lib/storage/item';
import { SETTINGS_SPEC } from '../../../lib/storage/items';
import { DEFAULT_SETTINGS } from '../../../lib/settings/types';

const COUNTER: ItemSpec<number> = {
  key: 'counter',
  version: 2,
  // v1 stored the count as text.
  migrations: { 2: (old) => Number(old) },
  parse: (data) =>
    Number.isSafeInteger(data)
      ? { value: data as number, problems: [] }
      : { value: 0, problems: ['counter: not a number'] },
  fallback: () => 0,
};

const raw = async (area: 'local' | 'session', key: string) => (await fakeBrowser.storage[area].get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defineStoredItem', () => {
  it('reads the fallback when nothing is stored, without writing anything', async () => {
    const item = defineStoredItem('local', COUNTER);
    expect(await item.get()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('set and get round-trip through a versioned envelope', async () => {
    const item = defineStoredItem('local', COUNTER);
    await item.set(41);
    expect(await raw('local', 'counter')).toEqual({ v: 2, data: 41 });
    expect(await item.get()).toBe(41);
    await item.remove();
    expect(await raw('local', 'counter')).toBeUndefined();
    expect(await item.get()).toBe(0);
  });

  it('keeps session items in storage.session', async () => {
    const item = defineStoredItem('session', COUNTER);
    await item.set(3);
    expect(await raw('session', 'counter')).toEqual({ v: 2, data: 3 });
    expect(await raw('local', 'counter')).toBeUndefined();
  });

  it('serialises updates: a hundred concurrent increments all land', async () => {
    const item = defineStoredItem('local', COUNTER);
    const results = await Promise.all(Array.from({ length: 100 }, () => item.update((n) => n + 1)));
    expect(await item.get()).toBe(100);
    expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('a failing change rejects its own update only; later updates still run', async () => {
    const item = defineStoredItem('local', COUNTER);
    await item.set(5);
    const bad = item.update(() => {
      throw new Error('no');
    });
    const good = item.update((n) => n * 2);
    await expect(bad).rejects.toThrow('no');
    expect(await good).toBe(10);
    expect(await item.get()).toBe(10);
  });

  it('rewrites a store found at an older version, once, migrated', async () => {
    await fakeBrowser.storage.local.set({ counter: { v: 1, data: '17' } });
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => writes++);
    const item = defineStoredItem('local', COUNTER);
    expect(await item.get()).toBe(17);
    expect(await raw('local', 'counter')).toEqual({ v: 2, data: 17 });
    expect(await item.get()).toBe(17);
    expect(writes).toBe(1);
  });

  it('repairs damaged settings in storage, keeping what is readable', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        v: 1,
        data: { mode: 'clinic', trusted: [{ scope: 'domain', value: 'kemkes.go.id' }, { scope: 'x' }] },
      },
    });
    const settings = defineStoredItem('local', SETTINGS_SPEC);
    const value = await settings.get();
    expect(value).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'clinic',
      trusted: [{ scope: 'domain', value: 'kemkes.go.id' }],
    });
    expect(await raw('local', 'settings')).toEqual({ v: 1, data: value });
  });
});
