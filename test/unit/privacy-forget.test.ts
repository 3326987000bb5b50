/**
 * Two privacy fixes in the pure core:
 *  - a check-in shown on the projector freezes group counts, not seat-keyed answers, so a
 *    child removed after the reveal leaves nothing under its seat id (only the kicked list);
 *  - ids of things children send come from crypto, never from the room's replayable stream.
 */
import { describe, expect, it } from "vitest";
import { activityKinds } from "../../shared/activities/registry.js";
import { isRejection } from "../../shared/errors.js";
import { createRoomCore } from "../../shared/room/core.js";
import { createRoomState, type RoomClock, type RoomResult, type RoomState } from "../../shared/room/room.js";
import { seededRandom } from "../../shared/room/random.js";

const core = createRoomCore(activityKinds);
const LINKS = { joinUrl: "http://127.0.0.1/join?code=ABCDE", screenToken: "screen-token" };
const AVATARS = ["fox-blue", "bear-green", "owl-orange", "cat-purple", "frog-blue"] as const;

function ok(result: RoomResult): RoomState {
  if (isRejection(result)) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

function roomWith(n: number, clock: RoomClock): { state: RoomState; seats: string[] } {
  let state = createRoomState({ id: "r1", code: "ABCDE", ownerId: 1, now: clock.now });
  const seats = AVATARS.slice(0, n).map((_, i) => `seatQ${i}zz`);
  seats.forEach((id, i) => {
    state = ok(core.addSeat(state, id, AVATARS[i], clock));
    state = core.setPresence(state, id, "present", clock);
  });
  return { state, seats };
}

/** Every place a string occurs in the serialised state, except the kicked list. */
function occurrencesOutsideKicked(state: RoomState, needle: string): number {
  return JSON.stringify({ ...state, kicked: [] }).split(needle).length - 1;
}

describe("privacy: forgetting a seat", () => {
  it("after a check-in reveal, a kicked seat's id is nowhere in room state but the kicked list, and the picture stays", () => {
    const clock = { now: 1_000, random: seededRandom(5) };
    let { state, seats } = roomWith(5, clock);
    state = ok(core.startActivity(state, "checkin", { tool: "faces" }, clock));
    const id = state.activity!.id;
    const feelings = ["glad", "glad", "glad", "trist", "redd"];
    seats.forEach((seatId, i) => {
      state = ok(core.actOnActivity(state, id, { type: "answer", feeling: feelings[i] }, { role: "seat", seatId }, clock));
    });
    state = ok(core.actOnActivity(state, id, { type: "reveal" }, { role: "host" }, clock));
    const pictureBefore = core.screenView(state, LINKS, clock.now).activity;
    expect(JSON.stringify(pictureBefore)).toContain("glad"); // the picture shows something

    const kicked = seats[3];
    expect(occurrencesOutsideKicked(state, kicked)).toBeGreaterThan(0); // the check is not vacuous
    state = ok(core.kickSeat(state, kicked, clock));

    expect(state.kicked).toEqual([kicked]);
    expect(occurrencesOutsideKicked(state, kicked)).toBe(0);
    expect(core.screenView(state, LINKS, clock.now).activity).toEqual(pictureBefore);
  });

  it("the same holds for a finished check-in kept for the check-out", () => {
    const clock = { now: 1_000, random: seededRandom(6) };
    let { state, seats } = roomWith(4, clock);
    state = ok(core.startActivity(state, "checkin", { tool: "faces" }, clock));
    const id = state.activity!.id;
    for (const seatId of seats) state = ok(core.actOnActivity(state, id, { type: "answer", feeling: "glad" }, { role: "seat", seatId }, clock));
    state = ok(core.actOnActivity(state, id, { type: "reveal" }, { role: "host" }, clock));
    state = ok(core.stopActivity(state, id));
    expect(state.finished).toHaveLength(1);
    state = ok(core.kickSeat(state, seats[0], clock));
    expect(occurrencesOutsideKicked(state, seats[0])).toBe(0);
  });

  it("wipeRoom leaves no seat id, answer or alert", () => {
    const clock = { now: 1_000, random: seededRandom(7) };
    let { state, seats } = roomWith(3, clock);
    state = ok(core.startActivity(state, "questionbox", {}, clock));
    state = ok(core.actOnActivity(state, state.activity!.id, { type: "ask", text: "Hvorfor blir mamma sint?" }, { role: "seat", seatId: seats[0] }, clock));
    state = core.kickSeat(state, seats[2], clock) as RoomState;
    const wiped = core.wipeRoom(state);
    const json = JSON.stringify(wiped);
    for (const seatId of seats) expect(json).not.toContain(seatId);
    expect(json).not.toContain("mamma");
    expect(wiped.version).toBeGreaterThan(state.version);
  });
});

describe("privacy: item ids are not drawn from the replayable stream", () => {
  const streamThatMustNotBeUsed = () => {
    throw new Error("an item id was drawn from the seeded stream");
  };

  it("a question, a word and a flower get ids without touching ctx.random", () => {
    const setup = { now: 1_000, random: seededRandom(1) };
    for (const [kind, action] of [
      ["questionbox", { type: "ask", text: "Er det min skyld?" }],
      ["wordcloud", { type: "send", word: "glad" }],
    ] as const) {
      let { state, seats } = roomWith(3, setup);
      state = ok(core.startActivity(state, kind, {}, setup));
      const act = core.actOnActivity(state, state.activity!.id, action, { role: "seat", seatId: seats[0] }, { now: 2_000, random: streamThatMustNotBeUsed });
      const next = ok(act);
      const items = (next.activity!.state as { items: { id: string }[] }).items;
      expect(items).toHaveLength(1);
      expect(items[0].id).toMatch(/^i[a-z0-9]{10}$/);
    }
  });

  it("two rooms with the same seed give different ids (crypto, not the stream)", () => {
    const ids = [1, 2].map(() => {
      const clock = { now: 1_000, random: seededRandom(42) };
      let { state, seats } = roomWith(3, clock);
      state = ok(core.startActivity(state, "questionbox", {}, clock));
      state = ok(core.actOnActivity(state, state.activity!.id, { type: "ask", text: "Hei?" }, { role: "seat", seatId: seats[0] }, clock));
      return (state.activity!.state as { items: { id: string }[] }).items[0].id;
    });
    expect(ids[0]).not.toBe(ids[1]);
  });
});
