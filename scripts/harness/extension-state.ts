// What the extension holds, read from one of its own pages: every storage area, the IndexedDB databases, and the
// runtime messages captured since `captureMessages` — so a test can prove that a typed value is in none of them.
import type { Driver } from './driver';

export async function captureMessages(d: Driver): Promise<void> {
  await d.inExtension(() => {
    const g = globalThis as unknown as { __captured?: string[]; chrome: typeof chrome; browser?: typeof chrome };
    if (g.__captured) return;
    g.__captured = [];
    (g.browser ?? g.chrome).runtime.onMessage.addListener((m: unknown) => {
      g.__captured!.push(JSON.stringify(m));
      return undefined;
    });
  });
}

export async function everythingKept(d: Driver): Promise<string> {
  return d.inExtension(async () => {
    const g = globalThis as unknown as { __captured?: string[]; chrome: typeof chrome; browser?: typeof chrome };
    const api = g.browser ?? g.chrome;
    const parts: string[] = [
      JSON.stringify(await api.storage.local.get(null)),
      JSON.stringify(await api.storage.session.get(null)),
    ];
    try {
      parts.push(JSON.stringify(await api.storage.sync.get(null)));
    } catch {
      parts.push('sync unavailable');
    }
    for (const info of (await indexedDB.databases?.()) ?? []) parts.push(`indexedDB ${info.name}`);
    parts.push(...(g.__captured ?? []));
    return parts.join('\n');
  });
}
