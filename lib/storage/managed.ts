// What an administrator set through browser policy (Chrome/Edge `storage.managed` with the managed_schema,
// Firefox `policies.json` → 3rdparty). Absent policy reads as null; nothing changes for a patient then.
import { browser } from 'wxt/browser';

export async function readManagedPolicy(): Promise<Record<string, unknown> | null> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return null;
    const all = (await managed.get(null)) as Record<string, unknown> | undefined;
    return all && Object.keys(all).length > 0 ? all : null;
  } catch {
    // Firefox throws when no policy names this add-on; Chrome when no schema: both mean "no policy".
    return null;
  }
}

export function onManagedPolicyChange(callback: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') callback();
  });
}

export function onStoredChange(keys: readonly string[], callback: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && keys.some((k) => k in changes)) callback();
  });
}
