/**
 * This process's room sockets by room and actor, with each actor's budgets. The outbox reaches a
 * seat's sockets here instead of through a Socket.IO room per seat and per role: a joined room
 * costs a set and a channel name per socket, and a broadcast per seat view (bench/NOTES.md has the
 * heap figures). A socket is in here from its admission until its "disconnect".
 *
 * Generic over the socket type so this module needs nothing of Socket.IO.
 */
import type { SeatId } from "../../shared/room/types.js";
import { TokenBucket } from "../security/rate-limit.js";

/** Whose sockets and budget: a seat, a host login session (one budget however many consoles) or the room's screens. */
export type ActorKey = { role: "seat"; seatId: SeatId } | { role: "host"; sid: string } | { role: "screen" };

export interface BudgetRates {
  intentBurst: number;
  intentsPerSecond: number;
  inputBurst: number;
  inputsPerSecond: number;
}

/**
 * One actor's sockets in one room (oldest first) and its two budgets, shared by all of them.
 * A bucket is made when it is first spent: one that was never spent is full, so an idle
 * socket carries none.
 */
export class ActorSockets<S> {
  /** Made with its first socket: a list literal has room for one, a pushed-to empty one for 17. */
  readonly sockets: S[];
  private intents: TokenBucket | null = null;
  private inputs: TokenBucket | null = null;
  constructor(
    private readonly rates: BudgetRates,
    first: S,
  ) {
    this.sockets = [first];
  }
  takeIntent(): boolean {
    return (this.intents ??= new TokenBucket(this.rates.intentBurst, this.rates.intentsPerSecond)).take();
  }
  takeInput(): boolean {
    return (this.inputs ??= new TokenBucket(this.rates.inputBurst, this.rates.inputsPerSecond)).take();
  }
  /** Both budgets full again: forgetting them now refills nothing that was not refilled already. */
  get budgetsFull(): boolean {
    return (this.intents?.full ?? true) && (this.inputs?.full ?? true);
  }
}

class RoomSockets<S> {
  readonly seats = new Map<SeatId, ActorSockets<S>>();
  readonly hosts = new Map<string, ActorSockets<S>>();
  screens: ActorSockets<S> | null = null;
}

export class LocalSockets<S> {
  private readonly rooms = new Map<string, RoomSockets<S>>();
  /** Actors kept (with or without sockets), for pruning budgets whose room has gone. */
  private actors = 0;
  constructor(
    private readonly rates: BudgetRates,
    /** Budgets of a room still served here outlive their sockets until full; others may go. */
    private readonly roomServed: (roomId: string) => boolean,
    private readonly maxActors = 20_000,
  ) {}

  /** Add an admitted socket; returns its actor (sockets oldest first, budgets). */
  add(roomId: string, key: ActorKey, socket: S): ActorSockets<S> {
    let room = this.rooms.get(roomId);
    if (!room) this.rooms.set(roomId, (room = new RoomSockets<S>()));
    let actor = this.lookup(room, key);
    if (actor) {
      actor.sockets.push(socket);
      return actor;
    }
    actor = new ActorSockets<S>(this.rates, socket);
    if (key.role === "seat") room.seats.set(key.seatId, actor);
    else if (key.role === "host") room.hosts.set(key.sid, actor);
    else room.screens = actor;
    this.actors++;
    return actor;
  }

  /**
   * Take a socket out (on its "disconnect"). Its actor's budgets stay while they are not full,
   * so reconnecting does not refill them.
   */
  remove(roomId: string, key: ActorKey, socket: S): void {
    const room = this.rooms.get(roomId);
    const actor = room && this.lookup(room, key);
    if (!room || !actor) return;
    const at = actor.sockets.indexOf(socket);
    if (at >= 0) actor.sockets.splice(at, 1);
    if (actor.sockets.length === 0 && actor.budgetsFull) this.forget(roomId, room, key);
    if (this.actors > this.maxActors) this.prune();
  }

  actor(roomId: string, key: ActorKey): ActorSockets<S> | undefined {
    const room = this.rooms.get(roomId);
    return room && this.lookup(room, key);
  }

  /** A seat's sockets here (none when it has none). */
  seat(roomId: string, seatId: SeatId): readonly S[] {
    return this.rooms.get(roomId)?.seats.get(seatId)?.sockets ?? NONE;
  }

  /** Every host socket of the room here, whichever login session it belongs to. */
  *hosts(roomId: string): Iterable<S> {
    const room = this.rooms.get(roomId);
    if (room) for (const actor of room.hosts.values()) yield* actor.sockets;
  }

  screens(roomId: string): readonly S[] {
    return this.rooms.get(roomId)?.screens?.sockets ?? NONE;
  }

  /** How many actors are kept (for tests: budgets must not pile up). */
  get size(): number {
    return this.actors;
  }

  private lookup(room: RoomSockets<S>, key: ActorKey): ActorSockets<S> | undefined {
    if (key.role === "seat") return room.seats.get(key.seatId);
    if (key.role === "host") return room.hosts.get(key.sid);
    return room.screens ?? undefined;
  }

  private forget(roomId: string, room: RoomSockets<S>, key: ActorKey): void {
    if (key.role === "seat") room.seats.delete(key.seatId);
    else if (key.role === "host") room.hosts.delete(key.sid);
    else room.screens = null;
    this.actors--;
    if (room.seats.size === 0 && room.hosts.size === 0 && room.screens === null) this.rooms.delete(roomId);
  }

  /** Drop every socketless actor whose budgets are full or whose room is no longer served here. */
  private prune(): void {
    for (const [roomId, room] of this.rooms) {
      const served = this.roomServed(roomId);
      const idle = (a: ActorSockets<S>) => a.sockets.length === 0 && (a.budgetsFull || !served);
      for (const [seatId, a] of room.seats) if (idle(a)) this.forget(roomId, room, { role: "seat", seatId });
      for (const [sid, a] of room.hosts) if (idle(a)) this.forget(roomId, room, { role: "host", sid });
      if (room.screens && idle(room.screens)) this.forget(roomId, room, { role: "screen" });
    }
  }
}

const NONE: readonly never[] = Object.freeze([]);
