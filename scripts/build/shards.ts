// At build time, the committed bundled list (lib/reputation/data/bundled-lists.bin) is split into the shards the
// background reads (lib/reputation/sharded-list.ts). Deterministic: the same list gives the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadHashList } from '../../lib/reputation/hash-list';
import { splitHashList, type ShardMeta } from '../../lib/reputation/sharded-list';

interface PublicFile {
  relativeDest: string;
  absoluteSrc?: string;
  contents?: string;
}

const ROOT = resolve(import.meta.dirname ?? __dirname, '../..');

function split() {
  const bytes = readFileSync(resolve(ROOT, 'lib/reputation/data/bundled-lists.bin'));
  return splitHashList(loadHashList(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
}

/** The shards' index, compiled into the background (no read at all before the first lookup). */
export function listShardMeta(): ShardMeta {
  return split().meta;
}

export function addListShards(files: PublicFile[]): void {
  const { shards } = split();
  const dir = resolve(ROOT, '.wxt/list-shards');
  mkdirSync(dir, { recursive: true });
  shards.forEach((shard, i) => {
    const name = `shard-${String(i).padStart(2, '0')}.bin`;
    writeFileSync(resolve(dir, name), shard);
    files.push({ relativeDest: `data/lists/${name}`, absoluteSrc: resolve(dir, name) });
  });
}

/** Chrome's declarativeNetRequest rulesets (one per bundled list), copied as they were built by `npm run data`. */
export function addDnrRulesets(files: PublicFile[], ids: readonly string[]): void {
  for (const id of ids)
    files.push({
      relativeDest: `data/dnr/${id}.json`,
      absoluteSrc: resolve(ROOT, `lib/reputation/data/dnr/${id}.json`),
    });
}
