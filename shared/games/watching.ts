/**
 * "Jeg ser på" (I'm watching): in every cooperative game a child may step out
 * and watch, and step back in, at any moment. A watching tablet never blocks
 * or slows the group: each game sizes its goal and deals its parts from the
 * seats taking part (present, not watching), and a tablet whose network has
 * gone counts as not taking part for anything that needs a hand on the
 * tablet right now (docs/rules.md, "Watching is a first-class way to take part"). Who watches is never on the
 * projector and never counted there; the host sees only how many.
 * Pure and free of zod (the tablet bundle reads it); the action schema is in
 * ./actions.ts.
 */
import type { SeatId } from "../room/types.js";
import { connectedSeats, presentSeats, reject, type RoomCtx, type Rejection } from "../activities/types.js";

/** Seats that chose to watch in this run of the game. Server-private, like every per-seat record. */
export type Watching = Readonly<Record<SeatId, true>>;

export interface WatchAction {
  type: "watch";
  on: boolean;
}

export function isWatching(watching: Watching | undefined, seatId: SeatId): boolean {
  return watching !== undefined && Object.prototype.hasOwnProperty.call(watching, seatId);
}

/** Present seats (inside their grace period too) that take part: the ones a game deals to. */
export function takingPart(ctx: RoomCtx, watching: Watching | undefined): SeatId[] {
  return presentSeats(ctx).filter((s) => !isWatching(watching, s));
}

/** Seats taking part whose tablet is connected right now: the ones a live goal is sized for. */
export function takingPartNow(ctx: RoomCtx, watching: Watching | undefined): SeatId[] {
  return connectedSeats(ctx).filter((s) => !isWatching(watching, s));
}

/**
 * A tablet's "Jeg ser på" / "Bli med igjen". Allowed in every phase (a paused or
 * finished round is no reason to hold a child in). Returns the same object when
 * nothing changes; the game then rebalances what the seat held.
 */
export function setWatching(watching: Watching | undefined, actor: { role: string; seatId?: SeatId }, on: boolean): Watching | Rejection {
  if (actor.role !== "seat" || actor.seatId === undefined) return reject("FORBIDDEN", "Only a tablet can choose to watch.");
  const current = watching ?? {};
  if (isWatching(current, actor.seatId) === on) return current;
  const next: Record<SeatId, true> = { ...current };
  if (on) next[actor.seatId] = true;
  else delete next[actor.seatId];
  return next;
}

/** A seat that is forgotten (kicked, or wiped) is no longer watching either. */
export function forgetWatcher(watching: Watching | undefined, seatId: SeatId): Watching {
  const current = watching ?? {};
  if (!isWatching(current, seatId)) return current;
  const next: Record<SeatId, true> = { ...current };
  delete next[seatId];
  return next;
}

/** What the host may see: how many watch, never who (the console's per-seat list says nothing of it). */
export function watchersOf(watching: Watching | undefined, ctx: RoomCtx): number {
  return presentSeats(ctx).filter((s) => isWatching(watching, s)).length;
}
