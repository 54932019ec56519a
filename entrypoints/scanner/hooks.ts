// The bootstrap and the scanner run in the same isolated world of a frame; they meet through a symbol-keyed
// slot on that world's global object, which the page's own scripts cannot see.

export interface BootstrapHooks {
  started?: boolean;
  scannerStarted?: boolean;
  onSubmit?: (event: SubmitEvent) => void;
}

const SLOT = Symbol.for('jaga-data.hooks');

export function bootstrapHooks(): BootstrapHooks {
  const g = globalThis as unknown as Record<symbol, BootstrapHooks | undefined>;
  return (g[SLOT] ??= {});
}
