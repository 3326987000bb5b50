/**
 * A snapshot is exact for every activity kind: the room's post-state, after
 * many random intents (the fuzz generators), comes back from its encoded body
 * identical, every role's view from it is identical, and the next intent
 * applied to the restored state gives the same result as on the original.
 * This is what lets a restart restore a room without replaying anything.
 */
import { describe, expect, it } from "vitest";
import { ACTIVITY_KIND_NAMES, activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";
import { createRoomState, FINISHED_KEPT, type RoomClock, type RoomState } from "../../shared/room/room.js";
import { seededRandom } from "../../shared/room/random.js";
import { isRejection } from "../../shared/errors.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { decodeRoom, encodeRoom } from "../../server/rooms/room-codec.js";
import { Gen, kindGenerators } from "../fuzz/generators.js";

const core = createRoomCore(activityKinds);
const links = { joinUrl: "http://127.0.0.1/join?code=ABCDE", screenToken: "screen-token" };
const SEATS = ["seat-aaaa", "seat-bbbb", "seat-cccc", "seat-dddd", "seat-eeee"];

/** A clock whose draws and ids are a pure function of its seed, so two copies stay in step. */
function clockAt(seed: number, now: number): RoomClock {
  let n = 0;
  return { now, random: seededRandom(seed), newId: () => `id${seed.toString(36)}${(n++).toString(36)}` };
}

/** Encode, then decode from the two texts a store keeps. */
const viaStore = (state: RoomState) => {
  const { body, finished } = encodeRoom({ state, screenToken: links.screenToken });
  return decodeRoom(body, finished);
};

function roundTrip(state: RoomState): RoomState {
  const body = viaStore(state);
  expect(body).not.toBeNull();
  return body!.state;
}

function views(state: RoomState, now: number) {
  return {
    host: core.hostView(state, links, now),
    screen: core.screenView(state, links, now),
    seats: SEATS.map((s) => core.seatView(state, s, now)),
  };
}

describe("room snapshot round trip", () => {
  it.each(ACTIVITY_KIND_NAMES)("%s: state, views and the next intent are the same after encode/decode", (kind) => {
    const g = new Gen(seededRandom(kind.length * 7919 + 11));
    let now = 1_000_000;
    let state = createRoomState({ id: "room-1", code: "ABCDE", ownerId: 1, now });
    SEATS.forEach((seatId, i) => {
      const next = core.addSeat(state, seatId, ALL_AVATARS[i], clockAt(i, now));
      if (isRejection(next)) throw new Error(next.message);
      state = core.setPresence(next, seatId, "present", clockAt(i, now));
    });
    const gen = kindGenerators[kind];
    if (!gen) throw new Error(`no fuzz generator for ${kind}`);
    const ctx = () => ({ g, hostActivity: views(state, now).host.activity?.view, seatActivity: null as unknown, seatIds: SEATS });
    const started = core.startActivity(state, kind, gen.config(ctx()), clockAt(99, now));
    if (isRejection(started)) throw new Error(`${kind}: ${started.message}`);
    state = started;
    const activityId = state.activity!.id;
    let applied = 0;
    for (let step = 0; step < 300; step++) {
      now += g.int(1, 400);
      const seatId = g.pick(SEATS);
      const byHost = g.chance(0.3);
      const c = { ...ctx(), seatActivity: core.seatView(state, seatId, now)?.activity?.view };
      const action = byHost ? gen.host(c) : gen.seat(c);
      const actor = byHost ? ({ role: "host" } as const) : ({ role: "seat", seatId } as const);
      const next = core.actOnActivity(state, activityId, action, actor, clockAt(step, now));
      if (!isRejection(next)) {
        state = next;
        applied++;
      }
      if (core.activityTicks(state)) state = core.tickActivity(state, clockAt(step + 1000, now));
      if (step % 25 === 0 || step === 299) {
        const restored = roundTrip(state);
        expect(restored).toStrictEqual(state);
        expect(views(restored, now)).toStrictEqual(views(state, now));
        // The next intent on the restored room does exactly what it does on the original.
        const probe = byHost ? gen.host(c) : gen.seat(c);
        const a = core.actOnActivity(state, activityId, probe, actor, clockAt(step + 5000, now + 1));
        const b = core.actOnActivity(restored, activityId, probe, actor, clockAt(step + 5000, now + 1));
        expect(b).toStrictEqual(a);
      }
    }
    expect(applied).toBeGreaterThan(0);
  });

  it("a body this version did not write is refused (the room is then wiped, not guessed at)", () => {
    expect(decodeRoom("not json", "[]")).toBeNull();
    expect(decodeRoom(JSON.stringify({ format: 99, state: {}, screenToken: "x" }), "[]")).toBeNull();
    expect(decodeRoom(JSON.stringify({ format: 1, state: { id: 1 }, screenToken: "x" }), undefined)).toBeNull();
    expect(decodeRoom(JSON.stringify({ format: 2, state: null, screenToken: "x" }), "[]")).toBeNull();
  });

  it("a body of this format without its finished activities, or with ones that are not a list, is refused, not restored without them", () => {
    const state = createRoomState({ id: "room-9", code: "ABCDE", ownerId: 1, now: 5 });
    const { body, finished } = encodeRoom({ state, screenToken: "x" });
    expect(decodeRoom(body, finished)!.state).toStrictEqual(state);
    expect(decodeRoom(body, undefined)).toBeNull();
    expect(decodeRoom(body, "{}")).toBeNull();
    expect(decodeRoom(body, "[")).toBeNull();
  });
});

describe("room snapshot encoding", () => {
  /** A room that ran `rounds` check-ins, so its `finished` list holds their final states. */
  function roomAfterRounds(rounds: number): RoomState {
    let now = 2_000_000;
    let state = createRoomState({ id: "room-2", code: "FGHJK", ownerId: 1, now });
    SEATS.forEach((seatId, i) => {
      const next = core.addSeat(state, seatId, ALL_AVATARS[i], clockAt(i, now));
      if (isRejection(next)) throw new Error(next.message);
      state = core.setPresence(next, seatId, "present", clockAt(i, now));
    });
    for (let r = 0; r < rounds; r++) {
      now += 1000;
      const started = core.startActivity(state, "checkin", { moment: "checkin" }, clockAt(r, now));
      if (isRejection(started)) throw new Error(started.message);
      state = started;
      for (const seatId of SEATS) {
        const next = core.actOnActivity(state, state.activity!.id, { type: "answer", feeling: "glad" }, { role: "seat", seatId }, clockAt(r, now));
        if (isRejection(next)) throw new Error(next.message);
        state = next;
      }
    }
    return state;
  }

  it("holds exactly what stringifying the state holds: the finished activities in a text of their own, the rest in the body", () => {
    const state = roomAfterRounds(4);
    expect(state.finished.length).toBe(3);
    const { body, finished } = encodeRoom({ state, screenToken: links.screenToken });
    const { finished: runs, ...rest } = state;
    expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify({ format: 2, state: rest, screenToken: links.screenToken })));
    expect(JSON.parse(finished)).toEqual(JSON.parse(JSON.stringify(runs)));
    expect(JSON.parse(body).state).not.toHaveProperty("finished");
    expect(decodeRoom(body, finished)!.state).toEqual(state);
  });

  it("a body written by the build before (format 1, the finished activities inside) still restores whole", () => {
    const state = roomAfterRounds(3);
    const old = JSON.stringify({ format: 1, screenToken: links.screenToken, state });
    expect(decodeRoom(old, undefined)).toEqual({ state, screenToken: links.screenToken });
    // …and without its list it is not one that build wrote.
    const { finished: _runs, ...rest } = state;
    expect(decodeRoom(JSON.stringify({ format: 1, screenToken: "x", state: rest }), undefined)).toBeNull();
  });

  it("a finished list with one more run is the list's JSON, at the cap too, and after a forgotten seat", () => {
    // The codec joins the kept texts of the earlier runs (room-codec.ts, finishedText): whatever it
    // kept, the text must be what JSON.stringify makes of the list now.
    let state = roomAfterRounds(2);
    for (let r = 0; r < FINISHED_KEPT + 2; r++) {
      expect(encodeRoom({ state, screenToken: "x" }).finished).toBe(JSON.stringify(state.finished));
      const next = core.startActivity(state, "checkin", { moment: "checkin" }, clockAt(40 + r, 3_000_000 + r));
      if (isRejection(next)) throw new Error(next.message);
      // The earlier runs are the same objects: only the new one is stringified.
      if (r > 0 && state.finished.length < FINISHED_KEPT) expect(next.finished[0]).toBe(state.finished[0]);
      const answered = core.actOnActivity(next, next.activity!.id, { type: "answer", feeling: "glad" }, { role: "seat", seatId: SEATS[0] }, clockAt(40 + r, 3_000_000 + r));
      if (isRejection(answered)) throw new Error(answered.message);
      state = answered;
    }
    expect(state.finished).toHaveLength(FINISHED_KEPT);
    const { finished } = encodeRoom({ state, screenToken: "x" });
    expect(finished).toBe(JSON.stringify(state.finished));
    expect(decodeRoom(encodeRoom({ state, screenToken: "x" }).body, finished)!.state).toEqual(state);
    // Forgetting a seat rewrites the runs that held it: their texts are made afresh.
    const forgotten = core.kickSeat(state, SEATS[0], clockAt(99, 4_000_000));
    if (isRejection(forgotten)) throw new Error(forgotten.message);
    const after = encodeRoom({ state: forgotten, screenToken: "x" }).finished;
    expect(after).toBe(JSON.stringify(forgotten.finished));
    expect(after).not.toBe(finished);
  });

  it("a later state with the same finished list and a changed running activity encodes the change", () => {
    const before = roomAfterRounds(3);
    const first = encodeRoom({ state: before, screenToken: links.screenToken });
    const after = core.actOnActivity(before, before.activity!.id, { type: "pass" }, { role: "seat", seatId: SEATS[0] }, clockAt(7, 3_000_000));
    if (isRejection(after)) throw new Error(after.message);
    expect(after.finished).toBe(before.finished); // the list is shared, so its text is reused
    expect(after.seats).toBe(before.seats); // and so are the seats
    const second = encodeRoom({ state: after, screenToken: links.screenToken });
    expect(second.body).not.toBe(first.body);
    // The same list gives the very same string: the snapshot writer leaves it out of the save by identity.
    expect(second.finished).toBe(first.finished);
    expect(decodeRoom(second.body, second.finished)!.state).toEqual(after);
    // A new list (the activity stopped) is encoded afresh, not taken from the old one's text.
    const stopped = core.stopActivity(after, after.activity!.id);
    if (isRejection(stopped)) throw new Error(stopped.message);
    const third = encodeRoom({ state: stopped, screenToken: links.screenToken });
    expect(third.finished).not.toBe(first.finished);
    expect(decodeRoom(third.body, third.finished)!.state).toEqual(stopped);
  });
});
