// Every stored item is an envelope `{ v, data }`: the version travels with the data, so each item migrates on
// its own (no global migration level to keep forever; see Privacy Badger's cautionary tale in HOUSE-STYLE.md).
// This module is pure: lib/storage/item.ts does the browser I/O around it.

export interface Envelope {
  v: number;
  data: unknown;
}

export interface ItemSpec<T> {
  key: string;
  /** Current version. Starts at 1; never reuse a number, never delete a migration. */
  version: number;
  /** `migrations[n]` turns data of version n-1 into version n. */
  migrations: Readonly<Record<number, (old: unknown) => unknown>>;
  /** Validates data of the current version, keeping what is still readable (never throws). */
  parse: (data: unknown) => { value: T; problems: string[] };
  fallback: () => T;
}

export interface Opened<T> {
  value: T;
  /** Version found in storage (0 when nothing was stored or it was not an envelope). */
  from: number;
  /** The stored form should be rewritten (it was migrated, repaired or absent). */
  rewrite: boolean;
  problems: string[];
}

function isEnvelope(raw: unknown): raw is Envelope {
  return (
    typeof raw === 'object' && raw !== null && 'v' in raw && 'data' in raw && Number.isInteger((raw as Envelope).v)
  );
}

export function openEnvelope<T>(raw: unknown, spec: ItemSpec<T>): Opened<T> {
  if (raw === undefined || raw === null) return { value: spec.fallback(), from: 0, rewrite: false, problems: [] };
  if (!isEnvelope(raw)) {
    // Not ours or damaged beyond the envelope: salvage what parses as the current shape.
    const salvaged = spec.parse(raw);
    return {
      value: salvaged.value,
      from: 0,
      rewrite: true,
      problems: ['not a versioned envelope', ...salvaged.problems],
    };
  }
  const problems: string[] = [];
  let data = raw.data;
  if (raw.v > spec.version) {
    // Written by a newer release (the extension was rolled back): keep what the current parser understands.
    problems.push(`stored version ${raw.v} is newer than ${spec.version}`);
  } else {
    // Versions start at 1; a damaged `v` far below (say -1e300) must not turn this into an endless loop.
    for (let next = Math.max(raw.v, 0) + 1; next <= spec.version; next++) {
      const step = spec.migrations[next];
      if (!step) continue;
      try {
        data = step(data);
      } catch (err) {
        problems.push(`migration to v${next} failed: ${err instanceof Error ? err.message : 'error'}`);
        break;
      }
    }
  }
  const parsed = spec.parse(data);
  problems.push(...parsed.problems);
  return { value: parsed.value, from: raw.v, rewrite: raw.v !== spec.version || parsed.problems.length > 0, problems };
}

export function sealEnvelope<T>(value: T, spec: ItemSpec<T>): Envelope {
  return { v: spec.version, data: value };
}
