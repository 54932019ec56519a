// The per-tab limit on notice and decision messages: a burst, then one per refill period; a flood runs dry.
import { describe, expect, it } from 'vitest';
import { BucketMap, takeToken } from '../../../lib/flood/token-bucket';

const rule = { burst: 3, refillMs: 1000 };

describe('token bucket', () => {
  it('allows a burst, then one per refill period', () => {
    const m = new BucketMap();
    const at0 = [1, 2, 3, 4].map(() => m.take('noticeEvent|7', 0, rule));
    expect(at0).toEqual([true, true, true, false]);
    expect(m.take('noticeEvent|7', 999, rule)).toBe(false);
    expect(m.take('noticeEvent|7', 1000, rule)).toBe(true);
    expect(m.take('noticeEvent|7', 1001, rule)).toBe(false);
  });

  it('keeps tabs apart: one flooding tab does not silence another', () => {
    const m = new BucketMap();
    for (let i = 0; i < 100; i++) m.take('noticeEvent|1', i, rule);
    expect(m.take('noticeEvent|1', 100, rule)).toBe(false);
    expect(m.take('noticeEvent|2', 100, rule)).toBe(true);
  });

  it('a flood of 10,000 messages in a minute gets through only burst + minute/refill', () => {
    const m = new BucketMap();
    let passed = 0;
    for (let i = 0; i < 10_000; i++) if (m.take('k', i * 6, rule)) passed++;
    expect(passed).toBe(3 + 59);
  });

  it('never exceeds the burst after a long quiet time, and forgets old keys beyond its size', () => {
    expect(takeToken({ tokens: 0, at: 0 }, 1e9, rule).bucket.tokens).toBe(2);
    const m = new BucketMap(2);
    m.take('a', 0, rule);
    m.take('a', 0, rule);
    m.take('b', 0, rule);
    m.take('c', 0, rule);
    // 'a' was forgotten: it starts with a full bucket again (bounded memory beats a perfect memory here).
    expect(m.take('a', 0, rule)).toBe(true);
  });
});
