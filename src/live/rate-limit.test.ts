import { describe, expect, it } from 'vitest';
import { AttemptLimiter, TokenBucket } from './rate-limit.ts';

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('a token bucket', () => {
  it('allows a burst, then the rate', () => {
    const c = clock();
    const bucket = new TokenBucket(5, 10, c.now);
    expect(Array.from({ length: 12 }, () => bucket.take())).toEqual([...Array(10).fill(true), false, false]);
    expect(bucket.waitMs).toBe(200);
    c.advance(200);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    c.advance(10_000);
    expect(bucket.full).toBe(true);
  });
});

describe('an attempt limiter', () => {
  it('counts attempts per key, and forgets keys once they are full again', () => {
    const c = clock();
    const limiter = new AttemptLimiter(3, c.now);
    expect([1, 2, 3, 4].map(() => limiter.attempt('a'))).toEqual([true, true, true, false]);
    expect(limiter.attempt('b')).toBe(true);
    expect(limiter.retryAfterSeconds('a')).toBe(20);
    c.advance(20_000);
    expect(limiter.attempt('a')).toBe(true);
    c.advance(60_000);
    limiter.prune();
    expect(limiter.size).toBe(0);
  });
});
