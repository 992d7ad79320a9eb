/**
 * Rate limits as token buckets: a bucket holds up to `burst` tokens and refills at `rate`
 * tokens a second; each action takes one. A phone that taps twice is fine; a script that
 * sends a hundred messages a second is refused after the burst. The clock is passed in so
 * that tests need no waiting. Pure: no DOM, no Node.
 */
export type Now = () => number;

export class TokenBucket {
  private tokens: number;
  private updated: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: Now = Date.now,
  ) {
    this.tokens = burst;
    this.updated = now();
  }

  /** Takes a token when there is one: false means "too fast, refuse". */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Full again: nothing to remember about this sender any more. */
  get full(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }

  /** Milliseconds until the next token. */
  get waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.rate) * 1000);
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.updated) / 1000) * this.rate);
    this.updated = t;
  }
}

/**
 * One bucket per key (a remote address): `perMinute` attempts a minute, all at once if need
 * be. Buckets that have refilled are forgotten, so memory follows the active senders only.
 */
export class AttemptLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly perMinute: number,
    private readonly now: Now = Date.now,
  ) {}

  /** Counts one attempt for this key; false when it is over the limit. */
  attempt(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= 10_000) this.prune();
      bucket = new TokenBucket(this.perMinute / 60, this.perMinute, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  /** Seconds a refused key should wait before trying again. */
  retryAfterSeconds(key: string): number {
    return Math.max(1, Math.ceil((this.buckets.get(key)?.waitMs ?? 0) / 1000));
  }

  /** Forgets the keys whose bucket is full again. */
  prune(): void {
    for (const [key, bucket] of this.buckets) if (bucket.full) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}
