/**
 * The live rooms of this process, by code and by id. Creating a room signs its
 * host and screen tokens; ending one drops every reference to it.
 */
import { randomInt } from "node:crypto";
import { nanoid } from "nanoid";
import type { EndReason } from "../../shared/protocol.js";
import type { RoomCore } from "../../shared/room/core.js";
import { createRoomState } from "../../shared/room/room.js";
import { seededRandom } from "../../shared/room/random.js";
import type { TokenSigner } from "../security/tokens.js";
import { newRoomCode } from "./codes.js";
import { LiveRoom, type RoomOutbox } from "./live-room.js";

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
  maxSeatsPerRoom: number;
  now?: () => number;
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
  private readonly sweeper: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly deps: RegistryDeps) {
    this.now = deps.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweepIdle(), Math.min(60_000, Math.max(1_000, deps.roomIdleMs / 4)));
    this.sweeper.unref();
  }

  create(ownerId: number): RoomHandle {
    const code = newRoomCode((c) => this.byCode.has(c));
    const id = nanoid(12);
    const screenToken = this.deps.signer.sign({ role: "screen", roomId: id }, ROOM_TOKEN_TTL_MS);
    const room = new LiveRoom(createRoomState({ id, code, ownerId, now: this.now() }), {
      core: this.deps.core,
      outbox: this.deps.outbox(),
      links: { joinUrl: this.deps.joinUrlFor(code), screenToken },
      presenceGraceMs: this.deps.presenceGraceMs,
      fanoutWindowMs: this.deps.fanoutWindowMs,
      maxSeats: this.deps.maxSeatsPerRoom,
      now: this.now,
      random: seededRandom(randomInt(2 ** 31)),
      newSeatId: () => nanoid(12),
      onEnded: (r) => this.forget(r),
    });
    const signer = this.deps.signer;
    const handle: RoomHandle = {
      room,
      screenToken,
      hostTokenFor: (sid, ttlMs = ROOM_TOKEN_TTL_MS) => signer.sign({ role: "host", roomId: id, sid }, ttlMs),
    };
    this.byCode.set(code, handle);
    this.byId.set(id, handle);
    return handle;
  }

  byRoomCode(code: string): RoomHandle | undefined {
    return this.byCode.get(code);
  }

  byRoomId(id: string): RoomHandle | undefined {
    return this.byId.get(id);
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

  close(): void {
    clearInterval(this.sweeper);
  }

  private forget(room: LiveRoom): void {
    this.byCode.delete(room.code);
    this.byId.delete(room.id);
  }

  private sweepIdle(): void {
    const now = this.now();
    for (const handle of [...this.byId.values()]) {
      if (handle.room.idleFor(now) >= this.deps.roomIdleMs) handle.room.end("expired");
    }
  }
}
