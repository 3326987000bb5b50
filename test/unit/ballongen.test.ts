/**
 * Ballongen's pure reducer, input, tick and views: holding in rhythm lifts the
 * balloon, it never drops, the goal scales with the tablets present, and no
 * view says which tablet held, let go or did nothing.
 */
import { describe, expect, it } from "vitest";
import {
  ballongen,
  ballongenConfigSchema,
  HOLD_OUT_WEIGHT,
  HOLD_STALE_MS,
  LET_GO_GRACE_MS,
  LEVEL_FACTOR,
  RHYTHM_LEAD_MS,
  liftOf,
  splitByBreath,
  type BallongenState,
} from "../../shared/activities/ballongen/index.js";
import type { RoomCtx } from "../../shared/activities/types.js";
import type { Actor } from "../../shared/room/types.js";
import { expectNoPerSeatMeasures, makeCtx, ok, rejected, SEATS } from "./games-support.js";

const HOST: Actor = { role: "host" };
const T0 = 1_000_000;
const seat = (i: number) => ({ role: "seat" as const, seatId: SEATS[i] });

function fresh(config: unknown = { targetSeconds: 10, pattern: "4-4" }, present = SEATS.slice(0, 4)): { s: BallongenState; c: (now: number) => RoomCtx } {
  const c = (now: number) => makeCtx({ now, present, seats: present });
  return { s: ballongen.init(ballongenConfigSchema.parse(config), c(T0)), c };
}
const hold = (s: BallongenState, i: number, holding: boolean, ctx: RoomCtx) => ok(ballongen.input!.reduce(s, { holding }, seat(i), ctx));

/** Every present seat holds, sending a sample every 100 ms, from `from` to `to`. */
function holdAll(s: BallongenState, c: (now: number) => RoomCtx, seats: number[], from: number, to: number): BallongenState {
  for (let t = from; t <= to; t += 100) for (const i of seats) s = hold(s, i, true, c(t));
  return s;
}

describe("ballongen: rhythm arithmetic", () => {
  it("splits time into breaths in and out; the lead-in counts as in", () => {
    const r = { pattern: "4-5" as const, startAt: 10_000, inMs: 4000, outMs: 5000 };
    expect(splitByBreath(r, 9_000, 10_000)).toEqual({ inMs: 1000, outMs: 0 });
    expect(splitByBreath(r, 10_000, 19_000)).toEqual({ inMs: 4000, outMs: 5000 });
    expect(splitByBreath(r, 13_000, 15_000)).toEqual({ inMs: 1000, outMs: 1000 });
    expect(splitByBreath(r, 18_000, 20_000)).toEqual({ inMs: 1000, outMs: 1000 });
    expect(splitByBreath(r, 5, 5)).toEqual({ inMs: 0, outMs: 0 });
  });
});

describe("ballongen: lifting", () => {
  it("starts at the bottom, running, with a shared rhythm a moment ahead", () => {
    const { s } = fresh();
    expect(s.progress).toBe(0);
    expect(s.round.phase).toBe("running");
    expect(s.rhythm).toMatchObject({ startAt: T0 + RHYTHM_LEAD_MS, inMs: 4000, outMs: 4000 });
  });

  it("holding while breathing in lifts by its share: 1/N of the climb per second held", () => {
    const { s, c } = fresh();
    const start = T0 + RHYTHM_LEAD_MS;
    let next = hold(s, 0, true, c(start));
    next = ballongen.tick!(next, c(start + 450)); // time passes in steps (the server ticks every 100 ms)
    next = hold(next, 0, true, c(start + 900));
    // One of four tablets held for 900 ms of a breath in; the climb is 10 s at level 3.
    expect(next.progress).toBeCloseTo(900 / (4 * 10_000), 6);
  });

  it("holding through a breath out: the first moments count fully (children let go a little late), then at half; letting go counts fully", () => {
    const { s, c } = fresh();
    const outStart = T0 + RHYTHM_LEAD_MS + 4000;
    // Seat 0 holds across the breath out; seat 1 holds in, then lets go as the breath out starts.
    let a = hold(s, 0, true, c(outStart - 100));
    a = hold(a, 1, true, c(outStart - 100));
    a = hold(a, 1, false, c(outStart));
    for (let t = outStart + 500; t <= outStart + 2000; t += 500) a = hold(a, 0, true, c(t));
    // Two shares for the 100 ms of breath in, then: seat 0 fully for the grace and half after it,
    // seat 1 fully (gliding) for the 2000 ms.
    const expected = (100 * 2 + LET_GO_GRACE_MS + (2000 - LET_GO_GRACE_MS) * HOLD_OUT_WEIGHT + 2000) / (4 * 10_000);
    expect(a.progress).toBeCloseTo(expected, 6);
  });

  it("a press a moment after \"pust inn\" counts from the start of that breath, never twice", () => {
    const { s, c } = fresh();
    const inStart = T0 + RHYTHM_LEAD_MS + 8000; // the second breath in (4-4)
    let a = ballongen.tick!(s, c(inStart - 100));
    const before = a.progress;
    a = hold(a, 0, true, c(inStart + 600));
    expect(a.progress - before).toBeCloseTo(600 / (4 * 10_000), 6);
    // Pressing again while held adds nothing; a press well into the breath gets no credit.
    const again = hold(a, 0, true, c(inStart + 700));
    expect(again.progress - a.progress).toBeCloseTo(100 / (4 * 10_000), 6);
    let late = hold(ballongen.tick!(s, c(inStart + 2500)), 1, true, c(inStart + 2500));
    late = ballongen.tick!(late, c(inStart + 2500));
    expect(late.progress).toBe(ballongen.tick!(s, c(inStart + 2500)).progress);
  });

  it("never drops: letting go, stopping, leaving, pausing only slow it down", () => {
    const { s, c } = fresh({ targetSeconds: 60 });
    let state = s;
    let last = 0;
    let t = T0;
    for (let step = 0; step < 400; step++) {
      t += 50 + ((step * 37) % 120);
      const i = step % 4;
      const which = (step * 13) % 5;
      if (which === 4) state = ok(ballongen.reduce(state, { type: step % 2 ? "pause" : "resume" }, HOST, c(t)));
      else state = hold(state, i, which < 3, c(t));
      state = ballongen.tick!(state, c(t + 10));
      expect(state.progress).toBeGreaterThanOrEqual(last);
      last = state.progress;
    }
    expect(last).toBeGreaterThan(0);
  });

  it("a hold that goes quiet (a tablet that vanished) stops counting after HOLD_STALE_MS", () => {
    const { s, c } = fresh({ targetSeconds: 60 });
    const start = T0 + RHYTHM_LEAD_MS;
    let a = hold(s, 0, true, c(start));
    a = ballongen.tick!(a, c(start + HOLD_STALE_MS / 2));
    const mid = a.progress;
    for (let t = start + 100; t < start + 3 * HOLD_STALE_MS; t += 100) a = ballongen.tick!(a, c(t));
    const after = a.progress;
    for (let t = start + 3 * HOLD_STALE_MS; t < start + 6 * HOLD_STALE_MS; t += 100) a = ballongen.tick!(a, c(t));
    expect(after).toBeGreaterThan(mid);
    expect(a.progress).toBe(after);
    expect(after).toBeCloseTo(HOLD_STALE_MS / (4 * 60_000), 6);
  });

  it("the goal scales with the tablets present: 2 or 6 tablets all holding take the same time", () => {
    const times: number[] = [];
    for (const n of [2, 6]) {
      const present = SEATS.slice(0, n);
      const { s, c } = fresh({ targetSeconds: 5, pattern: "4-4" }, present);
      let state = s;
      let t = T0;
      while (state.round.phase === "running" && t < T0 + 60_000) {
        t += 100;
        for (let i = 0; i < n; i++) state = hold(state, i, true, c(t));
      }
      times.push(t - T0);
    }
    expect(times[0]).toBe(times[1]);
  });

  it("reaching the top is a success: one milestone, everyone lets go; a new round starts at the bottom", () => {
    const { s, c } = fresh({ targetSeconds: 5 });
    const done = holdAll(s, c, [0, 1, 2, 3], T0, T0 + 20_000);
    expect(done.round.phase).toBe("success");
    expect(done.progress).toBe(1);
    expect(done.holds).toEqual({});
    expect(ballongen.milestones!(done)).toBe(1);
    // Holding after success changes nothing.
    expect(hold(done, 0, true, c(T0 + 21_000))).toBe(done);
    const again = ok(ballongen.reduce(done, { type: "newRound" }, HOST, c(T0 + 22_000)));
    expect(again.progress).toBe(0);
    expect(again.round).toMatchObject({ phase: "running", round: 2, successes: 1 });
    expect(ballongen.milestones!(again)).toBe(1);
  });
});

describe("ballongen: the host's round controls", () => {
  it("pause stops the climb; resume goes on from the same height", () => {
    const { s, c } = fresh({ targetSeconds: 60 });
    let a = holdAll(s, c, [0, 1], T0, T0 + 1000);
    a = ok(ballongen.reduce(a, { type: "pause" }, HOST, c(T0 + 1000)));
    const paused = a.progress;
    a = holdAll(a, c, [0, 1], T0 + 1100, T0 + 3000);
    a = ballongen.tick!(a, c(T0 + 3100));
    expect(a.progress).toBe(paused);
    a = ok(ballongen.reduce(a, { type: "resume" }, HOST, c(T0 + 3200)));
    a = holdAll(a, c, [0, 1], T0 + 3300, T0 + 4000);
    expect(a.progress).toBeGreaterThan(paused);
  });

  it("easier and harder change the climb live, within levels 1–5", () => {
    const { s, c } = fresh({ targetSeconds: 60 });
    const host = (st: BallongenState, type: "easier" | "harder") => ok(ballongen.reduce(st, { type }, HOST, c(T0)));
    let a = s;
    for (let i = 0; i < 6; i++) a = host(a, "easier");
    expect(a.round.level).toBe(1);
    expect(ballongen.view.host(a, c(T0)).effectiveSeconds).toBe(60 * LEVEL_FACTOR[0]);
    for (let i = 0; i < 9; i++) a = host(a, "harder");
    expect(a.round.level).toBe(5);
    expect(ballongen.view.host(a, c(T0)).effectiveSeconds).toBe(60 * LEVEL_FACTOR[4]);
  });

  it("'almost' keeps the height, 'try again' carries on from it (no game over, nothing lost)", () => {
    const { s, c } = fresh({ targetSeconds: 60 });
    let a = holdAll(s, c, [0, 1, 2], T0, T0 + 2000);
    const height = a.progress;
    a = ok(ballongen.reduce(a, { type: "almost" }, HOST, c(T0 + 2000)));
    expect(a.round.phase).toBe("almost");
    expect(a.progress).toBe(height);
    expect(ballongen.view.screen(a, c(T0 + 2000)).progress).toBeCloseTo(height, 2);
    a = ok(ballongen.reduce(a, { type: "tryAgain" }, HOST, c(T0 + 5000)));
    expect(a.round.phase).toBe("running");
    expect(a.progress).toBe(height);
  });

  it("only the host runs the game", () => {
    const { s, c } = fresh();
    for (const type of ["pause", "easier", "almost", "newRound"] as const) {
      expect(rejected(ballongen.reduce(s, { type }, seat(0), c(T0))).code).toBe("FORBIDDEN");
    }
  });
});

describe("ballongen: views", () => {
  it("no view holds a seat id or any per-tablet measure; tablets get the rhythm, not the height", () => {
    const { s, c } = fresh({ targetSeconds: 60 });
    let a = hold(s, 0, true, c(T0 + 100));
    a = hold(a, 1, true, c(T0 + 200));
    a = hold(a, 1, false, c(T0 + 300));
    const ctx = c(T0 + 400);
    expectNoPerSeatMeasures(ballongen.view.screen(a, ctx), SEATS, "screen");
    expectNoPerSeatMeasures(ballongen.view.host(a, ctx), SEATS, "host");
    for (const id of SEATS.slice(0, 4)) {
      const v = ballongen.view.seat(a, id, ctx);
      expectNoPerSeatMeasures(v, SEATS, "seat");
      expect(Object.keys(v).sort()).toEqual(["hint", "level", "phase", "rhythm", "round", "watching"]);
    }
  });

  it("lift is four calm steps of how many hold now, never a count", () => {
    const { s, c } = fresh();
    const lift = (st: BallongenState, now: number) => ballongen.view.screen(st, c(now)).lift;
    expect(lift(s, T0)).toBe(0);
    let a = hold(s, 0, true, c(T0 + 10));
    expect(lift(a, T0 + 20)).toBe(1);
    a = hold(a, 1, true, c(T0 + 20));
    expect(lift(a, T0 + 30)).toBe(2);
    a = hold(a, 2, true, c(T0 + 30));
    expect(lift(a, T0 + 40)).toBe(3);
    // Everyone's hold goes quiet: back to 0, without saying who.
    expect(lift(a, T0 + 40 + HOLD_STALE_MS + 10)).toBe(0);
  });

  it("the screen's height is rounded down, so it never shows more than the group did", () => {
    const { s, c } = fresh({ targetSeconds: 600 });
    const a = holdAll(s, c, [0], T0, T0 + 300);
    const shown = ballongen.view.screen(a, c(T0 + 300)).progress;
    expect(shown).toBeLessThanOrEqual(a.progress);
  });
});

describe("ballongen: the words match what the balloon does", () => {
  it("letting go on the breath out still counts as breathing along (never 'waiting' while it rises)", () => {
    const { s, c } = fresh();
    const start = T0 + RHYTHM_LEAD_MS;
    // Everyone holds through the breath in, then lets go as the breath out starts.
    let next = holdAll(s, c, [0, 1, 2, 3], start, start + 3900);
    for (const i of [0, 1, 2, 3]) next = hold(next, i, false, c(start + 4000));
    const during = ballongen.tick!(next, c(start + 6000));
    const before = during.progress;
    expect(liftOf(during, c(start + 6000))).toBe(3);
    // It is rising during that breath out …
    expect(ballongen.tick!(during, c(start + 6400)).progress).toBeGreaterThan(before);
    // … and once the breath out is over with nobody holding again, the words may say it waits.
    const after = ballongen.tick!(during, c(start + 8100));
    expect(liftOf(after, c(start + 8100))).toBe(0);
  });
});
