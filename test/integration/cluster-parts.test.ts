/**
 * The smaller scale-out parts against a real redis-server: hand-over requests
 * between processes (answered, refused, nobody there, malformed) and the
 * cross-process rate limit (one budget for all processes, a clear retry time,
 * and the in-process fallback when Redis is gone).
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HandoverBus } from "../../server/cluster/handover.js";
import { RedisFailureBackoff, RedisRateLimiter } from "../../server/cluster/redis-rate-limit.js";
import { FailureBackoff } from "../../server/security/rate-limit.js";
import { startRedis, type RedisService } from "../support/services.js";

let redis: RedisService;
const clients: Redis[] = [];
const client = () => {
  const c = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  clients.push(c);
  return c;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await redis?.stop();
});

describe("hand-over bus", () => {
  it("asks the owner by id and hears whether it let the room go", async () => {
    const asked: string[] = [];
    const owner = new HandoverBus(client(), client(), {
      nodeId: "owner-1",
      onRequest: async (roomId, from) => {
        asked.push(`${roomId} from ${from}`);
        return roomId !== "keepme";
      },
    });
    const asker = new HandoverBus(client(), client(), { nodeId: "asker-1", onRequest: async () => false });
    await Promise.all([owner.whenReady(), asker.whenReady()]);
    expect(await asker.request("owner-1", "room1", 2000)).toBe("released");
    expect(await asker.request("owner-1", "keepme", 2000)).toBe("refused");
    expect(asked).toEqual(["room1 from asker-1", "keepme from asker-1"]);
    // An owner id nobody listens under (a process that died): no answer, at once.
    const started = Date.now();
    expect(await asker.request("dead-owner", "room1", 2000)).toBe("no-answer");
    expect(Date.now() - started).toBeLessThan(1000);
    await owner.close();
    await asker.close();
  });

  it("says no-answer when the owner hangs, and ignores malformed messages", async () => {
    const logs: string[] = [];
    const hung = new HandoverBus(client(), client(), { nodeId: "hung", onRequest: () => new Promise(() => undefined), log: (l) => logs.push(l) });
    const asker = new HandoverBus(client(), client(), { nodeId: "asker-2", onRequest: async () => false });
    await Promise.all([hung.whenReady(), asker.whenReady()]);
    expect(await asker.request("hung", "room2", 300)).toBe("no-answer");
    const pub = client();
    await pub.publish("sammen:node:hung", "not json");
    await pub.publish("sammen:node:hung", JSON.stringify({ type: "handover", roomId: 5 }));
    await sleep(100);
    expect(logs.filter((l) => l.includes("malformed"))).toHaveLength(2);
    await hung.close();
    await asker.close();
  });
});

describe("cross-process rate limit", () => {
  const noFallback = { consume: () => ({ ok: false, retryAfterMs: -1 }) };

  it("gives two processes one budget per key, then a retry time; other keys are not touched", async () => {
    const opts = { name: "join", capacity: 5, refillPerSecond: 5 / 60, fallback: noFallback };
    const a = new RedisRateLimiter(client(), opts);
    const b = new RedisRateLimiter(client(), opts);
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      results.push((await a.consume("10.0.0.1")).ok);
      results.push((await b.consume("10.0.0.1")).ok);
    }
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(results.slice(0, 5).every(Boolean)).toBe(true);
    const refused = await b.consume("10.0.0.1");
    expect(refused.ok).toBe(false);
    // One token comes back every 12 s at 5/min.
    expect(refused.retryAfterMs).toBeGreaterThan(10_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(12_000);
    expect((await a.consume("10.0.0.2")).ok).toBe(true);
  });

  it("refills at the steady rate", async () => {
    const l = new RedisRateLimiter(client(), { name: "fast", capacity: 2, refillPerSecond: 20, fallback: noFallback });
    expect((await l.consume("k")).ok).toBe(true);
    expect((await l.consume("k")).ok).toBe(true);
    expect((await l.consume("k")).ok).toBe(false);
    await sleep(120);
    expect((await l.consume("k")).ok).toBe(true);
  });

  it("falls back to the in-process limiter when Redis is gone", async () => {
    const dead = new Redis("redis://127.0.0.1:1", { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, lazyConnect: true });
    dead.on("error", () => undefined);
    clients.push(dead);
    const calls: string[] = [];
    const l = new RedisRateLimiter(dead, {
      name: "join",
      capacity: 5,
      refillPerSecond: 1,
      fallback: { consume: (key) => (calls.push(key), { ok: true, retryAfterMs: 0 }) },
    });
    expect(await l.consume("10.0.0.9")).toEqual({ ok: true, retryAfterMs: 0 });
    expect(calls).toEqual(["10.0.0.9"]);
  });
});

describe("cross-process sign-in back-off", () => {
  it("adds up wrong passwords from two processes, makes the next try wait, and forgets them on success", async () => {
    let now = 1_000_000;
    const opts = { name: "acct", freeFailures: 2, baseMs: 1000, maxMs: 8000, fallback: new FailureBackoff({ freeFailures: 2, baseMs: 1000, maxMs: 8000 }), now: () => now };
    const a = new RedisFailureBackoff(client(), opts);
    const b = new RedisFailureBackoff(client(), opts);
    expect(await a.check("leder1")).toEqual({ ok: true, retryAfterMs: 0 });
    await a.fail("leder1");
    await b.fail("leder1");
    // Two free failures spent (one on each process): the third try waits 1 s.
    expect(await b.check("leder1")).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(await a.check("leder2")).toEqual({ ok: true, retryAfterMs: 0 });
    now += 1000;
    expect((await a.check("leder1")).ok).toBe(true);
    await a.fail("leder1");
    expect(await b.check("leder1")).toEqual({ ok: false, retryAfterMs: 2000 });
    await b.succeed("leder1");
    expect(await a.check("leder1")).toEqual({ ok: true, retryAfterMs: 0 });
  });

  it("falls back to the in-process back-off when Redis is gone", async () => {
    const dead = new Redis("redis://127.0.0.1:1", { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, lazyConnect: true });
    dead.on("error", () => undefined);
    clients.push(dead);
    const fallback = new FailureBackoff({ freeFailures: 1, baseMs: 60_000, maxMs: 60_000 });
    const l = new RedisFailureBackoff(dead, { name: "acct", freeFailures: 1, baseMs: 60_000, maxMs: 60_000, fallback });
    await l.fail("x");
    await l.fail("x");
    expect((await l.check("x")).ok).toBe(false);
    expect(fallback.check("x").ok).toBe(false);
  });
});
