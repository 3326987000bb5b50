/**
 * This process as one of several serving one Sammen (REDIS_URL set;
 * docs/operations.md, "Scale-out"). It owns the rooms whose leases it holds;
 * a room's requests reach it because the proxy hashes on the room code. When
 * a request for a room it does not serve arrives, it claims the room: at once
 * if nobody holds the lease, by asking the owner to hand it over if the owner
 * is alive, or after the lease runs out if the owner is dead. It lets a room go
 * when another process asks, when its lease is lost, and on a graceful stop.
 */
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { nanoid } from "nanoid";
import { Redis } from "ioredis";
import type { RoomCard } from "../http/room-routes.js";
import { newRoomCode } from "../rooms/codes.js";
import { decodeRoomHead } from "../rooms/room-codec.js";
import type { RoomHandle, RoomInit, RoomRegistry } from "../rooms/registry.js";
import { HandoverBus } from "./handover.js";
import { LeaderEvents } from "./leader-events.js";
import { RedisSnapshotStore } from "./redis-snapshots.js";
import { RoomLeases } from "./room-lease.js";

export interface ClusterConfig {
  redisUrl: string;
  /** Lease lifetime: how long a dead owner's rooms wait before another process takes them. */
  leaseMs: number;
  roomIdleMs: number;
  log: (line: string) => void;
  /** Shown in logs and in the owner id, e.g. "app1". */
  name?: string;
}

/** A process refuses to hand a room over this soon after it took it from another, so two cannot bounce it. */
const MIN_HOLD_MS = 1_000;
/** After handing a room over, this process does not claim it back for this long. */
const RECENT_HANDOVER_MS = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type EnsureResult = RoomHandle | "busy" | null;

export class ClusterNode {
  readonly nodeId: string;
  readonly redis: Redis;
  readonly leases: RoomLeases;
  readonly snapshots: RedisSnapshotStore;
  private readonly subscriber: Redis;
  private readonly handover: HandoverBus;
  /** Co-leaders taken off and accounts removed, told to every process. */
  readonly leaderEvents: LeaderEvents;
  private registry: RoomRegistry | null = null;
  private readonly inflight = new Map<string, Promise<EnsureResult>>();
  private readonly claimedAt = new Map<string, number>();
  private readonly handedOverAt = new Map<string, number>();
  private draining = false;

  constructor(private readonly config: ClusterConfig) {
    this.nodeId = `${config.name ?? hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
    const options = { maxRetriesPerRequest: 2, connectTimeout: 2_000, retryStrategy: (n: number) => Math.min(1_000, 50 * n) };
    this.redis = new Redis(config.redisUrl, options);
    this.subscriber = new Redis(config.redisUrl, options);
    // A lost connection is retried by ioredis; errors surface on the calls that need Redis.
    let warned = false;
    for (const r of [this.redis, this.subscriber]) {
      r.on("error", (error: Error) => {
        if (!warned) config.log(`[sammen] Redis: ${error.message} (retrying)`);
        warned = true;
      });
      r.on("ready", () => (warned = false));
    }
    this.leases = new RoomLeases(this.redis, {
      ownerId: this.nodeId,
      ttlMs: config.leaseMs,
      keepEpochMs: config.roomIdleMs + config.leaseMs,
      onLost: (roomId, reason) => {
        config.log(`[sammen] lease of a room lost (${reason}); another process serves it now.`);
        this.registry?.release([roomId]);
        this.snapshots.forget(roomId);
      },
    });
    this.snapshots = new RedisSnapshotStore(this.redis, this.leases, { ttlMs: config.roomIdleMs });
    this.handover = new HandoverBus(this.redis, this.subscriber, {
      nodeId: this.nodeId,
      onRequest: (roomId) => this.onHandoverRequest(roomId),
      log: config.log,
    });
    this.leaderEvents = new LeaderEvents(this.redis, this.subscriber, { log: config.log });
  }

  /** The registry is made after the snapshot store it writes to; it is handed in here. */
  attach(registry: RoomRegistry): void {
    this.registry = registry;
  }

  async ready(): Promise<void> {
    await this.handover.whenReady();
    await this.leaderEvents.whenReady();
    await this.redis.ping();
  }

  /** Redis answers (readiness). */
  get healthy(): boolean {
    return this.redis.status === "ready";
  }

  /** A new room: id and code unique across processes, lease taken before it exists anywhere. */
  async createRoom(ownerId: number, init: RoomInit = {}): Promise<RoomHandle> {
    const registry = this.mustRegistry();
    for (let attempt = 0; attempt < 20; attempt++) {
      const id = nanoid(12);
      const code = newRoomCode((c) => registry.byRoomCode(c) !== undefined);
      const reserved = await this.snapshots.reserveNew(id, code);
      if (reserved.ok) return registry.create(ownerId, { id, code, epoch: reserved.epoch }, init);
    }
    throw new Error("Could not reserve a free room code");
  }

  /** The room, served here from now on; "busy" while another process still holds it; null if it is gone. */
  ensureRoom(roomId: string): Promise<EnsureResult> {
    const local = this.registry?.byRoomId(roomId);
    if (local) return Promise.resolve(local);
    if (this.draining) return Promise.resolve("busy");
    const handedOver = this.handedOverAt.get(roomId);
    if (handedOver !== undefined) {
      if (Date.now() - handedOver < RECENT_HANDOVER_MS) return Promise.resolve("busy");
      this.handedOverAt.delete(roomId);
    }
    let pending = this.inflight.get(roomId);
    if (!pending) {
      pending = this.claim(roomId).finally(() => this.inflight.delete(roomId));
      this.inflight.set(roomId, pending);
    }
    return pending;
  }

  async ensureRoomByCode(code: string): Promise<EnsureResult> {
    const local = this.registry?.byRoomCode(code);
    if (local) return local;
    const roomId = await this.snapshots.roomIdForCode(code);
    return roomId ? this.ensureRoom(roomId) : null;
  }

  /** The rooms a facilitator opened, on every process (their own-room cap counts these). */
  async roomsOf(ownerId: number): Promise<RoomCard[]> {
    const ids = await this.snapshots.roomsOf(ownerId);
    const rooms = await Promise.all(ids.map((id) => this.describe(id)));
    return rooms.flatMap((r) => (r && r.ownerId === ownerId ? [r.card] : []));
  }

  /**
   * The rooms a facilitator may lead, on every process, as the console lists them, oldest first:
   * the ones they opened, and the ones opened for a meeting of a group they lead (`groupIds`,
   * read from the shared store by the caller, so a co-leader the owner took off sees none).
   */
  async roomsLedBy(facilitatorId: number, groupIds: string[]): Promise<RoomCard[]> {
    const [own, grouped] = await Promise.all([this.snapshots.roomsOf(facilitatorId), this.snapshots.roomsOfGroups(groupIds)]);
    const led = new Set(groupIds);
    const rooms = await Promise.all([...new Set([...own, ...grouped])].map((id) => this.describe(id)));
    return rooms
      .flatMap((r) => (r && (r.ownerId === facilitatorId || (r.groupId !== null && led.has(r.groupId))) ? [r.card] : []))
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Open rooms on every process (the install-wide room cap). */
  countRooms(): Promise<number> {
    return this.snapshots.countRooms();
  }

  private async describe(roomId: string): Promise<{ card: RoomCard; ownerId: number; groupId: string | null } | null> {
    const local = this.registry?.byRoomId(roomId);
    if (local) {
      const { room } = local;
      return {
        card: { roomId, code: room.code, createdAt: room.snapshot().createdAt, screenToken: local.screenToken, seats: room.seatCount },
        ownerId: room.ownerId,
        groupId: room.agenda?.groupId ?? null,
      };
    }
    const saved = await this.snapshots.peek(roomId);
    // A card needs only the body's part, not the finished activities.
    const body = saved ? decodeRoomHead(saved.body) : null;
    if (!saved || !body) return null;
    return {
      card: { roomId, code: saved.code, createdAt: body.state.createdAt, screenToken: body.screenToken, seats: body.state.seatOrder.length },
      ownerId: saved.ownerId,
      groupId: body.state.agenda?.groupId ?? null,
    };
  }

  private async claim(roomId: string): Promise<EnsureResult> {
    const registry = this.mustRegistry();
    const deadline = Date.now() + this.config.leaseMs + 2_000;
    let lastAsked = 0;
    for (;;) {
      const outcome = await this.snapshots.claim(roomId);
      if (outcome.status === "gone") return null;
      if (outcome.status === "claimed") {
        registry.restore([outcome.room]);
        const handle = registry.byRoomId(roomId);
        if (!handle) return null; // idle past the limit: wiped instead
        this.claimedAt.set(roomId, Date.now());
        this.config.log(`[sammen] room ${handle.room.code} taken over (epoch ${outcome.room.epoch}).`);
        return handle;
      }
      const { lease } = outcome;
      if (Date.now() > deadline) return "busy";
      if (lease.owner !== this.nodeId && Date.now() - lastAsked > MIN_HOLD_MS) {
        lastAsked = Date.now();
        const answer = await this.handover.request(lease.owner, roomId, 1_500);
        if (answer === "released") continue;
      }
      await sleep(Math.min(250, Math.max(25, lease.expiresInMs)));
    }
  }

  private async onHandoverRequest(roomId: string): Promise<boolean> {
    const registry = this.registry;
    if (!registry?.byRoomId(roomId)) return false;
    const claimed = this.claimedAt.get(roomId);
    if (!this.draining && claimed !== undefined && Date.now() - claimed < MIN_HOLD_MS) return false;
    return this.letGo(roomId);
  }

  /** Write the room's last state, send its sockets away, release the lease. */
  private async letGo(roomId: string): Promise<boolean> {
    const registry = this.mustRegistry();
    if (!(await registry.handOver(roomId))) return false;
    this.handedOverAt.set(roomId, Date.now());
    this.claimedAt.delete(roomId);
    this.snapshots.forget(roomId);
    await this.leases.release(roomId).catch(() => false);
    return true;
  }

  /** Graceful stop: every room goes back to Redis with its lease released, so another process takes it at once. */
  async drain(): Promise<void> {
    this.draining = true;
    const ids = this.registry?.roomIds() ?? [];
    await Promise.all(ids.map((id) => this.letGo(id).catch(() => false)));
  }

  async close(): Promise<void> {
    this.leases.close();
    await this.handover.close();
    this.subscriber.disconnect();
    this.redis.disconnect();
  }

  private mustRegistry(): RoomRegistry {
    if (!this.registry) throw new Error("cluster node used before attach(registry)");
    return this.registry;
  }
}
