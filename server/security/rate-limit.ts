/**
 * Rate limits. Everything keyed (per address, per account, per room code) goes
 * through the small `RateLimiter` interface, so a shared store (e.g. Redis, when
 * several processes serve one install) can implement it without the routes
 * changing. `TokenBucket` is the in-process building block.
 */

/** The answer of a limiter: allowed now, or how long until the next try may pass. */
export interface RateDecision {
  ok: boolean;
  /** 0 when ok; otherwise the wait in ms before `consume` could succeed for this key. */
  retryAfterMs: number;
}

export interface RateLimiter {
  /** Spend one unit for `key`. A refused call spends nothing. */
  consume(key: string): RateDecision;
}

/** A burst, then a steady rate. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }
  take(): boolean {
    return this.consume().ok;
  }
  consume(): RateDecision {
    this.refill();
    if (this.tokens < 1) {
      const wait = this.refillPerSecond > 0 ? Math.ceil(((1 - this.tokens) / this.refillPerSecond) * 1000) : Number.POSITIVE_INFINITY;
      return { ok: false, retryAfterMs: wait };
    }
    this.tokens -= 1;
    return { ok: true, retryAfterMs: 0 };
  }
  get full(): boolean {
    this.refill();
    return this.tokens >= this.capacity;
  }
  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.refillPerSecond);
    this.last = t;
  }
}

/** Token buckets keyed by a string, in this process; pruned when full so the map stays small. */
export class KeyedRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {}
  consume(key: string): RateDecision {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 10_000) this.prune();
      bucket = new TokenBucket(this.capacity, this.refillPerSecond, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.consume();
  }
  take(key: string): boolean {
    return this.consume(key).ok;
  }
  private prune(): void {
    for (const [key, bucket] of this.buckets) if (bucket.full) this.buckets.delete(key);
  }
}

/**
 * Per-account back-off for sign-in: the first `freeFailures` wrong passwords
 * cost nothing; after that each try must wait twice as long as the last (from
 * `baseMs`, capped at `maxMs`) after the latest failure. A success clears it.
 * It slows guessing from any number of addresses without locking the owner out:
 * the longest wait is `maxMs`, and a device that signed in before skips it.
 */
export interface FailureLimiter {
  check(key: string): RateDecision;
  fail(key: string): void;
  succeed(key: string): void;
}

export class FailureBackoff implements FailureLimiter {
  private readonly failures = new Map<string, { count: number; lastAt: number }>();
  constructor(
    private readonly opts: { freeFailures: number; baseMs: number; maxMs: number },
    private readonly now: () => number = Date.now,
  ) {}
  check(key: string): RateDecision {
    const f = this.failures.get(key);
    if (!f || f.count < this.opts.freeFailures) return { ok: true, retryAfterMs: 0 };
    const wait = this.delayAfter(f.count);
    const passed = this.now() - f.lastAt;
    return passed >= wait ? { ok: true, retryAfterMs: 0 } : { ok: false, retryAfterMs: wait - passed };
  }
  fail(key: string): void {
    const f = this.failures.get(key);
    if (!f && this.failures.size > 10_000) this.prune();
    this.failures.set(key, { count: (f?.count ?? 0) + 1, lastAt: this.now() });
  }
  succeed(key: string): void {
    this.failures.delete(key);
  }
  private delayAfter(count: number): number {
    const steps = count - this.opts.freeFailures;
    return Math.min(this.opts.maxMs, this.opts.baseMs * 2 ** Math.min(steps, 30));
  }
  private prune(): void {
    const t = this.now();
    for (const [key, f] of this.failures) if (t - f.lastAt > this.opts.maxMs * 4) this.failures.delete(key);
  }
}
