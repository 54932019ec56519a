// A token bucket: `burst` events at once, then one more every `refillMs`. Pure (time is passed in), so the
// background can hold one per tab and message type and a flooding page runs dry while a person never does.

export interface BucketRule {
  burst: number;
  refillMs: number;
}

export interface Bucket {
  tokens: number;
  /** When `tokens` was last computed (ms). */
  at: number;
}

export function takeToken(bucket: Bucket | undefined, now: number, rule: BucketRule): { ok: boolean; bucket: Bucket } {
  const start = bucket ?? { tokens: rule.burst, at: now };
  const elapsed = Math.max(0, now - start.at);
  const tokens = Math.min(rule.burst, start.tokens + elapsed / rule.refillMs);
  if (tokens >= 1) return { ok: true, bucket: { tokens: tokens - 1, at: now } };
  return { ok: false, bucket: { tokens, at: now } };
}

/** Buckets by key, forgetting the least recently used beyond `maxKeys` (a page cannot grow it without end). */
export class BucketMap {
  private readonly buckets = new Map<string, Bucket>();
  constructor(private readonly maxKeys = 1000) {}

  take(key: string, now: number, rule: BucketRule): boolean {
    const { ok, bucket } = takeToken(this.buckets.get(key), now, rule);
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    for (const old of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(old);
    }
    return ok;
  }
}
