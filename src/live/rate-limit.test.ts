import { describe, expect, it } from 'vitest';
import { AddressAttempts, AttemptLimiter, TokenBucket } from './rate-limit.ts';

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

describe('an attempt limiter’s check and charge', () => {
  it('checks a key without counting, and charges past the limit into a debt that is waited off', () => {
    const c = clock();
    const limiter = new AttemptLimiter(3, c.now);
    expect(limiter.allows('a')).toBe(true);
    expect(limiter.size).toBe(0);
    expect([1, 2, 3, 4, 5].map(() => (limiter.charge('a'), limiter.allows('a')))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    // Five charged, three a minute: two in debt, so one token back after 60 s.
    expect(limiter.retryAfterSeconds('a')).toBe(60);
    c.advance(59_000);
    expect(limiter.allows('a')).toBe(false);
    c.advance(1_000);
    expect(limiter.allows('a')).toBe(true);
    expect(limiter.allows('b')).toBe(true);
  });
});

describe('the attempts of a client address', () => {
  it('lets many right codes through, up to the overall cap', () => {
    const c = clock();
    const attempts = new AddressAttempts(500, 20, c.now);
    expect(Array.from({ length: 500 }, () => attempts.admit('nat')).every((wait) => wait === undefined)).toBe(true);
    expect(attempts.admit('nat')).toBeGreaterThan(0);
    expect(attempts.admit('elsewhere')).toBeUndefined();
    c.advance(120);
    expect(attempts.admit('nat')).toBeUndefined();
  });

  it('refuses every attempt once the wrong codes are spent, until they refill', () => {
    const c = clock();
    const attempts = new AddressAttempts(500, 20, c.now);
    for (let i = 0; i < 20; i++) {
      expect(attempts.admit('guesser')).toBeUndefined();
      attempts.wrongCode('guesser');
    }
    expect(attempts.admit('guesser')).toBe(3);
    expect(attempts.admit('someone else')).toBeUndefined();
    c.advance(3_000);
    expect(attempts.admit('guesser')).toBeUndefined();
  });

  it('charges wrong codes sent at the same instant, all of them', () => {
    const c = clock();
    const attempts = new AddressAttempts(500, 20, c.now);
    // 100 look-ups at once pass the check before any of them is known to be wrong…
    expect(Array.from({ length: 100 }, () => attempts.admit('guesser')).every((wait) => wait === undefined)).toBe(true);
    for (let i = 0; i < 100; i++) attempts.wrongCode('guesser');
    // …then the address waits until 80 wrong codes are paid back: 20 a minute, four minutes.
    expect(attempts.admit('guesser')).toBe(243);
    c.advance(242_000);
    expect(attempts.admit('guesser')).toBeDefined();
    c.advance(1_500);
    expect(attempts.admit('guesser')).toBeUndefined();
    c.advance(10 * 60_000);
    attempts.prune();
    expect(attempts.admit('guesser')).toBeUndefined();
  });
});
