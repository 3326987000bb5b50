/**
 * Who is connected, and the grace period of a tablet that dropped. Names follow
 * the usual game-server hooks:
 *  - onJoin: a seat was claimed (it counts as away until its tablet connects);
 *  - onReconnect: a seat's tablet (re)connected, inside or after its grace period;
 *  - onDrop: a seat's last connection closed; its grace period starts;
 *  - onLeave: the grace period ran out; the seat no longer takes part.
 * This class only keeps counts and timers; the room decides what each hook does to state.
 */
import type { SeatId } from "../../shared/room/types.js";

export type ConnActor = { role: "host" } | { role: "screen" } | { role: "seat"; seatId: SeatId };

export interface PresenceHooks {
  onReconnect(seatId: SeatId): void;
  onDrop(seatId: SeatId): void;
  onLeave(seatId: SeatId): void;
}

export const actorKey = (actor: ConnActor) => (actor.role === "seat" ? `seat:${actor.seatId}` : actor.role);

export class PresenceTimers {
  private readonly connections = new Map<string, number>();
  private readonly graceTimers = new Map<SeatId, NodeJS.Timeout>();
  private emptySince: number;

  constructor(
    private readonly graceMs: number,
    private readonly now: () => number,
    private readonly hooks: PresenceHooks,
  ) {
    this.emptySince = now();
  }

  /** A seat was claimed: no socket yet, so its grace period starts now. */
  onJoin(seatId: SeatId): void {
    this.startGrace(seatId);
  }

  connected(actor: ConnActor): void {
    const key = actorKey(actor);
    this.connections.set(key, (this.connections.get(key) ?? 0) + 1);
    if (actor.role === "seat") {
      this.clearGrace(actor.seatId);
      this.hooks.onReconnect(actor.seatId);
    }
  }

  /** `stillSeated`: the seat is still in the room (a kicked seat has no grace period). */
  disconnected(actor: ConnActor, stillSeated: boolean): void {
    const key = actorKey(actor);
    const left = (this.connections.get(key) ?? 1) - 1;
    if (left > 0) this.connections.set(key, left);
    else this.connections.delete(key);
    if (this.connectedCount() === 0) this.emptySince = this.now();
    if (actor.role === "seat" && left <= 0 && stillSeated) {
      this.hooks.onDrop(actor.seatId);
      this.startGrace(actor.seatId);
    }
  }

  /** A seat is gone for good (kicked): no timer may fire for it. */
  forget(seatId: SeatId): void {
    this.clearGrace(seatId);
  }

  idleFor(now: number): number {
    return this.connectedCount() > 0 ? 0 : now - this.emptySince;
  }

  /** Since when nobody is connected; null while someone is. */
  idleSince(): number | null {
    return this.connectedCount() > 0 ? null : this.emptySince;
  }

  /**
   * After a restart: nobody is connected yet, and has not been since `since` (kept with the
   * room's snapshot); each seat that was here gets a fresh grace period to come back in.
   */
  resume(since: number, seats: SeatId[]): void {
    this.emptySince = since;
    for (const seatId of seats) this.startGrace(seatId);
  }

  clearAll(): void {
    for (const timer of this.graceTimers.values()) clearTimeout(timer);
    this.graceTimers.clear();
    this.connections.clear();
  }

  private connectedCount(): number {
    let n = 0;
    for (const c of this.connections.values()) n += c;
    return n;
  }

  private startGrace(seatId: SeatId): void {
    this.clearGrace(seatId);
    const timer = setTimeout(() => {
      this.graceTimers.delete(seatId);
      this.hooks.onLeave(seatId);
    }, this.graceMs);
    timer.unref();
    this.graceTimers.set(seatId, timer);
  }

  private clearGrace(seatId: SeatId): void {
    const timer = this.graceTimers.get(seatId);
    if (timer) clearTimeout(timer);
    this.graceTimers.delete(seatId);
  }
}
