// Compiled in by wxt.config.ts (vite `define`): the index of the bundled list's shards.
import type { ShardMeta } from '../../lib/reputation/sharded-list';

declare global {
  const __JAGA_LIST_SHARDS__: ShardMeta;
}

export {};
