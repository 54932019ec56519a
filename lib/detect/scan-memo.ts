// Answers about the page that many controls ask during one scan (the heading above a form, whether a block is a
// heading), worked out once. The page cannot change while a scan runs (it is synchronous), so an answer holds
// for the whole scan; the reads it made are reported again each time it is reused, so a watcher's dependency
// index (dep-index.ts) records for every control exactly what it would have recorded without the memo.
import { keepReads, replay } from './read-deps';

type Table = Map<unknown, { value: unknown; reads: ReturnType<typeof keepReads>['reads'] }>;
let tables: Map<string, Table> | null = null;

/** Runs `fn` with answers shared across it (nested scans share the outer one's). */
export function withScanMemo<T>(fn: () => T): T {
  if (tables) return fn();
  tables = new Map();
  try {
    return fn();
  } finally {
    tables = null;
  }
}

/** `compute()` for `key` in `table`, once per scan (every time outside a scan). */
export function duringScan<T>(table: string, key: unknown, compute: () => T): T {
  if (!tables) return compute();
  let t = tables.get(table);
  if (!t) tables.set(table, (t = new Map()));
  const hit = t.get(key);
  if (hit) {
    replay(hit.reads);
    return hit.value as T;
  }
  const got = keepReads(compute);
  t.set(key, got);
  return got.value;
}
