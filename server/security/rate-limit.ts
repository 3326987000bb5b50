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

/**
 * Spend one unit for `key`; a refused call spends nothing. May answer later (a
 * shared store); callers always await it.
 */
export interface RateLimiter {
  consume(key: string): RateDecision | Promise<RateDecision>;
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
/** Failures per key with a growing wait; like RateLimiter, answers may come later. */
export interface FailureLimiter {
  check(key: string): RateDecision | Promise<RateDecision>;
  fail(key: string): void | Promise<void>;
  succeed(key: string): void | Promise<void>;
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

/** A place in a paced line: go now (waitMs 0), go after waitMs, or not at all (ok false). */
export interface PaceDecision {
  ok: boolean;
  waitMs: number;
  /** When refused: how long until a place would be free. */
  retryAfterMs: number;
}

export interface Pacer {
  reserve(key: string): PaceDecision | Promise<PaceDecision>;
}

/**
 * Paces work per key to a steady rate after a burst, making callers wait their
 * turn (up to `maxWaitMs`) instead of refusing them: thirty tablets that claim
 * in the same second all get in, a few seconds apart at worst, while a script
 * cannot claim faster than the rate. (The generic cell rate algorithm.)
 */
export class KeyedPacer implements Pacer {
  private readonly due = new Map<string, number>();
  private readonly intervalMs: number;
  constructor(
    private readonly burst: number,
    perSecond: number,
    private readonly maxWaitMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.intervalMs = perSecond > 0 ? 1000 / perSecond : Number.POSITIVE_INFINITY;
  }
  reserve(key: string): PaceDecision {
    const t = this.now();
    const next = Math.max(this.due.get(key) ?? t, t) + this.intervalMs;
    const wait = next - t - this.burst * this.intervalMs;
    if (wait > this.maxWaitMs) return { ok: false, waitMs: 0, retryAfterMs: Math.ceil(wait - this.maxWaitMs) };
    if (this.due.size > 10_000) this.prune(t);
    this.due.set(key, next);
    return { ok: true, waitMs: Math.max(0, Math.ceil(wait)), retryAfterMs: 0 };
  }
  private prune(t: number): void {
    for (const [key, due] of this.due) if (due <= t) this.due.delete(key);
  }
}
