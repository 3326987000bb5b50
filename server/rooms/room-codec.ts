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

export function encodeRoom(body: RoomBody): string {
  return JSON.stringify({ format: SNAPSHOT_FORMAT, ...body });
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
