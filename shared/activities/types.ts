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
  ageBand: AgeBand;
  language: Language;
  /** Disclosure threshold for the projector. */
  k: number;
  /** Seeded random source: reducers stay replayable. */
  random: () => number;
  /** Server clock (ms since epoch) at the time of the action. */
  now: number;
}

export type RejectionCode = Extract<ErrorCode, "NOT_ALLOWED" | "STALE" | "FORBIDDEN" | "INVALID">;
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

export interface ActivityKind<Config, State, Action, Views extends ViewShapes> {
  kind: string;
  config: z.ZodType<Config>;
  action: z.ZodType<Action>;
  init(config: Config, ctx: RoomCtx): State;
  reduce(state: State, action: Action, actor: Actor, ctx: RoomCtx): State | Rejection;
  /** Drop everything a seat contributed (kick, or the room forgetting a seat). */
  forgetSeat(state: State, seatId: SeatId, ctx: RoomCtx): State;
  view: {
    host(state: State, ctx: RoomCtx): Views["host"];
    /** Must pass any distribution through `groupPicture` (shared/room/disclosure.ts). */
    screen(state: State, ctx: RoomCtx): Views["screen"];
    seat(state: State, seatId: SeatId, ctx: RoomCtx): Views["seat"];
  };
}

/** Erased form the room core holds; only the registry knows the concrete types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erasure boundary, never on the wire
export type AnyActivityKind = ActivityKind<any, any, any, ViewShapes>;

export type ViewRole = keyof ViewShapes;

/** The activity part of a role's view, typed per kind. */
export type ActivityViewEnvelope<R extends ViewRole = ViewRole> = {
  [K in ActivityKindName]: { id: string; kind: K; view: ActivityViews<K>[R] };
}[ActivityKindName];
