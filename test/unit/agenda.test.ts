/**
 * The agenda (shared/room/agenda.ts): stepping through a meeting runs each
 * step's activity, rests the tablets on talk steps and starts the calm-down;
 * a stale "Neste" is refused; an unplanned step goes in after the current one;
 * the agenda survives a JSON round trip (what a room snapshot holds) and only
 * the host view carries it.
 */
import { describe, expect, it } from "vitest";
import { isRejection, type Rejection } from "../../shared/errors.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createAgenda, gotoStep as goto, insertStep as insert, type PlannedStep } from "../../shared/room/agenda.js";
import { createRoomCore } from "../../shared/room/core.js";
import { seededRandom } from "../../shared/room/random.js";
import { createRoomState, type RoomClock, type RoomResult, type RoomState } from "../../shared/room/room.js";
import { builtinSeries } from "../../shared/series/builtin-series.js";

const core = createRoomCore(activityKinds);
const { addSeat, hostView, screenView, seatView } = core;
const gotoStep = (s: RoomState, index: number, from: number, clock: RoomClock) => goto(core, s, index, from, clock);
const insertStep = (s: RoomState, step: PlannedStep, from: number, clock: RoomClock) => insert(core, s, step, from, clock);

const clock = (now: number) => ({ now, random: seededRandom(7) });
const LINKS = { joinUrl: "http://127.0.0.1/join?code=ABCDE", screenToken: "t" };
const ok = (r: RoomResult): RoomState => {
  if (isRejection(r)) throw new Error(`${r.code}: ${r.message}`);
  return r;
};
const rejected = (r: RoomResult): Rejection => {
  if (!isRejection(r)) throw new Error("expected a rejection");
  return r;
};

function meetingRoom(): RoomState {
  const meeting = builtinSeries("nb").meetings[0];
  const agenda = createAgenda({ groupId: "g1", planId: "p1", meetingId: meeting.id, title: meeting.title, steps: meeting.steps });
  const state = createRoomState({ id: "r1", code: "ABCDE", ownerId: 1, now: 0, agenda, settings: { k: 3, ageBand: "8-10", language: "nb" } });
  return ok(addSeat(state, "seat-fox", "fox-blue"));
}

describe("agenda", () => {
  it("Neste through the ritual: talk rests the tablets, activities start, calm starts, check-out reads the check-in", () => {
    let s = meetingRoom();
    expect(s.agenda!.current).toBe(-1);
    s = ok(gotoStep(s, 0, -1, clock(1000)));
    expect(s.activity).toBeNull();
    expect(s.agenda).toMatchObject({ current: 0, startedAt: 1000, stepStartedAt: 1000 });
    s = ok(gotoStep(s, 1, 0, clock(2000)));
    expect(s.activity?.kind).toBe("checkin");
    s = ok(gotoStep(s, 2, 1, clock(3000)));
    expect(s.activity).toBeNull();
    expect(s.finished.map((f) => f.kind)).toEqual(["checkin"]);
    s = ok(gotoStep(s, 3, 2, clock(4000)));
    expect(s.activity?.kind).toBe("byggsammen");
    s = ok(gotoStep(s, 4, 3, clock(5000)));
    expect(s.activity).toBeNull();
    expect(s.calm).toMatchObject({ pattern: "4-5", cycles: 5 });
    s = ok(gotoStep(s, 5, 4, clock(6000)));
    expect(s.calm).toBeNull();
    expect(s.activity?.kind).toBe("checkin");
    expect(s.agenda).toMatchObject({ current: 5, startedAt: 1000, stepStartedAt: 6000 });
  });

  it("Forrige goes back; the version only goes up", () => {
    let s = ok(gotoStep(meetingRoom(), 1, -1, clock(1)));
    const v = s.version;
    s = ok(gotoStep(s, 0, 1, clock(2)));
    expect(s.agenda!.current).toBe(0);
    expect(s.activity).toBeNull();
    expect(s.version).toBeGreaterThan(v);
  });

  it("refuses a stale from, an index out of range, and a room without an agenda, changing nothing", () => {
    const s = ok(gotoStep(meetingRoom(), 0, -1, clock(1)));
    expect(rejected(gotoStep(s, 1, -1, clock(2))).code).toBe("STALE");
    expect(rejected(gotoStep(s, 6, 0, clock(2))).code).toBe("INVALID");
    expect(rejected(gotoStep(s, -1, 0, clock(2))).code).toBe("INVALID");
    const bare = createRoomState({ id: "r", code: "C", ownerId: 1, now: 0 });
    expect(rejected(gotoStep(bare, 0, -1, clock(2))).code).toBe("NOT_ALLOWED");
  });

  it("inserts an unplanned step after the current one and runs it; a bad one is refused", () => {
    let s = ok(gotoStep(meetingRoom(), 2, -1, clock(1)));
    s = ok(insertStep(s, { kind: "calm", title: "Pause", config: { cycles: 3 } }, 2, clock(2)));
    expect(s.agenda!.current).toBe(3);
    expect(s.agenda!.steps[3]).toMatchObject({ kind: "calm", inserted: true });
    expect(s.agenda!.steps).toHaveLength(7);
    expect(s.calm?.cycles).toBe(3);
    s = ok(insertStep(s, { kind: "questionbox", title: "Spørsmål" }, 3, clock(3)));
    expect(s.activity?.kind).toBe("questionbox");
    expect(s.calm).toBeNull();
    expect(rejected(insertStep(s, { kind: "nope", title: "x" }, 4, clock(4))).code).toBe("INVALID");
    expect(rejected(insertStep(s, { kind: "talk", title: "x", config: { extra: 1 } }, 4, clock(4))).code).toBe("INVALID");
    expect(rejected(insertStep(s, { kind: "quiz", title: "x", config: { deck: "nope" } }, 4, clock(4))).code).toBe("INVALID");
    expect(rejected(insertStep(s, { kind: "calm", title: "x" }, 0, clock(4))).code).toBe("STALE");
  });

  it("an ad-hoc room gets an agenda from its first inserted step", () => {
    const bare = createRoomState({ id: "r", code: "C", ownerId: 1, now: 0 });
    const s = ok(insertStep(bare, { kind: "wordcloud", title: "Ordsky", config: { prompt: "Hva gjør deg glad?" } }, -1, clock(1)));
    expect(s.agenda).toMatchObject({ groupId: null, current: 0, steps: [{ kind: "wordcloud", inserted: true }] });
    expect(s.activity?.kind).toBe("wordcloud");
  });

  it("survives a JSON round trip (a room snapshot) at the same step", () => {
    const s = ok(gotoStep(ok(gotoStep(meetingRoom(), 0, -1, clock(1))), 1, 0, clock(2)));
    const restored = JSON.parse(JSON.stringify(s)) as RoomState;
    expect(restored.agenda).toEqual(s.agenda);
    expect(ok(gotoStep(restored, 2, 1, clock(3))).agenda!.current).toBe(2);
  });

  it("only the host view carries the agenda, its notes and its times", () => {
    const s = ok(gotoStep(meetingRoom(), 1, -1, clock(1)));
    const note = s.agenda!.steps[1].note!;
    expect(hostView(s, LINKS, 10).agenda).toEqual(s.agenda);
    const screen = JSON.stringify(screenView(s, LINKS, 10));
    const seat = JSON.stringify(seatView(s, "seat-fox", 10));
    for (const out of [screen, seat]) {
      expect(out).not.toContain(note);
      expect(out).not.toContain("agenda");
      expect(out).not.toContain("stepStartedAt");
    }
  });
});
