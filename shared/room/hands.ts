/**
 * "Jeg vil si noe": the turn-taking hand for talking rounds. Low-stakes and separate from the
 * help button: a child raises and lowers its own hand, the host sees the raised hands in the
 * order they went up (host view only, never the projector or another tablet) and lowers one or
 * all. A hand is seat data: it goes when the seat is kicked, released or leaves, and with the
 * room (docs/privacy.md, "Jeg vil si noe").
 */
import { reject, type Rejection } from "../errors.js";
import type { SeatId } from "./types.js";

export interface RaisedHand {
  seatId: SeatId;
  /** Server time the hand went up; the list is in raising order, this is only shown. */
  at: number;
}

/** The part of the room state the hand needs; `hands` is optional so older snapshots restore. */
export interface HandsHolder {
  version: number;
  seats: Readonly<Record<SeatId, unknown>>;
  hands?: readonly RaisedHand[];
}

export function raisedHands(state: { hands?: readonly RaisedHand[] }): readonly RaisedHand[] {
  return state.hands ?? [];
}

export function handRaised(state: { hands?: readonly RaisedHand[] }, seatId: SeatId): boolean {
  return raisedHands(state).some((h) => h.seatId === seatId);
}

function withHands<S extends HandsHolder>(state: S, hands: readonly RaisedHand[]): S {
  return { ...state, hands, version: state.version + 1 };
}

/** Raising again while up changes nothing: the child keeps its place in the line. */
export function raiseHand<S extends HandsHolder>(state: S, seatId: SeatId, now: number): S | Rejection {
  if (!Object.prototype.hasOwnProperty.call(state.seats, seatId)) return reject("FORBIDDEN", "This seat is not in the room.");
  if (handRaised(state, seatId)) return state;
  return withHands(state, [...raisedHands(state), { seatId, at: now }]);
}

/**
 * The child takes its own hand down, or the host lowers it. A hand already down changes nothing
 * (two leaders lowering the same hand both succeed); a seat that is not in the room is refused.
 */
export function lowerHand<S extends HandsHolder>(state: S, seatId: SeatId): S | Rejection {
  if (!Object.prototype.hasOwnProperty.call(state.seats, seatId)) return reject("NOT_ALLOWED", "No such seat in this room.");
  if (!handRaised(state, seatId)) return state;
  return withHands(state, raisedHands(state).filter((h) => h.seatId !== seatId));
}

/** The host ends the talking round: every hand goes down. */
export function lowerAllHands<S extends HandsHolder>(state: S): S {
  return raisedHands(state).length === 0 ? state : withHands(state, []);
}

/** Without this seat's hand, no version bump (part of forgetting a seat or of it leaving). */
export function dropHand<S extends { hands?: readonly RaisedHand[] }>(state: S, seatId: SeatId): S {
  return handRaised(state, seatId) ? { ...state, hands: raisedHands(state).filter((h) => h.seatId !== seatId) } : state;
}
