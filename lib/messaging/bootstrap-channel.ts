// The bootstrap runs on every page, so it must stay tiny: no polyfill, just the browser's own runtime object.
// Chrome MV3 and Firefox both return a promise from runtime.sendMessage.

interface MinimalRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export function askForScanner(): Promise<unknown> {
  const g = globalThis as unknown as { browser?: MinimalRuntime; chrome?: MinimalRuntime };
  const api = g.browser ?? g.chrome;
  if (!api) return Promise.resolve(undefined);
  return api.runtime.sendMessage({ type: 'frameHasControls', data: {} }).catch(() => undefined);
}
