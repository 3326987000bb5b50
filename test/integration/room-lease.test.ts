/**
 * Room leases against a real redis-server: one owner at a time, an epoch that
 * only goes up, renewal that outlives the ttl, release and expiry, and fencing:
 * a write with a stale epoch is refused atomically, also from an owner that was
 * paused (SIGSTOP) past its lease and woke up (SIGCONT) still writing.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoomLeases } from "../../server/cluster/room-lease.js";
import { startRedis, stopPid, type RedisService } from "../support/services.js";

const TTL = 400;
let redis: RedisService;
const clients: Redis[] = [];
const leaseSets: RoomLeases[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function client(): Redis {
  const c = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  clients.push(c);
  return c;
}
function leases(ownerId: string, extra: Partial<ConstructorParameters<typeof RoomLeases>[1]> = {}): RoomLeases {
  const l = new RoomLeases(client(), { ownerId, ttlMs: TTL, keepEpochMs: 60_000, ...extra });
  leaseSets.push(l);
  return l;
}
let roomSeq = 0;
const newRoom = () => `room${Date.now().toString(36)}${roomSeq++}`;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const l of leaseSets) l.close();
  for (const c of clients) c.disconnect();
  await redis?.stop();
});

describe("room lease", () => {
  it("has one owner at a time; a second process is told who owns it and for how long", async () => {
    const room = newRoom();
    const a = leases("a");
    const b = leases("b");
    expect(await a.acquire(room)).toEqual({ ok: true, epoch: 1 });
    const refused = await b.acquire(room);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.owner).toBe("a");
    expect(refused.epoch).toBe(1);
    expect(refused.expiresInMs).toBeGreaterThan(0);
    expect(refused.expiresInMs).toBeLessThanOrEqual(TTL);
    expect(a.epochOf(room)).toBe(1);
    expect(b.epochOf(room)).toBeUndefined();
    // Acquiring again as the owner renews; the epoch stays.
    expect(await a.acquire(room)).toEqual({ ok: true, epoch: 1 });
  });

  it("renews well inside the ttl, so the owner keeps the room for many ttls", async () => {
    const room = newRoom();
    const a = leases("a");
    const b = leases("b");
    await a.acquire(room);
    await sleep(TTL * 3);
    expect(a.epochOf(room)).toBe(1);
    expect((await b.acquire(room)).ok).toBe(false);
    const info = await a.current(room);
    expect(info).toMatchObject({ owner: "a", epoch: 1 });
  });

  it("takes the next epoch after a release, and after an owner stops renewing and the lease runs out", async () => {
    const room = newRoom();
    const a = leases("a");
    const b = leases("b");
    const c = leases("c");
    expect(await a.acquire(room)).toEqual({ ok: true, epoch: 1 });
    expect(await a.release(room)).toBe(true);
    expect(a.epochOf(room)).toBeUndefined();
    expect(await b.acquire(room)).toEqual({ ok: true, epoch: 2 });
    b.close(); // like a SIGKILL: no more renewals, no release
    expect((await c.acquire(room)).ok).toBe(false);
    await sleep(TTL + 100);
    expect(await c.current(room)).toBeNull();
    expect(await c.acquire(room)).toEqual({ ok: true, epoch: 3 });
    // A release by someone who does not hold it changes nothing.
    expect(await a.release(room)).toBe(false);
    expect(await c.current(room)).toMatchObject({ owner: "c", epoch: 3 });
  });

  it("refuses a fenced write with a stale epoch or from a non-owner, and keeps the newer value", async () => {
    const room = newRoom();
    const key = `sammen:test:${room}`;
    const a = leases("a");
    const b = leases("b");
    const { epoch: e1 } = (await a.acquire(room)) as { epoch: number };
    expect(await a.fencedWrite(room, e1, key, "from a", 60_000)).toBe(true);
    expect(await b.fencedWrite(room, e1, key, "b pretending", 60_000)).toBe(false);
    await a.release(room);
    const { epoch: e2 } = (await b.acquire(room)) as { epoch: number };
    expect(e2).toBe(e1 + 1);
    expect(await b.fencedWrite(room, e2, key, "from b", 60_000)).toBe(true);
    // a still has its old epoch in hand: refused, and the value is b's.
    expect(await a.fencedWrite(room, e1, key, "stale a", 60_000)).toBe(false);
    expect(await b.fencedWrite(room, e1, key, "b with a stale epoch", 60_000)).toBe(false);
    expect(await a.readFenced(key)).toEqual({ epoch: e2, value: "from b" });
    // The value carries a ttl (a snapshot lives no longer than the idle limit).
    const pttl = await client().pttl(key);
    expect(pttl).toBeGreaterThan(50_000);
    // A fenced delete obeys the same check.
    expect(await a.fencedWrite(room, e1, key, "", 0)).toBe(false);
    expect(await b.fencedWrite(room, e2, key, "", 0)).toBe(true);
    expect(await a.readFenced(key)).toBeNull();
  });

  it("tells the owner once when its lease was taken over", async () => {
    const room = newRoom();
    const lost: string[] = [];
    const a = leases("a", { onLost: (r, reason) => lost.push(`${r}:${reason}`) });
    const b = leases("b");
    await a.acquire(room);
    // Someone deletes the lease (an operator, a flushed Redis) and b takes it.
    await client().del(a.leaseKey(room));
    expect(await b.acquire(room)).toEqual({ ok: true, epoch: 2 });
    await sleep(TTL);
    expect(lost).toEqual([`${room}:taken`]);
    expect(a.epochOf(room)).toBeUndefined();
  });

  it("refuses bad room ids and bad options with a clear error", async () => {
    const a = leases("a");
    await expect(a.acquire("../../etc")).rejects.toThrow(/not a room id/);
    await expect(a.acquire("")).rejects.toThrow(/not a room id/);
    await expect(a.fencedWrite(newRoom(), 1, "k", "v", -1)).rejects.toThrow(/ttlMs/);
    expect(() => new RoomLeases(client(), { ownerId: "x", ttlMs: 10, keepEpochMs: 1000 })).toThrow(/at least 100/);
    expect(() => new RoomLeases(client(), { ownerId: "x", ttlMs: 1000, renewEveryMs: 900, keepEpochMs: 1000 })).toThrow(/half/);
  });

  it("a paused owner (SIGSTOP past its lease, then SIGCONT) cannot overwrite the new owner's state", async () => {
    const room = newRoom();
    const key = `sammen:test:${room}`;
    const worker = spawn(process.execPath, ["--import", "tsx", "test/support/lease-worker.ts"], {
      env: { ...process.env, REDIS_URL: redis.url, ROOM_ID: room, LEASE_MS: String(TTL), KEY: key },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const events: Record<string, unknown>[] = [];
    createInterface({ input: worker.stdout! }).on("line", (line) => events.push(JSON.parse(line)));
    try {
      const until = Date.now() + 15_000;
      while (!events.some((e) => e.write !== undefined && e.ok === true) && Date.now() < until) await sleep(20);
      const firstEpoch = events.find((e) => e.acquired !== undefined)?.acquired as number;
      expect(firstEpoch).toBeGreaterThan(0);
      expect((await leases("observer").readFenced(key))?.value).toMatch(/^worker:/);

      worker.kill("SIGSTOP");
      const seenBeforePause = events.length;
      await sleep(TTL + 150);
      const b = leases("new-owner");
      const took = await b.acquire(room);
      expect(took).toEqual({ ok: true, epoch: firstEpoch + 1 });
      expect(await b.fencedWrite(room, firstEpoch + 1, key, "new owner's state", 60_000)).toBe(true);

      worker.kill("SIGCONT");
      const after = Date.now() + 5_000;
      const writesAfter = () => events.slice(seenBeforePause).filter((e) => e.write !== undefined);
      while (writesAfter().filter((e) => e.ok === false).length < 5 && Date.now() < after) await sleep(20);

      // The woken owner kept trying, and every try after the take-over was refused.
      const tries = writesAfter();
      expect(tries.filter((e) => e.ok === false).length).toBeGreaterThanOrEqual(5);
      const refusedFrom = tries.findIndex((e) => e.ok === false);
      expect(tries.slice(refusedFrom).every((e) => e.ok === false)).toBe(true);
      expect(events.some((e) => e.lost === room)).toBe(true);
      expect(await b.readFenced(key)).toEqual({ epoch: firstEpoch + 1, value: "new owner's state" });
      expect(await b.current(room)).toMatchObject({ owner: "new-owner", epoch: firstEpoch + 1 });
    } finally {
      await stopPid(worker.pid!, "SIGKILL");
    }
  });
});
