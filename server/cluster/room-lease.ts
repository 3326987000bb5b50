/**
 * Room leases in Redis: which process owns a room right now (docs/operations.md,
 * "Scale-out"). A lease is an owner id and an epoch; the epoch only goes up, one
 * step for each new owner. The owner renews well inside the expiry; when it stops
 * (crash, pause, lost network) the lease runs out and another process may take it
 * with the next epoch.
 *
 * Fencing: every write that must come from the owner goes through a Lua script
 * that checks, in the same atomic step as the write, that the lease still names
 * this owner and this epoch, and that the stored value is not from a newer epoch.
 * A process that was paused past its lease (or cut off from Redis) and wakes up
 * with a write in flight is refused, however sure it still is that it owns the room.
 */
import { performance } from "node:perf_hooks";
import type { Redis } from "ioredis";

export interface RoomLeaseOptions {
  /** Unique per process run (host, pid and a random part): a restarted process is a new owner. */
  ownerId: string;
  /** How long a lease lives without renewal. Failover takes about this long. */
  ttlMs: number;
  /** How often held leases are renewed; by default a third of the ttl, so two renewals may fail. */
  renewEveryMs?: number;
  /** How long the epoch counter outlives the last lease (the room's idle limit is plenty). */
  keepEpochMs: number;
  keyPrefix?: string;
  /** Called once when a lease this process held is gone (taken over, or not renewed in time). */
  onLost?: (roomId: string, reason: "taken" | "expired") => void;
}

export type AcquireResult =
  | { ok: true; epoch: number }
  | { ok: false; owner: string; epoch: number; expiresInMs: number };

export interface LeaseInfo {
  owner: string;
  epoch: number;
  expiresInMs: number;
}

export interface FencedValue {
  epoch: number;
  value: string;
}

const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

// KEYS: lease, epoch counter. ARGV: owner, ttlMs, keepEpochMs.
// A free lease gets the next epoch; a lease this owner already holds is renewed as is.
const ACQUIRE = `
local cur = redis.call('HMGET', KEYS[1], 'owner', 'epoch')
if cur[1] then
  if cur[1] == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return {1, tonumber(cur[2]), ''}
  end
  return {0, tonumber(cur[2]), cur[1], redis.call('PTTL', KEYS[1])}
end
local epoch = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
redis.call('HSET', KEYS[1], 'owner', ARGV[1], 'epoch', epoch)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {1, epoch, ''}
`;

// KEYS: lease. ARGV: owner, epoch, ttlMs.
const RENEW = `
local cur = redis.call('HMGET', KEYS[1], 'owner', 'epoch')
if cur[1] == ARGV[1] and cur[2] == ARGV[2] then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return 1
end
return 0
`;

// KEYS: lease. ARGV: owner, epoch.
const RELEASE = `
local cur = redis.call('HMGET', KEYS[1], 'owner', 'epoch')
if cur[1] == ARGV[1] and cur[2] == ARGV[2] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
`;

// KEYS: lease, target. ARGV: owner, epoch, value, ttlMs (0 = delete the target).
// Refused (0) unless the lease names this owner and epoch and the target holds no newer epoch.
const FENCED_WRITE = `
local cur = redis.call('HMGET', KEYS[1], 'owner', 'epoch')
if cur[1] ~= ARGV[1] or cur[2] ~= ARGV[2] then return 0 end
local stored = redis.call('HGET', KEYS[2], 'epoch')
if stored and tonumber(stored) > tonumber(ARGV[2]) then return 0 end
if ARGV[4] == '0' then
  redis.call('DEL', KEYS[2])
else
  redis.call('HSET', KEYS[2], 'epoch', ARGV[2], 'value', ARGV[3])
  redis.call('PEXPIRE', KEYS[2], ARGV[4])
end
return 1
`;

interface LeaseCommands {
  sammenLeaseAcquire(lease: string, counter: string, owner: string, ttlMs: number, keepMs: number): Promise<[number, number, string, number?]>;
  sammenLeaseRenew(lease: string, owner: string, epoch: number, ttlMs: number): Promise<number>;
  sammenLeaseRelease(lease: string, owner: string, epoch: number): Promise<number>;
  sammenFencedWrite(lease: string, target: string, owner: string, epoch: number, value: string, ttlMs: number): Promise<number>;
}

function withCommands(redis: Redis): Redis & LeaseCommands {
  const r = redis as Redis & Partial<LeaseCommands>;
  if (!r.sammenLeaseAcquire) {
    redis.defineCommand("sammenLeaseAcquire", { numberOfKeys: 2, lua: ACQUIRE });
    redis.defineCommand("sammenLeaseRenew", { numberOfKeys: 1, lua: RENEW });
    redis.defineCommand("sammenLeaseRelease", { numberOfKeys: 1, lua: RELEASE });
    redis.defineCommand("sammenFencedWrite", { numberOfKeys: 2, lua: FENCED_WRITE });
  }
  return r as Redis & LeaseCommands;
}

interface Held {
  epoch: number;
  /** Local monotonic time until which the lease is surely still ours (sent-at + ttl). */
  validUntil: number;
}

export class RoomLeases {
  private readonly redis: Redis & LeaseCommands;
  private readonly held = new Map<string, Held>();
  private readonly prefix: string;
  private readonly timer: NodeJS.Timeout;
  private renewing = false;

  constructor(
    redis: Redis,
    private readonly options: RoomLeaseOptions,
  ) {
    if (!(options.ttlMs >= 100)) throw new Error("lease ttlMs must be at least 100 ms");
    const every = options.renewEveryMs ?? Math.floor(options.ttlMs / 3);
    if (!(every > 0 && every < options.ttlMs / 2)) throw new Error("renewEveryMs must be under half the lease ttl");
    this.redis = withCommands(redis);
    this.prefix = options.keyPrefix ?? "sammen:";
    this.timer = setInterval(() => void this.renewAll(), every);
    this.timer.unref();
  }

  get ownerId(): string {
    return this.options.ownerId;
  }

  leaseKey(roomId: string): string {
    return `${this.prefix}lease:${checkRoomId(roomId)}`;
  }

  private counterKey(roomId: string): string {
    return `${this.prefix}epoch:${checkRoomId(roomId)}`;
  }

  /** Take the room's lease if it is free (next epoch) or already ours (renewed). */
  async acquire(roomId: string): Promise<AcquireResult> {
    const sentAt = performance.now();
    const [ok, epoch, owner, pttl] = await this.redis.sammenLeaseAcquire(
      this.leaseKey(roomId),
      this.counterKey(roomId),
      this.options.ownerId,
      this.options.ttlMs,
      this.options.keepEpochMs,
    );
    if (ok === 1) {
      this.held.set(roomId, { epoch, validUntil: sentAt + this.options.ttlMs });
      return { ok: true, epoch };
    }
    return { ok: false, owner, epoch, expiresInMs: Math.max(0, pttl ?? 0) };
  }

  /** The epoch of a lease this process surely still holds, by its own clock; undefined otherwise. */
  epochOf(roomId: string): number | undefined {
    const h = this.held.get(roomId);
    if (!h) return undefined;
    if (performance.now() >= h.validUntil) return undefined;
    return h.epoch;
  }

  /** Who holds the room's lease in Redis, if anyone. */
  async current(roomId: string): Promise<LeaseInfo | null> {
    const key = this.leaseKey(roomId);
    const [[, fields], [, pttl]] = (await this.redis.multi().hmget(key, "owner", "epoch").pttl(key).exec()) as [
      [unknown, (string | null)[]],
      [unknown, number],
    ];
    if (!fields[0] || !fields[1]) return null;
    return { owner: fields[0], epoch: Number(fields[1]), expiresInMs: Math.max(0, pttl) };
  }

  /** Give the lease up at once (a graceful stop or a hand-over), so the next owner need not wait. */
  async release(roomId: string): Promise<boolean> {
    const h = this.held.get(roomId);
    if (!h) return false;
    this.held.delete(roomId);
    return (await this.redis.sammenLeaseRelease(this.leaseKey(roomId), this.options.ownerId, h.epoch)) === 1;
  }

  /** Forget a lease locally without telling Redis (the room moved on). */
  drop(roomId: string): void {
    this.held.delete(roomId);
  }

  heldRooms(): string[] {
    return [...this.held.keys()];
  }

  /**
   * Write `value` to `key` (a hash {epoch, value} with a ttl) only if this
   * process's lease on the room still has `epoch`, checked atomically in Redis.
   * ttlMs 0 deletes the key under the same check. Returns false when refused.
   */
  async fencedWrite(roomId: string, epoch: number, key: string, value: string, ttlMs: number): Promise<boolean> {
    if (!Number.isInteger(ttlMs) || ttlMs < 0) throw new Error("ttlMs must be a whole number of ms ≥ 0");
    const ok = await this.redis.sammenFencedWrite(this.leaseKey(roomId), key, this.options.ownerId, epoch, value, ttlMs);
    return ok === 1;
  }

  /** Read a value written by fencedWrite, with the epoch that wrote it. */
  async readFenced(key: string): Promise<FencedValue | null> {
    const [epoch, value] = await this.redis.hmget(key, "epoch", "value");
    if (epoch === null || value === null) return null;
    return { epoch: Number(epoch), value };
  }

  /** Stop renewing. Leases still held run out on their own unless released first. */
  close(): void {
    clearInterval(this.timer);
  }

  private async renewAll(): Promise<void> {
    if (this.renewing || this.held.size === 0) return;
    this.renewing = true;
    try {
      const entries = [...this.held.entries()];
      const sentAt = performance.now();
      const pipeline = this.redis.pipeline();
      for (const [roomId, h] of entries) {
        (pipeline as unknown as LeaseCommands).sammenLeaseRenew(this.leaseKey(roomId), this.options.ownerId, h.epoch, this.options.ttlMs);
      }
      let results: [Error | null, unknown][] | null = null;
      try {
        results = await pipeline.exec();
      } catch {
        results = null;
      }
      for (let i = 0; i < entries.length; i++) {
        const [roomId, h] = entries[i];
        if (this.held.get(roomId) !== h) continue; // released or re-acquired meanwhile
        const [err, ok] = results?.[i] ?? [new Error("no reply"), 0];
        if (!err && ok === 1) {
          h.validUntil = sentAt + this.options.ttlMs;
        } else if (!err && ok === 0) {
          this.lose(roomId, "taken");
        } else if (performance.now() >= h.validUntil) {
          // Redis did not answer in time: by now another process may own the room.
          this.lose(roomId, "expired");
        }
      }
    } finally {
      this.renewing = false;
    }
  }

  private lose(roomId: string, reason: "taken" | "expired"): void {
    this.held.delete(roomId);
    this.options.onLost?.(roomId, reason);
  }
}

function checkRoomId(roomId: string): string {
  if (!ROOM_ID.test(roomId)) throw new Error(`not a room id: ${JSON.stringify(roomId).slice(0, 80)}`);
  return roomId;
}
