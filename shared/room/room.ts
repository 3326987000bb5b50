/**
 * Room state and its pure transitions. The server's LiveRoom owns one of these
 * and adds time (grace periods, fan-out, expiry); everything here is a plain
 * function of (state, input) so it can be unit-tested and fuzzed without sockets.
 * The room knows activities only through the registry's erased interface.
 */
import { findActivityKind } from "../activities/registry.js";
import { isRejection, reject, type Rejection, type RoomCtx } from "../activities/types.js";
import type { PresenceState } from "../protocol.js";
import { DEFAULT_SETTINGS, type Actor, type AvatarId, type RoomSettings, type SeatId } from "./types.js";

export interface SeatRecord {
  seatId: SeatId;
  avatar: AvatarId;
  presence: PresenceState;
  helpRequestedAt: number | null;
}

export interface RunningActivity {
  id: string;
  kind: string;
  state: unknown;
}

export interface RoomState {
  id: string;
  code: string;
  ownerId: number;
  createdAt: number;
  version: number;
  locked: boolean;
  settings: RoomSettings;
  /** Join order is kept only for the host's list; no role view exposes it to others. */
  seatOrder: readonly SeatId[];
  seats: Readonly<Record<SeatId, SeatRecord>>;
  /** Seats the host removed: their tokens stay refused for the room's life. */
  kicked: readonly SeatId[];
  activity: RunningActivity | null;
  activitySerial: number;
}

export type RoomResult = RoomState | Rejection;

export function createRoomState(init: { id: string; code: string; ownerId: number; now: number }): RoomState {
  return {
    id: init.id,
    code: init.code,
    ownerId: init.ownerId,
    createdAt: init.now,
    version: 1,
    locked: false,
    settings: { ...DEFAULT_SETTINGS },
    seatOrder: [],
    seats: {},
    kicked: [],
    activity: null,
    activitySerial: 0,
  };
}

/** Seats that belong to the room (not kicked), in join order. */
export function roomSeats(state: RoomState): SeatRecord[] {
  return state.seatOrder.map((id) => state.seats[id]).filter((s): s is SeatRecord => s !== undefined);
}

export function takenAvatars(state: RoomState): Set<AvatarId> {
  return new Set(roomSeats(state).map((s) => s.avatar));
}

export function buildCtx(state: RoomState, clock: { now: number; random: () => number }): RoomCtx {
  return {
    seats: state.seatOrder.filter((id) => state.seats[id] !== undefined),
    ageBand: state.settings.ageBand,
    language: state.settings.language,
    k: state.settings.k,
    random: clock.random,
    now: clock.now,
  };
}

function bump(state: RoomState, next: Omit<RoomState, "version">): RoomState {
  return { ...next, version: state.version + 1 };
}

export function addSeat(state: RoomState, seatId: SeatId, avatar: AvatarId): RoomResult {
  if (state.locked) return reject("NOT_ALLOWED", "The room is locked.");
  if (takenAvatars(state).has(avatar)) return reject("NOT_ALLOWED", "That avatar is taken.");
  const seat: SeatRecord = { seatId, avatar, presence: "away", helpRequestedAt: null };
  return bump(state, { ...state, seats: { ...state.seats, [seatId]: seat }, seatOrder: [...state.seatOrder, seatId] });
}

export function setPresence(state: RoomState, seatId: SeatId, presence: PresenceState): RoomState {
  const seat = state.seats[seatId];
  if (!seat || seat.presence === presence) return state;
  return bump(state, { ...state, seats: { ...state.seats, [seatId]: { ...seat, presence } } });
}

export function setLocked(state: RoomState, locked: boolean): RoomState {
  return state.locked === locked ? state : bump(state, { ...state, locked });
}

export function configure(state: RoomState, patch: Partial<RoomSettings>): RoomState {
  const settings: RoomSettings = {
    k: patch.k ?? state.settings.k,
    ageBand: patch.ageBand ?? state.settings.ageBand,
    language: patch.language ?? state.settings.language,
  };
  const same =
    settings.k === state.settings.k && settings.ageBand === state.settings.ageBand && settings.language === state.settings.language;
  return same ? state : bump(state, { ...state, settings });
}

/** Remove a seat and everything it contributed; its token is refused from now on. */
export function kickSeat(state: RoomState, seatId: SeatId, clock: { now: number; random: () => number }): RoomResult {
  if (!state.seats[seatId]) return reject("NOT_ALLOWED", "No such seat in this room.");
  const seats = { ...state.seats };
  delete seats[seatId];
  const without: RoomState = { ...state, seats, seatOrder: state.seatOrder.filter((id) => id !== seatId), kicked: [...state.kicked, seatId] };
  let activity = state.activity;
  if (activity) {
    const kind = findActivityKind(activity.kind);
    if (kind) activity = { ...activity, state: kind.forgetSeat(activity.state, seatId, buildCtx(without, clock)) };
  }
  return bump(state, { ...without, activity });
}

export function startActivity(
  state: RoomState,
  kindName: string,
  rawConfig: unknown,
  clock: { now: number; random: () => number },
): RoomResult {
  const kind = findActivityKind(kindName);
  if (!kind) return reject("INVALID", `Unknown activity kind "${kindName}".`);
  const parsed = kind.config.safeParse(rawConfig);
  if (!parsed.success) return reject("INVALID", `Invalid ${kindName} config: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const serial = state.activitySerial + 1;
  const activityState: unknown = kind.init(parsed.data, buildCtx(state, clock));
  return bump(state, { ...state, activitySerial: serial, activity: { id: `a${serial}`, kind: kindName, state: activityState } });
}

export function stopActivity(state: RoomState, activityId: string): RoomResult {
  if (!state.activity) return reject("STALE", "No activity is running.");
  if (state.activity.id !== activityId) return reject("STALE", "That activity is no longer running.");
  return bump(state, { ...state, activity: null });
}

export function actOnActivity(
  state: RoomState,
  activityId: string,
  rawAction: unknown,
  actor: Actor,
  clock: { now: number; random: () => number },
): RoomResult {
  if (!state.activity) return reject("STALE", "No activity is running.");
  if (state.activity.id !== activityId) return reject("STALE", "That activity is no longer running.");
  if (actor.role === "seat" && !state.seats[actor.seatId]) return reject("FORBIDDEN", "This seat is not in the room.");
  const kind = findActivityKind(state.activity.kind);
  if (!kind) return reject("INVALID", "Unknown activity kind.");
  const parsed = kind.action.safeParse(rawAction);
  if (!parsed.success) return reject("INVALID", `Invalid action: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const next: unknown = kind.reduce(state.activity.state, parsed.data, actor, buildCtx(state, clock));
  if (isRejection(next)) return next;
  if (next === state.activity.state) return state;
  return bump(state, { ...state, activity: { ...state.activity, state: next } });
}

/** One open alert per seat: asking again while one is open changes nothing. */
export function requestHelp(state: RoomState, seatId: SeatId, now: number): RoomState {
  const seat = state.seats[seatId];
  if (!seat || seat.helpRequestedAt !== null) return state;
  return bump(state, { ...state, seats: { ...state.seats, [seatId]: { ...seat, helpRequestedAt: now } } });
}

export function resolveHelp(state: RoomState, seatId: SeatId): RoomResult {
  const seat = state.seats[seatId];
  if (!seat) return reject("NOT_ALLOWED", "No such seat in this room.");
  if (seat.helpRequestedAt === null) return state;
  return bump(state, { ...state, seats: { ...state.seats, [seatId]: { ...seat, helpRequestedAt: null } } });
}
