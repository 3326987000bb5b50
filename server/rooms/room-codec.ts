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
 * The JSON of each part of a room's state, by identity. The pure core replaces a part when it
 * changes and never changes one in place (shared/room/room.ts), so a snapshot re-encodes only the
 * parts a commit replaced: in a round of answers that is the running activity, while the seats,
 * the settings and `finished` (up to ten earlier activities' final states, most of a snapshot's
 * bytes) keep their text. The bench's 250-room burst spent 5 % of its CPU stringifying whole rooms.
 */
const partJson = new WeakMap<object, string>();

function partText(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  let text = partJson.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    partJson.set(value, text);
  }
  return text;
}

/** The same JSON as stringifying the whole body, up to key order. */
export function encodeRoom(body: RoomBody): string {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(body.state)) {
    const text = partText(value);
    // As JSON.stringify: a key holding undefined is left out.
    if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{"format":${SNAPSHOT_FORMAT},"screenToken":${JSON.stringify(body.screenToken)},"state":{${fields.join(",")}}}`;
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
