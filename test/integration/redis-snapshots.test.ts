/**
 * Room snapshots in a real redis-server: a new room's code is unique across
 * processes; a snapshot with its answered commands comes back whole on claim
 * by another process (next epoch); the old owner's writes are then refused
 * (FencedError) and change nothing; every key of a room has the idle limit as
 * its ttl; removing a room leaves no key of it behind.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoomLeases } from "../../server/cluster/room-lease.js";
import { RedisSnapshotStore } from "../../server/cluster/redis-snapshots.js";
import { FencedError, type RoomSnapshot } from "../../server/store/room-snapshots.js";
import { startRedis, type RedisService } from "../support/services.js";

const IDLE = 60_000;
let redis: RedisService;
const clients: Redis[] = [];
const leaseSets: RoomLeases[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const l of leaseSets) l.close();
  for (const c of clients) c.disconnect();
  await redis?.stop();
});

function processStore(ownerId: string, ttlMs = 400): { store: RedisSnapshotStore; leases: RoomLeases; redis: Redis } {
  const c = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  clients.push(c);
  const leases = new RoomLeases(c, { ownerId, ttlMs, keepEpochMs: IDLE });
  leaseSets.push(leases);
  return { store: new RedisSnapshotStore(c, leases, { ttlMs: IDLE }), leases, redis: c };
}

let n = 0;
function snapshot(roomId: string, code: string, version: number, body: string): RoomSnapshot {
  return { roomId, code, ownerId: 7, version, body, idleSince: null, seenAt: Date.now() };
}

describe("Redis snapshot store", () => {
  it("reserves a new room's code once across processes and takes its lease at epoch 1", async () => {
    const a = processStore("a");
    const b = processStore("b");
    const id = `new${n++}`;
    expect(await a.store.reserveNew(id, "ABCDE")).toEqual({ ok: true, epoch: 1 });
    expect(await b.store.reserveNew(`other${n++}`, "ABCDE")).toEqual({ ok: false });
    expect(await b.store.roomIdForCode("ABCDE")).toBe(id);
  });

  it("gives a room, its answered commands and its code to the next owner, whose epoch fences the old one", async () => {
    const a = processStore("a");
    const b = processStore("b");
    const id = `room${n++}`;
    const { epoch } = (await a.store.reserveNew(id, "FGHJK")) as { epoch: number };
    await a.store.save({
      rooms: [{ snapshot: snapshot(id, "FGHJK", 3, "state-3"), epoch }],
      commands: [
        { roomId: id, actor: "seat:s1", commandId: "c1", ack: '{"ok":true}' },
        { roomId: id, actor: "host", commandId: "c2", ack: '{"ok":false,"code":"INVALID","message":"x"}' },
      ],
    });
    // A command answered without a state change is still kept (same epoch).
    await a.store.save({ rooms: [], commands: [{ roomId: id, actor: "seat:s1", commandId: "c3", ack: '{"ok":true}' }] });
    expect(await a.store.roomsOf(7)).toContain(id);

    // b cannot claim while a's lease lives.
    expect(await b.store.claim(id)).toMatchObject({ status: "held", lease: { owner: "a", epoch } });
    a.leases.close(); // a stops renewing (killed)
    await new Promise((r) => setTimeout(r, 500));
    const outcome = await b.store.claim(id);
    const claimed = outcome.status === "claimed" ? outcome.room : null;
    expect(claimed?.epoch).toBe(epoch + 1);
    expect(claimed?.snapshot).toMatchObject({ roomId: id, code: "FGHJK", version: 3, body: "state-3" });
    expect(claimed?.commands).toEqual([
      { actor: "seat:s1", commandId: "c1", ack: '{"ok":true}' },
      { actor: "host", commandId: "c2", ack: '{"ok":false,"code":"INVALID","message":"x"}' },
      { actor: "seat:s1", commandId: "c3", ack: '{"ok":true}' },
    ]);

    // The old owner wakes up and writes: refused, nothing changes.
    await expect(a.store.save({ rooms: [{ snapshot: snapshot(id, "FGHJK", 4, "stale"), epoch }], commands: [] })).rejects.toBeInstanceOf(FencedError);
    await expect(a.store.save({ rooms: [], commands: [{ roomId: id, actor: "host", commandId: "c9", ack: "{}" }] })).resolves.toBeUndefined();
    await a.store.remove([id]);
    await b.store.save({ rooms: [{ snapshot: snapshot(id, "FGHJK", 5, "state-5"), epoch: epoch + 1 }], commands: [] });
    const raw = await b.redis.hgetall(`sammen:snap:${id}`);
    expect(JSON.parse(raw.value).body).toBe("state-5");
    expect(raw.epoch).toBe(String(epoch + 1));
    expect(await b.redis.hexists(`sammen:cmds:${id}`, "host\u241fc9")).toBe(0);
  });

  it("keeps a room's finished activities in a field of their own: written when a save carries them, kept while saves leave them out, given to the next owner", async () => {
    const a = processStore("a");
    const b = processStore("b");
    const id = `fin${n++}`;
    const { epoch } = (await a.store.reserveNew(id, "BCDFG")) as { epoch: number };
    await a.store.save({ rooms: [{ snapshot: { ...snapshot(id, "BCDFG", 1, "body-1"), finished: '[{"id":"a1"}]' }, epoch }], commands: [] });
    await a.store.save({ rooms: [{ snapshot: snapshot(id, "BCDFG", 2, "body-2"), epoch }], commands: [] });
    const raw = await a.redis.hgetall(`sammen:snap:${id}`);
    expect(raw.finished).toBe('[{"id":"a1"}]');
    expect(JSON.parse(raw.value)).not.toHaveProperty("finished");
    // A stale owner's save with new finished runs changes nothing.
    a.leases.close();
    await new Promise((r) => setTimeout(r, 500));
    const outcome = await b.store.claim(id);
    expect(outcome.status === "claimed" && outcome.room.snapshot).toMatchObject({ version: 2, body: "body-2", finished: '[{"id":"a1"}]' });
    await expect(a.store.save({ rooms: [{ snapshot: { ...snapshot(id, "BCDFG", 3, "late"), finished: '[{"id":"late"}]' }, epoch }], commands: [] })).rejects.toBeInstanceOf(FencedError);
    expect(await b.redis.hget(`sammen:snap:${id}`, "finished")).toBe('[{"id":"a1"}]');
    // A room saved by an older build has no such field: the claim says so (its body holds them).
    await b.redis.hdel(`sammen:snap:${id}`, "finished");
    b.leases.close();
    await new Promise((r) => setTimeout(r, 500));
    const c = processStore("c");
    const again = await c.store.claim(id);
    expect(again.status === "claimed" && again.room.snapshot.finished).toBeUndefined();
  });

  it("keeps every key of a room for the idle limit only, refreshed by a heartbeat", async () => {
    const a = processStore("a");
    const id = `ttl${n++}`;
    const { epoch } = (await a.store.reserveNew(id, "MNPQR")) as { epoch: number };
    await a.store.save({ rooms: [{ snapshot: snapshot(id, "MNPQR", 1, "s"), epoch }], commands: [{ roomId: id, actor: "host", commandId: "c", ack: "{}" }] });
    for (const key of [`sammen:snap:${id}`, `sammen:cmds:${id}`, `sammen:cmdlog:${id}`, "sammen:code:MNPQR", "sammen:fac:7"]) {
      const pttl = await a.redis.pttl(key);
      expect(pttl, key).toBeGreaterThan(IDLE - 5_000);
      expect(pttl, key).toBeLessThanOrEqual(IDLE);
    }
    await a.redis.pexpire(`sammen:snap:${id}`, 1_000);
    await a.store.touch([id], Date.now());
    expect(await a.redis.pttl(`sammen:snap:${id}`)).toBeGreaterThan(IDLE - 5_000);
  });

  it("removes a room without leaving a key of it, and only keeps the newest answers when pruned", async () => {
    const a = processStore("a");
    const id = `gone${n++}`;
    const { epoch } = (await a.store.reserveNew(id, "STUVW")) as { epoch: number };
    const commands = Array.from({ length: 10 }, (_, i) => ({ roomId: id, actor: "host", commandId: `c${i}`, ack: "{}" }));
    await a.store.save({ rooms: [{ snapshot: snapshot(id, "STUVW", 1, "private text"), epoch }], commands });
    await a.store.pruneCommands(id, 3);
    expect(await a.redis.lrange(`sammen:cmdlog:${id}`, 0, -1)).toEqual(["host\u241fc7", "host\u241fc8", "host\u241fc9"]);
    expect(Object.keys(await a.redis.hgetall(`sammen:cmds:${id}`)).sort()).toEqual(["host\u241fc7", "host\u241fc8", "host\u241fc9"]);

    await a.store.remove([id]);
    const left: string[] = [];
    let cursor = "0";
    do {
      const [next, keys] = await a.redis.scan(cursor, "MATCH", "sammen:*", "COUNT", 1000);
      cursor = next;
      left.push(...keys);
    } while (cursor !== "0");
    // Only the epoch counter stays (a number, so a later claim still gets a higher epoch), and it expires too.
    expect(left.filter((k) => k.includes(id) || k.endsWith("STUVW"))).toEqual([`sammen:epoch:${id}`]);
    expect(await a.redis.get(`sammen:epoch:${id}`)).toBe(String(epoch));
    expect(await a.redis.pttl(`sammen:epoch:${id}`)).toBeGreaterThan(0);
    expect(await a.redis.sismember("sammen:fac:7", id)).toBe(0);
    expect(await a.store.roomsOf(7)).not.toContain(id);
    // Nothing saved any more: a claim finds nothing and gives the lease back.
    expect(await a.store.claim(id)).toEqual({ status: "gone" });
    expect(await a.leases.current(id)).toBeNull();
  });
});
