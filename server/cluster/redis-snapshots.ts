/**
 * Room snapshots in Redis, for several processes (docs/operations.md,
 * "Scale-out"). The same store interface as the SQLite one; what differs:
 * rooms are claimed one at a time, by the process the proxy sends the room's
 * sockets to (claim = take the lease, then read), and every write is fenced by
 * the lease's epoch in the same Lua step that writes it. Every key of a room
 * lives no longer than the idle limit past its last write or heartbeat, so a
 * room nobody serves any more is wiped by Redis itself (docs/privacy.md).
 *
 * Keys (prefix "sammen:"): snap:<id> {epoch, value, finished, seen, code, owner, group}; cmds:<id> {actor␟commandId → ack};
 * cmdlog:<id> [fields, oldest first]; code:<CODE> → id; fac:<facilitatorId> {ids}; grp:<groupId> {ids}.
 * The last two are the indexes a console's room list reads: the rooms a leader opened, and the
 * rooms opened for a group's meetings (which its co-leaders lead too), on whichever process.
 */
import type { Redis } from "ioredis";
import { decodeRoomHead } from "../rooms/room-codec.js";
import { FencedError, type ClaimedRoom, type CommandRecord, type RoomSnapshot, type RoomSnapshotStore, type SnapshotBatch } from "../store/room-snapshots.js";
import type { LeaseInfo, RoomLeases } from "./room-lease.js";

/** What a claim found: the room (now ours), a live owner elsewhere, or nothing saved (ended or expired). */
export type ClaimOutcome = { status: "claimed"; room: ClaimedRoom } | { status: "held"; lease: LeaseInfo } | { status: "gone" };

const SEP = "\u241f";

// The lease check shared by every write (KEYS[1] lease, KEYS[2] snap; ARGV[1] owner, ARGV[2] epoch).
const FENCE = `
local cur = redis.call('HMGET', KEYS[1], 'owner', 'epoch')
if cur[1] ~= ARGV[1] or cur[2] ~= ARGV[2] then return 0 end
local stored = redis.call('HGET', KEYS[2], 'epoch')
if stored and tonumber(stored) > tonumber(ARGV[2]) then return 0 end
`;

// KEYS: lease, snap, cmds, cmdlog, code, fac, grp. ARGV: owner, epoch, ttlMs, roomId, snapshot json or '', seenAt, code,
// ownerId, groupId or '', the finished activities or '' (unchanged), then field/ack pairs.
const SAVE = `${FENCE}
local ttl = ARGV[3]
if ARGV[5] ~= '' then
  redis.call('HSET', KEYS[2], 'epoch', ARGV[2], 'value', ARGV[5], 'seen', ARGV[6], 'code', ARGV[7], 'owner', ARGV[8], 'group', ARGV[9])
  if ARGV[10] ~= '' then redis.call('HSET', KEYS[2], 'finished', ARGV[10]) end
  redis.call('SET', KEYS[5], ARGV[4], 'PX', ttl)
  redis.call('SADD', KEYS[6], ARGV[4])
  redis.call('PEXPIRE', KEYS[6], ttl)
  if ARGV[9] ~= '' then
    redis.call('SADD', KEYS[7], ARGV[4])
    redis.call('PEXPIRE', KEYS[7], ttl)
  end
elseif redis.call('EXISTS', KEYS[2]) == 0 then
  return 0
end
redis.call('PEXPIRE', KEYS[2], ttl)
for i = 11, #ARGV, 2 do
  if redis.call('HSETNX', KEYS[3], ARGV[i], ARGV[i + 1]) == 1 then redis.call('RPUSH', KEYS[4], ARGV[i]) end
end
if #ARGV >= 11 then
  redis.call('PEXPIRE', KEYS[3], ttl)
  redis.call('PEXPIRE', KEYS[4], ttl)
end
return 1
`;

// KEYS: lease, snap, cmds, cmdlog, code, fac, grp. ARGV: owner, epoch, ttlMs, seenAt, roomId, 1 if the room has a group.
// The indexes are kept as long as the room, so a room that only has heartbeats stays listed.
const TOUCH = `${FENCE}
if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
redis.call('HSET', KEYS[2], 'seen', ARGV[4])
for i = 2, 5 do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
redis.call('SADD', KEYS[6], ARGV[5])
redis.call('PEXPIRE', KEYS[6], ARGV[3])
if ARGV[6] == '1' then
  redis.call('SADD', KEYS[7], ARGV[5])
  redis.call('PEXPIRE', KEYS[7], ARGV[3])
end
return 1
`;

// KEYS: lease, snap, cmds, cmdlog, code, fac, grp. ARGV: owner, epoch, roomId.
const REMOVE = `${FENCE}
redis.call('DEL', KEYS[2], KEYS[3], KEYS[4])
if redis.call('GET', KEYS[5]) == ARGV[3] then redis.call('DEL', KEYS[5]) end
redis.call('SREM', KEYS[6], ARGV[3])
redis.call('SREM', KEYS[7], ARGV[3])
redis.call('DEL', KEYS[1])
return 1
`;

// KEYS: lease, snap, cmds, cmdlog. ARGV: owner, epoch, keep. Keeps the newest `keep` answers.
const PRUNE = `${FENCE}
local n = redis.call('LLEN', KEYS[4])
local drop = n - tonumber(ARGV[3])
if drop <= 0 then return 1 end
local old = redis.call('LRANGE', KEYS[4], 0, drop - 1)
for _, f in ipairs(old) do redis.call('HDEL', KEYS[3], f) end
redis.call('LTRIM', KEYS[4], drop, -1)
return 1
`;

interface SnapshotCommands {
  sammenSnapSave(...args: (string | number)[]): Promise<number>;
  sammenSnapTouch(...args: (string | number)[]): Promise<number>;
  sammenSnapRemove(...args: (string | number)[]): Promise<number>;
  sammenSnapPrune(...args: (string | number)[]): Promise<number>;
}

export interface RedisSnapshotOptions {
  /** How long a room's keys outlive its last write or heartbeat: the room idle limit. */
  ttlMs: number;
  keyPrefix?: string;
}

export class RedisSnapshotStore implements RoomSnapshotStore {
  readonly durable = true;
  private readonly redis: Redis & SnapshotCommands;
  private readonly prefix: string;
  /** Epoch of each room this process claimed or created, used to fence its writes. */
  private readonly epochs = new Map<string, number>();
  /** The group a room was opened for (fixed for its life), read once from its first snapshot here. */
  private readonly groups = new Map<string, string | null>();

  constructor(
    redis: Redis,
    private readonly leases: RoomLeases,
    private readonly options: RedisSnapshotOptions,
  ) {
    const r = redis as Redis & Partial<SnapshotCommands>;
    if (!r.sammenSnapSave) {
      redis.defineCommand("sammenSnapSave", { numberOfKeys: 7, lua: SAVE });
      redis.defineCommand("sammenSnapTouch", { numberOfKeys: 7, lua: TOUCH });
      redis.defineCommand("sammenSnapRemove", { numberOfKeys: 7, lua: REMOVE });
      redis.defineCommand("sammenSnapPrune", { numberOfKeys: 4, lua: PRUNE });
    }
    this.redis = r as Redis & SnapshotCommands;
    this.prefix = options.keyPrefix ?? "sammen:";
  }

  private keys(roomId: string) {
    const p = this.prefix;
    return { lease: this.leases.leaseKey(roomId), snap: `${p}snap:${roomId}`, cmds: `${p}cmds:${roomId}`, cmdlog: `${p}cmdlog:${roomId}` };
  }
  private codeKey(code: string): string {
    return `${this.prefix}code:${code}`;
  }
  private facKey(ownerId: number): string {
    return `${this.prefix}fac:${ownerId}`;
  }
  /** A room without a group names this key, which is never written (the script needs a key either way). */
  private grpKey(groupId: string | null): string {
    return `${this.prefix}grp:${groupId ?? "-"}`;
  }

  private groupOf(snapshot: RoomSnapshot): string | null {
    let group = this.groups.get(snapshot.roomId);
    if (group === undefined) {
      group = decodeRoomHead(snapshot.body)?.state.agenda?.groupId ?? null;
      this.groups.set(snapshot.roomId, group);
    }
    return group;
  }

  /** Rooms are claimed one by one (claim), never all at start. */
  async claimAll(): Promise<ClaimedRoom[]> {
    return [];
  }

  /**
   * Make a new room's code unique across processes and take its lease, before
   * the room exists anywhere. False when the code is taken (pick another).
   */
  async reserveNew(roomId: string, code: string): Promise<{ ok: true; epoch: number } | { ok: false }> {
    const set = await this.redis.set(this.codeKey(code), roomId, "PX", this.options.ttlMs, "NX");
    if (set !== "OK") return { ok: false };
    const lease = await this.leases.acquire(roomId);
    if (!lease.ok) {
      await this.redis.del(this.codeKey(code));
      return { ok: false };
    }
    this.epochs.set(roomId, lease.epoch);
    return { ok: true, epoch: lease.epoch };
  }

  /** The room a code names, if some process keeps it. */
  async roomIdForCode(code: string): Promise<string | null> {
    return this.redis.get(this.codeKey(code));
  }

  /** Ids of the rooms a facilitator has open on any process. */
  async roomsOf(ownerId: number): Promise<string[]> {
    return this.alive(await this.redis.smembers(this.facKey(ownerId)));
  }

  /** Ids of the rooms open for these groups' meetings on any process. */
  async roomsOfGroups(groupIds: string[]): Promise<string[]> {
    if (!groupIds.length) return [];
    const sets = await this.redis.pipeline(groupIds.map((g) => ["smembers", this.grpKey(g)])).exec();
    const ids = new Set((sets ?? []).flatMap(([err, members]) => (err || !Array.isArray(members) ? [] : (members as string[]))));
    return this.alive([...ids]);
  }

  /** The ids whose snapshot still exists (an index entry can outlive a room that expired). */
  private async alive(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const alive = await this.redis.pipeline(ids.map((id) => ["exists", this.keys(id).snap])).exec();
    return ids.filter((_, i) => alive?.[i]?.[1] === 1);
  }

  /**
   * Take the room's lease (waiting for a live owner is the caller's business)
   * and read what was saved. Nothing saved: the room ended or expired, and the
   * lease is given back.
   */
  async claim(roomId: string): Promise<ClaimOutcome> {
    const lease = await this.leases.acquire(roomId);
    if (!lease.ok) return { status: "held", lease: { owner: lease.owner, epoch: lease.epoch, expiresInMs: lease.expiresInMs } };
    const k = this.keys(roomId);
    const [[, snap], [, cmds], [, order]] = (await this.redis.multi().hmget(k.snap, "epoch", "value", "seen", "finished").hgetall(k.cmds).lrange(k.cmdlog, 0, -1).exec()) as [
      [unknown, (string | null)[]],
      [unknown, Record<string, string>],
      [unknown, string[]],
    ];
    if (!snap[1]) {
      await this.leases.release(roomId);
      return { status: "gone" };
    }
    const snapshot = JSON.parse(snap[1]) as RoomSnapshot;
    if (snap[3] !== null) snapshot.finished = snap[3];
    if (snap[2]) snapshot.seenAt = Math.max(snapshot.seenAt, Number(snap[2]));
    this.epochs.set(roomId, lease.epoch);
    const commands = order.flatMap((field) => {
      const ack = cmds[field];
      const at = field.indexOf(SEP);
      return ack === undefined || at < 0 ? [] : [{ actor: field.slice(0, at), commandId: field.slice(at + 1), ack }];
    });
    return { status: "claimed", room: { snapshot, epoch: lease.epoch, commands } };
  }

  /** How many rooms have a snapshot (every open room of the install). */
  async countRooms(): Promise<number> {
    let n = 0;
    let cursor = "0";
    do {
      const [next, keys] = await this.redis.scan(cursor, "MATCH", `${this.prefix}snap:*`, "COUNT", 1000);
      cursor = next;
      n += keys.length;
    } while (cursor !== "0");
    return n;
  }

  /** A room's saved state without claiming it (listing a facilitator's rooms on any process), without its finished activities. */
  async peek(roomId: string): Promise<RoomSnapshot | null> {
    const raw = await this.redis.hget(this.keys(roomId).snap, "value");
    return raw ? (JSON.parse(raw) as RoomSnapshot) : null;
  }

  /** Stop writing for a room here (it moved to another process); its keys stay. */
  forget(roomId: string): void {
    this.epochs.delete(roomId);
    this.groups.delete(roomId);
  }

  async save(batch: SnapshotBatch): Promise<void> {
    const byRoom = new Map<string, { snapshot?: RoomSnapshot; epoch: number; commands: CommandRecord[] }>();
    for (const { snapshot, epoch } of batch.rooms) {
      this.epochs.set(snapshot.roomId, Math.max(epoch, this.epochs.get(snapshot.roomId) ?? 0));
      byRoom.set(snapshot.roomId, { snapshot, epoch, commands: [] });
    }
    for (const c of batch.commands) {
      let entry = byRoom.get(c.roomId);
      if (!entry) {
        const epoch = this.epochs.get(c.roomId);
        if (epoch === undefined) continue;
        entry = { epoch, commands: [] };
        byRoom.set(c.roomId, entry);
      }
      entry.commands.push(c);
    }
    if (!byRoom.size) return;
    const pipeline = this.redis.pipeline() as unknown as SnapshotCommands & { exec(): Promise<[Error | null, unknown][] | null> };
    const order: string[] = [];
    for (const [roomId, { snapshot, epoch, commands }] of byRoom) {
      // The finished activities go in a field of their own, and only when they changed (room-codec.ts).
      const { finished, ...head } = snapshot ?? ({} as Partial<RoomSnapshot>);
      const args: (string | number)[] = [
        ...this.scriptKeys(roomId, snapshot?.code, snapshot?.ownerId ?? 0, snapshot ? this.groupOf(snapshot) : null),
        this.leases.ownerId,
        epoch,
        this.options.ttlMs,
        roomId,
        snapshot ? JSON.stringify(head) : "",
        snapshot?.seenAt ?? 0,
        snapshot?.code ?? "",
        snapshot?.ownerId ?? 0,
        (snapshot && this.groupOf(snapshot)) ?? "",
        finished ?? "",
      ];
      for (const c of commands) args.push(`${c.actor}${SEP}${c.commandId}`, c.ack);
      pipeline.sammenSnapSave(...args);
      order.push(roomId);
    }
    const results = await pipeline.exec();
    const fenced: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const [err, ok] = results?.[i] ?? [new Error("no reply"), 0];
      if (err) throw err;
      if (ok !== 1) fenced.push(order[i]);
    }
    if (fenced.length) {
      for (const id of fenced) this.epochs.delete(id);
      throw new FencedError(fenced);
    }
  }

  async touch(roomIds: string[], seenAt: number): Promise<void> {
    const mine = roomIds.filter((id) => this.epochs.has(id));
    if (!mine.length) return;
    const stored = await this.redis.pipeline(mine.map((id) => ["hmget", this.keys(id).snap, "code", "owner", "group"])).exec();
    const pipeline = this.redis.pipeline() as unknown as SnapshotCommands & { exec(): Promise<unknown> };
    mine.forEach((id, i) => {
      const raw = stored?.[i]?.[1];
      const [code, owner, group] = Array.isArray(raw) ? (raw as (string | null)[]) : [];
      pipeline.sammenSnapTouch(
        ...this.scriptKeys(id, code, Number(owner ?? 0), group || null),
        this.leases.ownerId,
        this.epochs.get(id)!,
        this.options.ttlMs,
        seenAt,
        id,
        group ? "1" : "0",
      );
    });
    await pipeline.exec();
  }

  /** The keys the save, heartbeat and wipe scripts name first, in their order (KEYS[1] to KEYS[7]). */
  private scriptKeys(roomId: string, code: string | null | undefined, ownerId: number, group: string | null): string[] {
    const k = this.keys(roomId);
    return [k.lease, k.snap, k.cmds, k.cmdlog, this.codeKey(code || "-"), this.facKey(ownerId), this.grpKey(group)];
  }

  async remove(roomIds: string[]): Promise<void> {
    for (const id of roomIds) {
      const epoch = this.epochs.get(id);
      if (epoch === undefined) continue;
      const [code, owner, group] = await this.redis.hmget(this.keys(id).snap, "code", "owner", "group");
      await this.redis.sammenSnapRemove(
        ...this.scriptKeys(id, code, Number(owner ?? 0), group || null),
        this.leases.ownerId,
        epoch,
        id,
      );
      this.epochs.delete(id);
      this.groups.delete(id);
      this.leases.drop(id);
    }
  }

  async pruneCommands(roomId: string, keep: number): Promise<void> {
    const epoch = this.epochs.get(roomId);
    if (epoch === undefined) return;
    const k = this.keys(roomId);
    await this.redis.sammenSnapPrune(k.lease, k.snap, k.cmds, k.cmdlog, this.leases.ownerId, epoch, keep);
  }
}
