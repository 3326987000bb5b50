/**
 * The room-level parts the games need, in the pure core: presence in RoomCtx
 * and the seatsChanged hook, live input and ticks, the calm-down (Pusterommet)
 * and the shared goal meter that only goes up, with its celebration.
 */
import { describe, expect, it } from "vitest";
import { buildCtx, celebrate, createRoomState, dismissCelebration, lightGoal, setGoalTarget, startCalm, stopCalm, type RoomState } from "../../shared/room/room.js";
import { CALM_LEAD_MS, breathAt, makeCalm } from "../../shared/room/calm.js";
import { GOAL_MAX_LIT } from "../../shared/room/goal.js";
import type { ByggsammenState } from "../../shared/activities/byggsammen/index.js";
import type { BallongenState } from "../../shared/activities/ballongen/index.js";
import { ok, rejected } from "./games-support.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";

const { actOnActivity, addSeat, inputToActivity, kickSeat, setPresence, startActivity, tickActivity, hostView, screenView, seatView } = createRoomCore(activityKinds);

const LINKS = { joinUrl: "http://x/join?code=ABCDE", screenToken: "screen-token" };
const clock = { now: 5_000_000, random: () => 0.42 };
const at = (now: number) => ({ now, random: clock.random });

function room(n: number): { state: RoomState; ids: string[] } {
  let state = createRoomState({ id: "r1", code: "ABCDE", ownerId: 1, now: clock.now });
  const ids: string[] = [];
  const avatars = ["fox-blue", "bear-green", "owl-orange", "cat-purple", "frog-blue", "lion-green"] as const;
  for (let i = 0; i < n; i++) {
    const id = `seat-${i}xyz`;
    ids.push(id);
    state = ok(addSeat(state, id, avatars[i]));
    state = setPresence(state, id, "present");
  }
  return { state, ids };
}

describe("room core: presence for activities", () => {
  it("RoomCtx.present leaves out seats that left after their grace period (away still counts)", () => {
    const { state, ids } = room(3);
    let s = setPresence(state, ids[0], "away");
    expect(buildCtx(s, clock).present).toEqual(ids);
    s = setPresence(s, ids[0], "left");
    expect(buildCtx(s, clock).present).toEqual(ids.slice(1));
    expect(buildCtx(s, clock).seats).toEqual(ids);
  });

  it("a seat leaving, coming back or joining late tells the running activity (Bygg sammen redeals)", () => {
    const { state, ids } = room(3);
    let s = ok(startActivity(state, "byggsammen", { motif: "regnbue" }, clock));
    const holderCount = (st: RoomState, id: string) =>
      Object.values((st.activity!.state as ByggsammenState).holder).filter((h) => h === id).length;
    expect(holderCount(s, ids[2])).toBeGreaterThan(0);
    // Its network drops: what it held goes on at once, so the group never waits out the grace
    // period (docs/rules.md, "Watching is a first-class way to take part"); back within it, it gets a part again.
    s = setPresence(s, ids[2], "away", clock);
    expect(holderCount(s, ids[2])).toBe(0);
    s = setPresence(s, ids[2], "present", clock);
    expect(holderCount(s, ids[2])).toBeGreaterThan(0);
    s = setPresence(s, ids[2], "left", clock);
    expect(holderCount(s, ids[2])).toBe(0);
    // A late tablet joins: once its tablet is connected, it gets pieces.
    s = ok(addSeat(s, "seat-late", "whale-blue", clock));
    s = setPresence(s, "seat-late", "present", clock);
    expect(holderCount(s, "seat-late")).toBeGreaterThan(0);
    // A kick also redeals.
    s = ok(kickSeat(s, ids[1], clock));
    expect(holderCount(s, ids[1])).toBe(0);
  });
});

describe("room core: live input and ticks", () => {
  it("input goes to the running kind's input schema; bad, stale or unsupported input changes nothing", () => {
    const { state, ids } = room(2);
    const seat = { role: "seat" as const, seatId: ids[0] };
    let s = ok(startActivity(state, "checkin", undefined, clock));
    expect(rejected(inputToActivity(s, "a1", { holding: true }, seat, clock)).code).toBe("NOT_ALLOWED");
    s = ok(startActivity(s, "ballongen", { targetSeconds: 5 }, clock));
    const id = s.activity!.id;
    expect(rejected(inputToActivity(s, "a1", { holding: true }, seat, clock)).code).toBe("STALE");
    expect(rejected(inputToActivity(s, id, { holding: "yes" }, seat, clock)).code).toBe("INVALID");
    expect(rejected(inputToActivity(s, id, { holding: true, extra: 1 }, seat, clock)).code).toBe("INVALID");
    expect(rejected(inputToActivity(s, id, { holding: true }, { role: "seat", seatId: "nobody1" }, clock)).code).toBe("FORBIDDEN");
    const held = ok(inputToActivity(s, id, { holding: true }, seat, at(clock.now + 100)));
    expect(held.version).toBe(s.version + 1);
  });

  it("ticks move time-based activities; a finished game lights a lamp on the shared goal", () => {
    const { state, ids } = room(2);
    let s = ok(startActivity(state, "ballongen", { targetSeconds: 5 }, clock));
    const id = s.activity!.id;
    let t = clock.now;
    while ((s.activity!.state as BallongenState).round.phase === "running" && t < clock.now + 60_000) {
      t += 100;
      for (const seatId of ids) s = ok(inputToActivity(s, id, { holding: true }, { role: "seat", seatId }, at(t)));
      s = tickActivity(s, at(t + 50));
    }
    expect((s.activity!.state as BallongenState).round.phase).toBe("success");
    expect(s.goal.lit).toBe(1);
    // A tick with nothing to do changes nothing (no version bump, no update sent).
    expect(tickActivity(s, at(t + 500))).toBe(s);
    // A new round and a second success: a second lamp.
    s = ok(actOnActivity(s, id, { type: "newRound" }, { role: "host" }, at(t + 1000)));
    expect(s.goal.lit).toBe(1);
  });

  it("nothing moves under a calm-down: input and ticks are ignored until it ends", () => {
    const { state, ids } = room(2);
    let s = ok(startActivity(state, "ballongen", { targetSeconds: 5 }, clock));
    const id = s.activity!.id;
    s = startCalm(s, "4-4", 2, clock.now);
    const during = at(clock.now + 3000);
    expect(inputToActivity(s, id, { holding: true }, { role: "seat", seatId: ids[0] }, during)).toBe(s);
    expect(tickActivity(s, during)).toBe(s);
  });
});

describe("room core: Pusterommet", () => {
  it("starts a lead time ahead on the server clock, for every role, and ends by its own time", () => {
    const { state, ids } = room(2);
    const s = startCalm(state, "4-6", 3, clock.now);
    expect(s.calm).toMatchObject({ n: 1, pattern: "4-6", inMs: 4000, outMs: 6000, cycles: 3, startAt: clock.now + CALM_LEAD_MS });
    const calm = s.calm!;
    expect(calm.endsAt).toBeGreaterThanOrEqual(calm.startAt + 3 * 10_000);
    const now = clock.now + 100;
    expect(screenView(s, LINKS, now).calm).toEqual(calm);
    expect(hostView(s, LINKS, now).calm).toEqual(calm);
    expect(seatView(s, ids[0], now)!.calm).toEqual(calm);
    // After its end time every view is back to normal, even before the server clears it.
    expect(screenView(s, LINKS, calm.endsAt + 1).calm).toBeNull();
  });

  it("works from any activity and returns to exactly where everyone was", () => {
    const { state, ids } = room(3);
    let s = ok(startActivity(state, "checkin", undefined, clock));
    s = ok(actOnActivity(s, "a1", { type: "answer", feeling: "glad" }, { role: "seat", seatId: ids[0] }, clock));
    const before = s.activity;
    s = startCalm(s, "4-5", 2, clock.now);
    expect(s.activity).toBe(before);
    s = stopCalm(s, s.calm!.n);
    expect(s.calm).toBeNull();
    expect(s.activity).toBe(before);
  });

  it("a late end timer never ends a newer calm-down", () => {
    const { state } = room(1);
    let s = startCalm(state, "4-4", 2, clock.now);
    s = startCalm(s, "4-4", 4, clock.now + 1000);
    expect(stopCalm(s, 1)).toBe(s);
    expect(stopCalm(s, 2).calm).toBeNull();
    expect(stopCalm(stopCalm(s), 2).calm).toBeNull();
  });

  it("breathAt gives every surface the same phase at the same server time", () => {
    const c = makeCalm(1, "4-5", 2, 0);
    expect(breathAt(c, c.startAt - 10).phase).toBe("ready");
    expect(breathAt(c, c.startAt + 1000)).toMatchObject({ phase: "in", cycle: 0 });
    expect(breathAt(c, c.startAt + 4500)).toMatchObject({ phase: "out", cycle: 0 });
    expect(breathAt(c, c.startAt + 9100)).toMatchObject({ phase: "in", cycle: 1 });
    expect(breathAt(c, c.startAt + 18_000).phase).toBe("done");
  });
});

describe("room core: the shared goal meter", () => {
  it("only goes up: lamps from games and the host, never taken away", () => {
    const { state } = room(1);
    let s = lightGoal(state);
    s = lightGoal(s);
    expect(s.goal.lit).toBe(2);
    s = ok(setGoalTarget(s, 1));
    expect(s.goal.lit).toBe(2);
    expect(screenView(s, LINKS, clock.now).goal).toMatchObject({ lit: 2, target: 1 });
    expect(rejected(setGoalTarget(s, 0)).code).toBe("INVALID");
    expect(rejected(setGoalTarget(s, 99)).code).toBe("INVALID");
    for (let i = 0; i < 200; i++) s = lightGoal(s);
    expect(s.goal.lit).toBe(GOAL_MAX_LIT);
  });

  it("a celebration names host-picked strengths and/or the host's words; a new activity clears it, the lamps stay", () => {
    const { state, ids } = room(2);
    let s = lightGoal(state);
    expect(rejected(celebrate(s, [], null)).code).toBe("INVALID");
    expect(rejected(celebrate(s, [], "   ")).code).toBe("INVALID");
    s = ok(celebrate(s, ["cooperated", "persisted", "cooperated"], "Dere ventet på hverandre"));
    expect(s.goal.celebration).toEqual({ n: 1, strengths: ["cooperated", "persisted"], words: "Dere ventet på hverandre" });
    expect(seatView(s, ids[0], clock.now)!.goal.celebration).toEqual(s.goal.celebration);
    const screenJson = JSON.stringify(screenView(s, LINKS, clock.now));
    for (const id of ids) expect(screenJson).not.toContain(id);
    expect(dismissCelebration(s).goal.celebration).toBeNull();
    s = ok(startActivity(s, "styrkehagen", undefined, clock));
    expect(s.goal).toMatchObject({ lit: 1, celebration: null });
  });
});
