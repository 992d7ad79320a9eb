/**
 * Rate limits as token buckets: a bucket holds up to `burst` tokens and refills at `rate`
 * tokens a second; each action takes one. A phone that taps twice is fine; a script that
 * sends a hundred messages a second is refused after the burst. The clock is passed in so
 * that tests need no waiting. Pure: no DOM, no Node.
 */
type Now = () => number;

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

  /** Whether a token is there, without taking it. */
  get ready(): boolean {
    this.refill();
    return this.tokens >= 1;
  }

  /**
   * Takes a token even when there is none: the bucket goes into debt and stays empty until the
   * debt is paid back at `rate`. For what is counted after the fact (a wrong code): attempts
   * made at the same instant all pass the check, and each of them is still paid for.
   */
  spend(): void {
    this.refill();
    this.tokens -= 1;
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
    return this.bucket(key).take();
  }

  /** Whether this key may try now, without counting an attempt. */
  allows(key: string): boolean {
    return this.buckets.get(key)?.ready ?? true;
  }

  /** Counts one attempt even past the limit: the key then waits until it is paid back. */
  charge(key: string): void {
    this.bucket(key).spend();
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

  private bucket(key: string): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= 10_000) this.prune();
      bucket = new TokenBucket(this.perMinute / 60, this.perMinute, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}

/**
 * The room server's limits on look-ups and matchmaking calls, per client address. A class or
 * an event behind one NAT shares one address, so the number of attempts is capped generously
 * (`perMinute`: hundreds of phones joining within a minute), and what is kept tight is the
 * number of wrong codes (`wrongCodesPerMinute`): a code no room has, looked up or joined.
 * Once an address has spent its wrong codes, each of its attempts is refused, a right code
 * too, until they refill: guessing costs the guesser its right to try. Wrong codes are only
 * known after the look-up, so they are charged then, and an address that sent many at once
 * pays for all of them (it waits until its debt is paid back): on average an address never
 * gets more than `wrongCodesPerMinute` wrong codes a minute.
 */
export class AddressAttempts {
  private readonly all: AttemptLimiter;
  private readonly wrong: AttemptLimiter;

  constructor(perMinute: number, wrongCodesPerMinute: number, now: Now = Date.now) {
    this.all = new AttemptLimiter(perMinute, now);
    this.wrong = new AttemptLimiter(wrongCodesPerMinute, now);
  }

  /** Counts one attempt from this address: undefined when it may go on, else the seconds to wait (429). */
  admit(address: string): number | undefined {
    if (!this.wrong.allows(address)) return this.wrong.retryAfterSeconds(address);
    if (!this.all.attempt(address)) return this.all.retryAfterSeconds(address);
    return undefined;
  }

  /** The attempt was for a code no room has (unknown, or not a code at all). */
  wrongCode(address: string): void {
    this.wrong.charge(address);
  }

  /** Forgets the addresses that have nothing left to pay back. */
  prune(): void {
    this.all.prune();
    this.wrong.prune();
  }
}
