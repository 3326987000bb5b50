/**
 * The "Jeg vil si noe" hand in the pure room core: order of raising, the views that carry it
 * (host and the seat's own, never the projector), and that it is seat data, gone on kick,
 * release, leave and wipe, and absent from snapshots written before it existed.
 */
import { describe, expect, it } from "vitest";
import { activityKinds } from "../../shared/activities/registry.js";
import { isRejection } from "../../shared/errors.js";
import { createRoomCore } from "../../shared/room/core.js";
import { lowerAllHands, lowerHand, raiseHand } from "../../shared/room/hands.js";
import { createRoomState, wipeRoom, type RoomResult, type RoomState } from "../../shared/room/room.js";
import { decodeRoom, encodeRoom } from "../../server/rooms/room-codec.js";

const core = createRoomCore(activityKinds);
const viaStore = (state: RoomState): RoomState => {
  const { body, finished } = encodeRoom({ state, screenToken: "s" });
  return decodeRoom(body, finished)!.state;
};
const LINKS = { joinUrl: "http://127.0.0.1/join?code=ABCDE", screenToken: "screen-token" };
const clock = { now: 5_000, random: () => 0.5 };
const AVATARS = ["fox-blue", "bear-green", "owl-orange"] as const;

function ok(result: RoomResult): RoomState {
  if (isRejection(result)) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

function room(): { state: RoomState; seats: string[] } {
  let state = createRoomState({ id: "r1", code: "ABCDE", ownerId: 1, now: 1_000 });
  const seats = AVATARS.map((_, i) => `seatH${i}zz`);
  seats.forEach((id, i) => {
    state = ok(core.addSeat(state, id, AVATARS[i], clock));
    state = core.setPresence(state, id, "present", clock);
  });
  return { state, seats };
}

const hostHands = (state: RoomState) => core.hostView(state, LINKS, clock.now).hands.map((h) => [h.avatar, h.raisedAt]);

describe("the talking-round hand in the room core", () => {
  it("keeps the order of raising; a second raise keeps the place; lowering is idempotent", () => {
    let { state, seats } = room();
    state = ok(raiseHand(state, seats[2], 10));
    state = ok(raiseHand(state, seats[0], 20));
    const v = state.version;
    expect(ok(raiseHand(state, seats[2], 30))).toBe(state);
    expect(hostHands(state)).toEqual([["owl-orange", 10], ["fox-blue", 20]]);
    expect(core.seatView(state, seats[2], 0)!.handRaised).toBe(true);
    expect(core.seatView(state, seats[1], 0)!.handRaised).toBe(false);
    expect(ok(lowerHand(state, seats[1]))).toBe(state);
    state = ok(lowerHand(state, seats[2]));
    expect(state.version).toBe(v + 1);
    expect(hostHands(state)).toEqual([["fox-blue", 20]]);
    state = lowerAllHands(state);
    expect(hostHands(state)).toEqual([]);
    expect(lowerAllHands(state)).toBe(state);
  });

  it("refuses seats that are not in the room and changes nothing", () => {
    const { state } = room();
    const raise = raiseHand(state, "nosuchseat", 1);
    expect(isRejection(raise) && raise.code).toBe("FORBIDDEN");
    const lower = lowerHand(state, "__proto__");
    expect(isRejection(lower) && lower.code).toBe("NOT_ALLOWED");
  });

  it("never reaches the projector's view", () => {
    let { state, seats } = room();
    const before = JSON.stringify(core.screenView(state, LINKS, clock.now));
    for (const s of seats) state = ok(raiseHand(state, s, 7));
    const after = core.screenView(state, LINKS, clock.now);
    expect(JSON.stringify({ ...after, version: 0 })).toBe(JSON.stringify({ ...JSON.parse(before), version: 0 }));
  });

  it("goes with the seat on kick, leave and release, and with the room on wipe", () => {
    let { state, seats } = room();
    for (const s of seats) state = ok(raiseHand(state, s, 7));
    state = ok(core.kickSeat(state, seats[0], clock));
    expect(state.hands?.map((h) => h.seatId)).toEqual([seats[1], seats[2]]);
    state = core.setPresence(state, seats[1], "away", clock);
    expect(state.hands?.length).toBe(2); // a short drop-out keeps the place in the line
    state = core.setPresence(state, seats[1], "left", clock);
    expect(state.hands?.map((h) => h.seatId)).toEqual([seats[2]]);
    state = core.setPresence(state, seats[2], "left", clock);
    state = ok(raiseHand(state, seats[2], 8)); // a last message raced the leave
    expect(core.canReleaseSeat(state, seats[2], clock)).toBe(true); // a hand never blocks a release
    state = ok(core.releaseSeat(state, seats[2], clock));
    expect(state.hands).toEqual([]);
    state = ok(raiseHand(room().state, room().seats[0], 1));
    expect(wipeRoom(state).hands).toEqual([]);
  });

  it("restores from a snapshot written before the hand existed, and round-trips one that has it", () => {
    const { state, seats } = room();
    const { hands: _gone, ...old } = state;
    const restored = viaStore(old as RoomState);
    expect(core.hostView(restored, LINKS, 0).hands).toEqual([]);
    expect(core.seatView(restored, seats[0], 0)!.handRaised).toBe(false);
    const raised = ok(raiseHand(restored, seats[1], 3));
    const back = viaStore(raised);
    expect(hostHands(back)).toEqual([["bear-green", 3]]);
  });
});
