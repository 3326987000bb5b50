/** Shared helpers for the cooperative games' unit tests (not a test file itself). */
import { seededIds } from "../../shared/room/ids.js";
import { expect } from "vitest";
import { isRejection, type Rejection, type RoomCtx } from "../../shared/activities/types.js";
import { seededRandom } from "../../shared/room/random.js";

export const SEATS = ["seat-aaaa", "seat-bbbb", "seat-cccc", "seat-dddd", "seat-eeee", "seat-ffff"];

export function makeCtx(over: Partial<RoomCtx> = {}): RoomCtx {
  return { seats: SEATS, present: SEATS, ageBand: "8-10", language: "nb", k: 3, random: seededRandom(7), newId: seededIds(seededRandom(77)), now: 1_000_000, ...over };
}

export function ok<T>(value: T): Exclude<T, Rejection> {
  if (isRejection(value)) throw new Error(`unexpected rejection ${value.code}: ${value.message}`);
  return value as Exclude<T, Rejection>;
}

export function rejected(value: unknown): { code: string } {
  if (!isRejection(value)) throw new Error(`expected a rejection, got ${JSON.stringify(value).slice(0, 200)}`);
  return value;
}

/** Words that must never appear as keys in any game view: no per-child score, rank, speed or error count. */
const FORBIDDEN_KEY = /score|rank|points|speed|fastest|slowest|error|fail|mistake|wrong|streak|elimin|who|by(Seat|Tablet)|perSeat(Count|Score)|seatId|avatar|holder|holds|lastSeen|arrival|joinOrder|placedBy|givenBy|planted(By|At)/i;

/** Walk a view and fail on any key that smells of per-child measures, and on any seat id anywhere. */
export function expectNoPerSeatMeasures(view: unknown, seatIds: readonly string[], where: string, allowKeys: readonly string[] = []): void {
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (!allowKeys.includes(k)) expect(k, `${where}: key ${path}.${k}`).not.toMatch(FORBIDDEN_KEY);
        walk(x, `${path}.${k}`);
      }
    }
  };
  walk(view, where);
  const json = JSON.stringify(view);
  for (const id of seatIds) expect(json, `${where} holds a seat id`).not.toContain(id);
}
