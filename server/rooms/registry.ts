/**
 * The live rooms of this process, by code and by id. Creating a room signs its
 * host and screen tokens; ending one drops every reference to it and wipes its
 * snapshot. At start, the rooms in the snapshot store come back (or, idle past
 * the limit, are wiped).
 */
import { randomInt } from "node:crypto";
import { nanoid } from "nanoid";
import type { EndReason } from "../../shared/protocol.js";
import type { AgendaState } from "../../shared/room/agenda.js";
import type { RoomCore } from "../../shared/room/core.js";
import { createRoomState } from "../../shared/room/room.js";
import type { RoomSettings } from "../../shared/room/types.js";
import { seededRandom } from "../../shared/room/random.js";
import type { TokenSigner } from "../security/tokens.js";
import { newRoomCode } from "./codes.js";
import { LiveRoom, type LiveRoomDeps, type RoomOutbox } from "./live-room.js";
import { decodeRoom, encodeRoom } from "./room-codec.js";
import { SeatFanout, type QueuedFlushes } from "./fanout.js";
import type { SnapshotWriter } from "./snapshot-writer.js";
import { FIRST_EPOCH, type ClaimedRoom, type RoomSnapshot } from "../store/room-snapshots.js";
import type { Ack } from "../../shared/protocol.js";
import type { RoomState } from "../../shared/room/room.js";

/** How many answered commandIds per actor are kept on disk (as many as the in-memory log). */
const COMMANDS_KEPT = 256;

export const ROOM_TOKEN_TTL_MS = 24 * 60 * 60_000;

export interface RegistryDeps {
  /** The room core bound to this server's activity kinds (built once in server/app.ts). */
  core: RoomCore;
  signer: TokenSigner;
  outbox: () => RoomOutbox;
  joinUrlFor: (code: string) => string;
  presenceGraceMs: number;
  roomIdleMs: number;
  fanoutWindowMs: number;
  presenceFanoutMs: number;
  maxSeatsPerRoom: number;
  /** Where snapshots go; without one, rooms live in memory only. */
  snapshots?: SnapshotWriter;
  log?: (line: string) => void;
  now?: () => number;
  /**
   * Told once when a room ends, for whatever outlives it (a group's list of held meetings, the
   * k-safe results it opted in to keep). `last` is the state before the wipe: read, never kept.
   */
  onRoomEnded?: (room: LiveRoom, reason: EndReason, last: RoomState) => void;
}

/** What a room opened for a group's meeting starts with. */
export interface RoomInit {
  settings?: RoomSettings;
  agenda?: AgendaState | null;
}

export interface RoomHandle {
  room: LiveRoom;
  /** A host token bound to one facilitator login session (`sid`): it stops working when that session ends. */
  hostTokenFor(sid: string, ttlMs?: number): string;
  screenToken: string;
}

export class RoomRegistry {
  private readonly byCode = new Map<string, RoomHandle>();
  private readonly byId = new Map<string, RoomHandle>();
  /** Rooms whose consoles and screens flush on the next turn: the tablets give way to them. */
  private readonly queuedFlushes: QueuedFlushes = { count: 0 };
  private readonly seatFanout = new SeatFanout({
    queued: this.queuedFlushes,
    onError: (error) =>
      (this.deps.log ?? console.error)(`[sammen] a room's tablet views failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  private readonly sweeper: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly deps: RegistryDeps) {
    this.now = deps.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweepIdle(), RoomRegistry.sweepEveryMs(deps.roomIdleMs));
    this.sweeper.unref();
  }

  /** The idle sweep (and the snapshot heartbeat) cadence: a quarter of the idle limit, 1 s to 60 s. */
  static sweepEveryMs(roomIdleMs: number): number {
    return Math.min(60_000, Math.max(1_000, roomIdleMs / 4));
  }

  /** A new room. With several processes, `reserved` is an id and code already unique across them, with the lease's epoch. */
  create(ownerId: number, reserved?: { id: string; code: string; epoch: number }, init: RoomInit = {}): RoomHandle {
    const code = reserved?.code ?? newRoomCode((c) => this.byCode.has(c));
    const id = reserved?.id ?? nanoid(12);
    const screenToken = this.deps.signer.sign({ role: "screen", roomId: id, code }, ROOM_TOKEN_TTL_MS);
    this.deps.snapshots?.own(id, reserved?.epoch ?? FIRST_EPOCH);
    const handle = this.open(createRoomState({ id, code, ownerId, now: this.now(), ...init }), screenToken);
    // Written at once, so a room whose host has not acted yet also survives a crash.
    handle.room.snapshotNow();
    return handle;
  }

  /**
   * Send these rooms' console and screen updates that are queued for this turn now, ahead of the
   * acknowledgements a snapshot write releases: the leader's console and the projector then show a
   * burst of answers without waiting for every tablet's acknowledgement of it (the tablets' own
   * updates ride on those acknowledgements, so they are not taken here; bench/NOTES.md, issue #19,
   * sixth session).
   */
  flushQueued(roomIds: string[]): void {
    for (const id of roomIds) this.byId.get(id)?.room.flushQueued();
  }

  /** Resolves once every change made so far is on disk (acknowledgements wait for this). */
  durable(): Promise<void> {
    return this.deps.snapshots?.durable() ?? Promise.resolve();
  }

  /**
   * Bring back the rooms the store holds. A room idle past the limit, or one
   * whose body this version cannot read, is wiped instead.
   */
  restore(claimed: ClaimedRoom[]): { restored: number; wiped: number } {
    const now = this.now();
    const wipe: string[] = [];
    let restored = 0;
    for (const { snapshot, epoch, commands } of claimed) {
      const body = decodeRoom(snapshot.body, snapshot.finished);
      const idleSince = snapshot.idleSince ?? snapshot.seenAt;
      if (!body || body.state.id !== snapshot.roomId || now - idleSince >= this.deps.roomIdleMs || this.byCode.has(snapshot.code)) {
        wipe.push(snapshot.roomId);
        continue;
      }
      this.deps.snapshots?.own(snapshot.roomId, epoch);
      const handle = this.open(body.state, body.screenToken);
      const answered = commands.flatMap((c) => {
        try {
          return [{ actor: c.actor, commandId: c.commandId, ack: JSON.parse(c.ack) as Ack }];
        } catch {
          return [];
        }
      });
      handle.room.resume({ idleSince, answered });
      restored++;
    }
    if (wipe.length && this.deps.snapshots) {
      const done = this.deps.snapshots.remove(wipe);
      this.wiping = this.wiping.then(() => done);
    }
    return { restored, wiped: wipe.length };
  }

  private open(state: RoomState, screenToken: string): RoomHandle {
    const snapshots = this.deps.snapshots;
    const deps: LiveRoomDeps = {
      core: this.deps.core,
      outbox: this.deps.outbox(),
      links: { joinUrl: this.deps.joinUrlFor(state.code), screenToken },
      presenceGraceMs: this.deps.presenceGraceMs,
      fanoutWindowMs: this.deps.fanoutWindowMs,
      presenceFanoutMs: this.deps.presenceFanoutMs,
      maxSeats: this.deps.maxSeatsPerRoom,
      now: this.now,
      random: seededRandom(randomInt(2 ** 31)),
      newSeatId: () => nanoid(12),
      seatsLater: (room) => this.seatFanout.queue(room),
      queuedFlushes: this.queuedFlushes,
      onEnded: (r, reason, last) => {
        this.forget(r);
        this.deps.onRoomEnded?.(r, reason, last);
      },
    };
    if (snapshots?.enabled) {
      const capture = (room: LiveRoom): RoomSnapshot => {
        const { body, finished } = encodeRoom({ state: room.snapshot(), screenToken });
        return { roomId: room.id, code: room.code, ownerId: room.ownerId, version: room.version, body, finished, idleSince: room.idleSince(), seenAt: this.now() };
      };
      deps.onCommitted = (room, awaited) => snapshots.changed(room.id, () => capture(room), awaited);
      deps.onAnswered = (room, actor, commandId, ack) => snapshots.answered({ roomId: room.id, actor, commandId, ack: JSON.stringify(ack) });
    }
    const room = new LiveRoom(state, deps);
    const signer = this.deps.signer;
    const handle: RoomHandle = {
      room,
      screenToken,
      hostTokenFor: (sid, ttlMs = ROOM_TOKEN_TTL_MS) => signer.sign({ role: "host", roomId: state.id, sid, code: state.code }, ttlMs),
    };
    this.byCode.set(state.code, handle);
    this.byId.set(state.id, handle);
    return handle;
  }

  byRoomCode(code: string): RoomHandle | undefined {
    return this.byCode.get(code);
  }

  byRoomId(id: string): RoomHandle | undefined {
    return this.byId.get(id);
  }

  /** Every room this process serves, in the order they were opened. */
  all(): RoomHandle[] {
    return [...this.byId.values()];
  }

  ownedBy(ownerId: number): RoomHandle[] {
    return [...this.byId.values()].filter((h) => h.room.ownerId === ownerId);
  }

  end(id: string, reason: EndReason): boolean {
    const handle = this.byId.get(id);
    if (!handle) return false;
    handle.room.end(reason); // calls forget through onEnded
    return true;
  }

  /** Numbers for health checks and tests; no child data. */
  stats(): { rooms: number; seats: number } {
    let seats = 0;
    for (const h of this.byId.values()) seats += h.room.seatCount;
    return { rooms: this.byId.size, seats };
  }

  endAll(reason: EndReason): void {
    for (const handle of [...this.byId.values()]) handle.room.end(reason);
  }

  /** Write every room as it is now (graceful stop), so idle time after the restart counts from here. */
  async flushAll(): Promise<void> {
    for (const handle of this.byId.values()) handle.room.snapshotNow();
    await this.deps.snapshots?.flush();
  }

  /**
   * Another process owns these rooms now (its epoch is higher): stop serving
   * them here without wiping what it keeps. Handing their sockets over is the
   * scale-out layer's job; a single process never gets here.
   */
  release(roomIds: string[], lost = true): void {
    for (const id of roomIds) {
      const handle = this.byId.get(id);
      if (!handle) continue;
      this.byCode.delete(handle.room.code);
      this.byId.delete(id);
      handle.room.detach(lost);
      this.deps.snapshots?.disown([id]);
      this.deps.outbox().moveAll(id);
      this.deps.log?.(`[sammen] room ${handle.room.code} is owned by another process now; released here.`);
    }
  }

  /**
   * Let a room go to another process on purpose (a hand-over, a graceful stop):
   * it stops changing here, its last state is written under this process's
   * epoch, then its sockets are sent away. The caller releases the lease after.
   */
  async handOver(roomId: string): Promise<boolean> {
    const handle = this.byId.get(roomId);
    if (!handle) return false;
    handle.room.snapshotNow();
    handle.room.detach();
    await this.deps.snapshots?.flush();
    // Written under this process's epoch (or fenced, which marks the room lost): not lost here.
    this.release([roomId], false);
    return true;
  }

  /** Ids of the rooms this process serves. */
  roomIds(): string[] {
    return [...this.byId.keys()];
  }

  /** Resolves when every wipe started so far is done. */
  wiped(): Promise<void> {
    return this.wiping;
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private wiping: Promise<void> = Promise.resolve();

  private forget(room: LiveRoom): void {
    if (this.byId.get(room.id)?.room !== room) return;
    this.byCode.delete(room.code);
    this.byId.delete(room.id);
    const snapshots = this.deps.snapshots;
    if (snapshots) {
      const wipe = snapshots.remove([room.id]).catch((error: unknown) => {
        this.deps.log?.(`[sammen] wiping the snapshot of a room failed: ${error instanceof Error ? error.message : String(error)}`);
      });
      this.wiping = this.wiping.then(() => wipe);
    }
  }

  private sweepIdle(): void {
    const now = this.now();
    const alive: string[] = [];
    for (const handle of [...this.byId.values()]) {
      if (handle.room.idleFor(now) >= this.deps.roomIdleMs) handle.room.end("expired");
      else if (handle.room.idleSince() === null) alive.push(handle.room.id);
    }
    if (alive.length) void this.deps.snapshots?.touch(alive, now);
    for (const id of alive) void this.deps.snapshots?.pruneCommands(id, COMMANDS_KEPT);
  }
}
