/**
 * What a room snapshot holds: the room's post-state exactly as the pure core
 * left it (ids, seeded-random results and clock readings included), plus the
 * screen token so the links the host sees stay the same (host tokens are
 * signed per login session, so they need nothing stored here). A post-state
 * needs no replay, so it stays exact however ids are made (docs/operations.md,
 * "Crash-safe rooms").
 *
 * It is stored in two texts: the body (everything but the finished
 * activities) and the finished activities. The finished runs are most of a
 * room's bytes by the middle of a session (about 10 KB of a 12 KB room after
 * ten activities) and change only when an activity ends or a seat is
 * forgotten, while the body changes with every answer. Kept apart, an answer
 * rewrites one page of the database instead of three (bench/NOTES.md, issue
 * #19, sixth session).
 */
import type { RoomState } from "../../shared/room/room.js";

/** 2: the finished activities in a text of their own. 1 (older builds): inside the body's state. */
export const SNAPSHOT_FORMAT = 2;
const FORMAT_WITH_FINISHED_INSIDE = 1;

export interface RoomBody {
  state: RoomState;
  screenToken: string;
}

/** A room as the stores keep it. `finished` is the JSON of `state.finished`. */
export interface EncodedRoom {
  body: string;
  finished: string;
}

/**
 * The JSON of each part of a room's state, by identity. The pure core replaces a part when it
 * changes and never changes one in place (shared/room/room.ts; test/fuzz/core.test.ts freezes
 * every state the core returns and compares this text with a copy's), so a snapshot re-encodes only the
 * parts a commit replaced: in a round of answers that is the running activity, while the seats,
 * the settings and `finished` keep their text. The same part gives the same string object, so the
 * snapshot writer can tell an unchanged `finished` by identity (server/rooms/snapshot-writer.ts).
 * Keeping the texts of the objects inside a part as well (the earlier answers of a running check-in)
 * was tried and measured slower than stringifying the part again (bench/NOTES.md, issue #19, eighth
 * session): native JSON.stringify of a few hundred bytes costs less than walking them here. The
 * finished runs are the exception (finishedText): each is a whole activity, never changed once
 * archived, and there are up to ten of them.
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

/**
 * The finished list's JSON, each run's text kept by identity as well. Starting an activity
 * archives the running one: the new list holds the same run objects as the old one plus one, so
 * only the new run is stringified and the others' texts are joined (the same text as
 * JSON.stringify of the list). Stringifying the whole list afresh made every activity start cost
 * as much as all the earlier runs of the session (up to FINISHED_KEPT, about 7 KB of a room's
 * snapshot; bench/NOTES.md, issue #19, ninth session).
 */
function finishedText(runs: RoomState["finished"]): string {
  let text = partJson.get(runs);
  if (text === undefined) {
    text = `[${runs.map((run) => partText(run) ?? "null").join(",")}]`;
    partJson.set(runs, text);
  }
  return text;
}

/** `"key":` for each state key, made once: a room has about twenty and every write names them all. */
const keyPrefixes = new Map<string, string>();
function keyPrefix(key: string): string {
  let prefix = keyPrefixes.get(key);
  if (prefix === undefined) {
    prefix = `${JSON.stringify(key)}:`;
    // Bounded by the state's own keys; a stray key from an odd state is not worth keeping.
    if (keyPrefixes.size < 64) keyPrefixes.set(key, prefix);
  }
  return prefix;
}

/** The body has the same JSON as stringifying the state without `finished`, up to key order. */
export function encodeRoom(room: RoomBody): EncodedRoom {
  const state = room.state as unknown as Record<string, unknown>;
  let fields = "";
  for (const key in state) {
    if (key === "finished" || !Object.prototype.hasOwnProperty.call(state, key)) continue;
    const value = state[key];
    const text = typeof value === "number" || typeof value === "boolean" ? String(value) : partText(value);
    // As JSON.stringify: a key holding undefined is left out.
    if (text === undefined) continue;
    fields += fields === "" ? keyPrefix(key) + text : "," + keyPrefix(key) + text;
  }
  return {
    body: `{"format":${SNAPSHOT_FORMAT},"screenToken":${JSON.stringify(room.screenToken)},"state":{${fields}}}`,
    finished: finishedText(room.state.finished),
  };
}

/** The parts of a stored room that listing it needs, read from its body alone. */
export type RoomHead = { state: Omit<RoomState, "finished">; screenToken: string };

/** The body's part, or null when it is not one this version can read. */
export function decodeRoomHead(body: string): (RoomHead & { format: number }) | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const o = parsed as Record<string, unknown>;
  if ((o.format !== SNAPSHOT_FORMAT && o.format !== FORMAT_WITH_FINISHED_INSIDE) || typeof o.screenToken !== "string") return null;
  const state = o.state as Partial<RoomState> | null;
  if (!state || typeof state !== "object" || typeof state.id !== "string" || typeof state.version !== "number") return null;
  if (!state.seats || !Array.isArray(state.seatOrder)) return null;
  return { format: o.format, state: state as RoomState, screenToken: o.screenToken };
}

/**
 * The room back from its two texts, or null when they are not ones this version wrote (the room
 * is then wiped, not guessed at). A body of format 2 without its finished text is such a case: a
 * room with its earlier activities missing would look whole and be wrong. A body of format 1 (an
 * older build) carries its finished runs inside and needs no second text.
 */
export function decodeRoom(body: string, finished: string | undefined): RoomBody | null {
  const head = decodeRoomHead(body);
  if (!head) return null;
  const state = head.state as RoomState;
  if (head.format === FORMAT_WITH_FINISHED_INSIDE) {
    return Array.isArray(state.finished) ? { state, screenToken: head.screenToken } : null;
  }
  if (finished === undefined) return null;
  let runs: unknown;
  try {
    runs = JSON.parse(finished);
  } catch {
    return null;
  }
  if (!Array.isArray(runs)) return null;
  return { state: { ...state, finished: runs as RoomState["finished"] }, screenToken: head.screenToken };
}
