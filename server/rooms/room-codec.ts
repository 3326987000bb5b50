/**
 * What a room snapshot's body holds: the room's post-state exactly as the pure
 * core left it (ids, seeded-random results and clock readings included), plus
 * the screen token so the links the host sees stay the same (host tokens are
 * signed per login session, so they need nothing stored here). A
 * post-state needs no replay, so it stays exact however ids are made
 * (docs/operations.md, "Crash-safe rooms").
 */
import type { RoomState } from "../../shared/room/room.js";

export const SNAPSHOT_FORMAT = 1;

export interface RoomBody {
  state: RoomState;
  screenToken: string;
}

/**
 * The JSON of each `finished` list, by identity. The list holds up to ten earlier activities'
 * final states, most of a snapshot's bytes, and is replaced (never changed in place) only when an
 * activity starts or stops, or a seat is forgotten; so most writes reuse its text instead of
 * stringifying it again (the bench's 250-room burst spent 5 % of its CPU in this encoding).
 */
const finishedJson = new WeakMap<object, string>();

function finishedText(finished: RoomState["finished"]): string {
  let text = finishedJson.get(finished);
  if (text === undefined) {
    text = JSON.stringify(finished);
    finishedJson.set(finished, text);
  }
  return text;
}

export function encodeRoom(body: RoomBody): string {
  const { finished, ...rest } = body.state;
  if (!Array.isArray(finished) || Object.keys(rest).length === 0) return JSON.stringify({ format: SNAPSHOT_FORMAT, ...body });
  // The same JSON as stringifying the whole body, with the state's `finished` spliced in last.
  const head = JSON.stringify({ format: SNAPSHOT_FORMAT, screenToken: body.screenToken, state: rest });
  return `${head.slice(0, -2)},"finished":${finishedText(finished)}}}`;
}

/** The body back, or null when it is not one this version wrote (the room is then wiped, not guessed at). */
export function decodeRoom(text: string): RoomBody | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const o = parsed as Record<string, unknown>;
  if (o.format !== SNAPSHOT_FORMAT || typeof o.screenToken !== "string") return null;
  const state = o.state as Partial<RoomState> | null;
  if (!state || typeof state !== "object" || typeof state.id !== "string" || typeof state.version !== "number") return null;
  if (!state.seats || !Array.isArray(state.seatOrder)) return null;
  return { state: state as RoomState, screenToken: o.screenToken };
}
