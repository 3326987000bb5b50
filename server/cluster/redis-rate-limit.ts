/**
 * Rate limits that hold across processes (docs/operations.md, "Scale-out"),
 * behind the interfaces of server/security/rate-limit.ts: a token bucket per key in Redis (a
 * burst, then a steady rate), the same rule as the in-process TokenBucket, so
 * an address or an account gets one budget however many processes serve it.
 * The bucket is read, refilled and spent in one Lua script, by Redis's clock.
 *
 * When Redis does not answer, the in-process limiter given as `fallback`
 * decides: limits then hold per process (looser by the number of processes,
 * never off), and the operator sees Redis on /api/ready.
 */
import type { Redis } from "ioredis";

export interface RateDecision {
  ok: boolean;
  /** 0 when ok; otherwise the wait in ms before a try could pass. */
  retryAfterMs: number;
}

// KEYS: bucket. ARGV: capacity, refill per second. Returns {ok, retryAfterMs}.
const TAKE = `
local cap = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
tokens = math.min(cap, tokens + (math.max(0, now - at) / 1000) * rate)
local ok = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
elseif rate > 0 then
  wait = math.ceil(((1 - tokens) / rate) * 1000)
else
  wait = -1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
local full = rate > 0 and math.ceil(((cap - tokens) / rate) * 1000) or 86400000
redis.call('PEXPIRE', KEYS[1], math.max(1000, full))
return {ok, wait}
`;

interface TakeCommand {
  sammenRateTake(key: string, capacity: number, refillPerSecond: number): Promise<[number, number]>;
}

export class RedisRateLimiter {
  private readonly redis: Redis & TakeCommand;

  constructor(
    redis: Redis,
    private readonly options: {
      /** Names the limit in Redis keys, e.g. "join" or "login". */
      name: string;
      capacity: number;
      refillPerSecond: number;
      keyPrefix?: string;
      fallback: { consume(key: string): RateDecision };
      /** A slow Redis must not hold a join for long: past this, the fallback decides. */
      timeoutMs?: number;
    },
  ) {
    const r = redis as Redis & Partial<TakeCommand>;
    if (!r.sammenRateTake) redis.defineCommand("sammenRateTake", { numberOfKeys: 1, lua: TAKE });
    this.redis = r as Redis & TakeCommand;
  }

  async consume(key: string): Promise<RateDecision> {
    const redisKey = `${this.options.keyPrefix ?? "sammen:"}rate:${this.options.name}:${key}`;
    let timer: NodeJS.Timeout | undefined;
    try {
      const [ok, wait] = await Promise.race([
        this.redis.sammenRateTake(redisKey, this.options.capacity, this.options.refillPerSecond),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("redis rate limit timed out")), this.options.timeoutMs ?? 500);
        }),
      ]);
      return ok === 1 ? { ok: true, retryAfterMs: 0 } : { ok: false, retryAfterMs: wait < 0 ? Number.POSITIVE_INFINITY : wait };
    } catch {
      return this.options.fallback.consume(key);
    } finally {
      clearTimeout(timer);
    }
  }
}

// KEYS: failures. ARGV: now, keepMs. One more failure for the key, at `now`.
const FAIL = `
redis.call('HINCRBY', KEYS[1], 'count', 1)
redis.call('HSET', KEYS[1], 'lastAt', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

interface FailCommand {
  sammenFail(key: string, now: number, keepMs: number): Promise<number>;
}

/** The FailureLimiter shape of server/security/rate-limit.ts. */
export interface FailureLimiterLike {
  check(key: string): RateDecision | Promise<RateDecision>;
  fail(key: string): void | Promise<void>;
  succeed(key: string): void | Promise<void>;
}

/**
 * Per-account sign-in back-off shared by every process: the same rule as the
 * in-process FailureBackoff (the first `freeFailures` wrong passwords cost
 * nothing, then each try waits twice as long, up to `maxMs`), with the count in
 * Redis so guesses spread over processes add up. Without Redis, `fallback`.
 */
export class RedisFailureBackoff implements FailureLimiterLike {
  private readonly redis: Redis & FailCommand;

  constructor(
    redis: Redis,
    private readonly options: {
      name: string;
      freeFailures: number;
      baseMs: number;
      maxMs: number;
      keyPrefix?: string;
      fallback: FailureLimiterLike;
      now?: () => number;
    },
  ) {
    const r = redis as Redis & Partial<FailCommand>;
    if (!r.sammenFail) redis.defineCommand("sammenFail", { numberOfKeys: 1, lua: FAIL });
    this.redis = r as Redis & FailCommand;
  }

  private key(account: string): string {
    return `${this.options.keyPrefix ?? "sammen:"}fail:${this.options.name}:${account}`;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  async check(account: string): Promise<RateDecision> {
    try {
      const [count, lastAt] = await this.redis.hmget(this.key(account), "count", "lastAt");
      const n = Number(count ?? 0);
      if (n < this.options.freeFailures) return { ok: true, retryAfterMs: 0 };
      const wait = Math.min(this.options.maxMs, this.options.baseMs * 2 ** Math.min(n - this.options.freeFailures, 30));
      const passed = this.now() - Number(lastAt ?? 0);
      return passed >= wait ? { ok: true, retryAfterMs: 0 } : { ok: false, retryAfterMs: wait - passed };
    } catch {
      return this.options.fallback.check(account);
    }
  }

  async fail(account: string): Promise<void> {
    try {
      await this.redis.sammenFail(this.key(account), this.now(), this.options.maxMs * 4);
    } catch {
      await this.options.fallback.fail(account);
    }
  }

  async succeed(account: string): Promise<void> {
    try {
      await this.redis.del(this.key(account));
    } catch {
      await this.options.fallback.succeed(account);
    }
  }
}
