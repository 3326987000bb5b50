/** The limiters' timing on a fake clock (server/security/rate-limit.ts); the routes that use them are tested through the real server. */
import { describe, expect, it } from "vitest";
import { FailureBackoff, KeyedPacer, KeyedRateLimiter } from "../../server/security/rate-limit.js";

describe("FailureBackoff: slower guessing, never a lock-out", () => {
  it("free failures, then a wait that doubles up to the maximum; the wait runs out; a success clears it", () => {
    let now = 0;
    const backoff = new FailureBackoff({ freeFailures: 3, baseMs: 1000, maxMs: 4000 }, () => now);
    for (let i = 0; i < 3; i++) {
      expect(backoff.check("leder1").ok).toBe(true);
      backoff.fail("leder1");
    }
    expect(backoff.check("leder1")).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(backoff.check("leder2").ok).toBe(true); // per account
    now += 1000;
    expect(backoff.check("leder1").ok).toBe(true);
    backoff.fail("leder1");
    expect(backoff.check("leder1")).toEqual({ ok: false, retryAfterMs: 2000 });
    for (let i = 0; i < 10; i++) {
      now += 10_000;
      backoff.fail("leder1");
    }
    expect(backoff.check("leder1")).toEqual({ ok: false, retryAfterMs: 4000 }); // capped
    now += 4000;
    expect(backoff.check("leder1").ok).toBe(true); // the owner gets in after at most maxMs
    backoff.succeed("leder1");
    backoff.fail("leder1");
    expect(backoff.check("leder1").ok).toBe(true); // cleared: free failures again
  });
});

describe("KeyedPacer: wait your turn, not refused", () => {
  it("a burst at once, then one per interval with a wait, refused past the longest wait; per key", () => {
    let now = 0;
    const pacer = new KeyedPacer(3, 2, 1000, () => now); // 3 at once, then 2/s, wait at most 1 s
    expect([1, 2, 3].map(() => pacer.reserve("room-a"))).toEqual(Array(3).fill({ ok: true, waitMs: 0, retryAfterMs: 0 }));
    expect(pacer.reserve("room-a")).toEqual({ ok: true, waitMs: 500, retryAfterMs: 0 });
    expect(pacer.reserve("room-a")).toEqual({ ok: true, waitMs: 1000, retryAfterMs: 0 });
    expect(pacer.reserve("room-a")).toEqual({ ok: false, waitMs: 0, retryAfterMs: 500 });
    expect(pacer.reserve("room-b").waitMs).toBe(0);
    now += 1500;
    expect(pacer.reserve("room-a")).toEqual({ ok: true, waitMs: 0, retryAfterMs: 0 });
  });
});

describe("KeyedRateLimiter", () => {
  it("says how long until the next try could pass", () => {
    let now = 0;
    const limiter = new KeyedRateLimiter(2, 1, () => now);
    expect(limiter.consume("ip").ok).toBe(true);
    expect(limiter.consume("ip").ok).toBe(true);
    expect(limiter.consume("ip")).toEqual({ ok: false, retryAfterMs: 1000 });
    now += 1000;
    expect(limiter.consume("ip").ok).toBe(true);
  });
});
