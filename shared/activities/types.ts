/**
 * The activity plugin contract. A kind is a pure definition: the room core
 * validates, routes the action to the running activity, bumps the version and
 * fans out the views; it never looks inside an activity's state.
 */
import type { z } from "zod";
import type { ErrorCode } from "../protocol.js";
import type { Actor, AgeBand, Language, SeatId } from "../room/types.js";
import type { ActivityKindName, ActivityViews } from "./registry.js";

/** What an activity may know of its room. */
export interface RoomCtx {
  /** Seats currently in the room (present or away; not kicked), in a stable order. */
  seats: readonly SeatId[];
  /**
   * The seats of `seats` whose tablet is here or inside its grace period (presence not "left"),
   * in the same order. Undefined only in hand-built contexts; read it through `presentSeats(ctx)`.
   */
  present?: readonly SeatId[];
  /**
   * Final states of activities that ran earlier in this room, oldest first, for a kind that
   * builds on an earlier one (check-out reads the check-in). Wiped with the room.
   */
  finished?: readonly { kind: string; state: unknown }[];
  ageBand: AgeBand;
  language: Language;
  /** Disclosure threshold for the projector. */
  k: number;
  /** Seeded random source: reducers stay replayable. */
  random: () => number;
  /** Server clock (ms since epoch) at the time of the action. */
  now: number;
}

/** Seats taking part now: `ctx.present`, or every seat when a hand-built context has none. */
export function presentSeats(ctx: RoomCtx): readonly SeatId[] {
  return ctx.present ?? ctx.seats;
}

/** How often the server calls a running activity's `tick`. */
export const ACTIVITY_TICK_MS = 100;

export type RejectionCode = Extract<ErrorCode, "NOT_ALLOWED" | "STALE" | "FORBIDDEN" | "INVALID" | "RATE_LIMITED">;
export interface Rejection {
  rejected: true;
  code: RejectionCode;
  message: string;
}
export function reject(code: RejectionCode, message: string): Rejection {
  return { rejected: true, code, message };
}
export function isRejection(value: unknown): value is Rejection {
  return typeof value === "object" && value !== null && (value as { rejected?: unknown }).rejected === true;
}

export interface ViewShapes {
  host: unknown;
  screen: unknown;
  seat: unknown;
}

export interface ActivityKind<Config, State, Action, Views extends ViewShapes, Input = never> {
  kind: string;
  config: z.ZodType<Config>;
  action: z.ZodType<Action>;
  init(config: Config, ctx: RoomCtx): State;
  reduce(state: State, action: Action, actor: Actor, ctx: RoomCtx): State | Rejection;
  /** Drop everything a seat contributed (kick, or the room forgetting a seat). */
  forgetSeat(state: State, seatId: SeatId, ctx: RoomCtx): State;
  /**
   * Optional live input (holds, drags): sent by tablets as volatile `activity:input` events at
   * most 20 times a second, coalesced per seat by the server (latest wins), never acknowledged
   * individually. Only a tablet sends input. Pure, like `reduce`.
   */
  input?: {
    schema: z.ZodType<Input>;
    reduce(state: State, input: Input, actor: Extract<Actor, { role: "seat" }>, ctx: RoomCtx): State | Rejection;
  };
  /**
   * Optional: time passing. While an activity with `tick` runs, the server calls it about every
   * ACTIVITY_TICK_MS (never during a calm-down) with `ctx.now`. Return the same state when
   * nothing changed, so no update goes out. Pure.
   */
  tick?(state: State, ctx: RoomCtx): State;
  /**
   * Optional: the set of present seats changed (a tablet joined, came back, left after its grace
   * period, or was removed). `ctx.present` is the new set. Rebalance here (e.g. redeal pieces).
   */
  seatsChanged?(state: State, ctx: RoomCtx): State;
  /**
   * Optional: how many shared-goal milestones this run has reached. Must never go down; the room
   * lights one lamp of its shared goal meter for each new milestone.
   */
  milestones?(state: State): number;
  view: {
    host(state: State, ctx: RoomCtx): Views["host"];
    /** Must pass any distribution through `groupPicture` (shared/room/disclosure.ts). */
    screen(state: State, ctx: RoomCtx): Views["screen"];
    seat(state: State, seatId: SeatId, ctx: RoomCtx): Views["seat"];
  };
}

/** Erased form the room core holds; only the registry knows the concrete types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erasure boundary, never on the wire
export type AnyActivityKind = ActivityKind<any, any, any, ViewShapes, any>;

export type ViewRole = keyof ViewShapes;

/** The activity part of a role's view, typed per kind. */
export type ActivityViewEnvelope<R extends ViewRole = ViewRole> = {
  [K in ActivityKindName]: { id: string; kind: K; view: ActivityViews<K>[R] };
}[ActivityKindName];
