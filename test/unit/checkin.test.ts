/**
 * The check-in activity's pure reducer and views (shared/activities/checkin):
 * who may do what, when answers close, and what each role can see.
 */
import { seededRandom } from "../../shared/room/random.js";
import { seededIds } from "../../shared/room/ids.js";
import { describe, expect, it } from "vitest";
import {
  checkin,
  checkinActionSchema,
  checkinConfigSchema,
  type CheckinAction,
  type CheckinState,
} from "../../shared/activities/checkin/index.js";
import { findActivityKind } from "../../shared/activities/registry.js";
import { isRejection, type RoomCtx } from "../../shared/activities/types.js";
import { groupPicture, screenPicture } from "../../shared/disclosure/index.js";
import { FEELINGS, FEELING_FAMILIES } from "../../shared/content/feelings.js";
import type { Actor } from "../../shared/room/types.js";

const SEATS = ["seat-aaaa", "seat-bbbb", "seat-cccc", "seat-dddd"];
const ctx = (over: Partial<RoomCtx> = {}): RoomCtx => ({
  seats: SEATS,
  ageBand: "8-10",
  language: "nb",
  k: 3,
  random: () => 0.5,
  newId: seededIds(seededRandom(99)),
  now: 1_000,
  ...over,
});
const HOST: Actor = { role: "host" };
const seat = (i: number): Actor => ({ role: "seat", seatId: SEATS[i] });

function fresh(config: unknown = undefined): CheckinState {
  return checkin.init(checkinConfigSchema.parse(config), ctx());
}

/** Apply an action that must succeed. */
function act(state: CheckinState, action: CheckinAction, actor: Actor, c = ctx()): CheckinState {
  const next = checkin.reduce(state, action, actor, c);
  if (isRejection(next)) throw new Error(`unexpected rejection ${next.code}: ${next.message}`);
  return next;
}

function refusal(state: CheckinState, action: CheckinAction, actor: Actor) {
  const next = checkin.reduce(state, action, actor, ctx());
  return isRejection(next) ? next.code : "accepted";
}

const PICTURE_OPTIONS = (k: number) => ({
  k,
  bins: FEELINGS.map((f) => ({ id: f.id, group: f.family, sensitive: f.family === "heavy" })),
  groups: FEELING_FAMILIES.map((id) => ({ id, sensitive: id === "heavy" })),
});

describe("check-in: config and actions", () => {
  it("defaults the config and refuses unknown config fields", () => {
    expect(checkinConfigSchema.parse(undefined)).toEqual({ moment: "checkin", tool: "auto", askStrength: true, askMore: true });
    expect(checkinConfigSchema.parse({ moment: "checkout" })).toEqual({ moment: "checkout", tool: "auto", askStrength: true, askMore: true });
    expect(checkinConfigSchema.safeParse({ moment: "lunch" }).success).toBe(false);
    expect(checkinConfigSchema.safeParse({ moment: "checkin", extra: 1 }).success).toBe(false);
    expect(fresh()).toEqual({
      config: { moment: "checkin", tool: "auto", askStrength: true, askMore: true },
      tool: "faces",
      phase: "open",
      answers: {},
      more: {},
      takeaways: {},
      before: null,
      shown: null,
    });
  });

  it("the action schema refuses unknown types, unknown feelings and extra fields", () => {
    expect(checkinActionSchema.safeParse({ type: "answer", feeling: "glad", strength: "veldig" }).success).toBe(true);
    for (const bad of [
      { type: "answer", feeling: "happy" },
      { type: "answer", feeling: "glad", strength: "max" },
      { type: "answer" },
      { type: "pass", feeling: "glad" },
      { type: "reveal", now: true },
      { type: "dance" },
      { feeling: "glad" },
      "pass",
      null,
      [],
    ]) {
      expect(checkinActionSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("is registered under its name, and the registry does not read inherited keys", () => {
    expect(findActivityKind("checkin")).toBe(checkin);
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty", "Checkin"]) {
      expect(findActivityKind(name), name).toBeUndefined();
    }
  });
});

describe("check-in: reducer", () => {
  it("stores an answer or a pass per seat, and a seat may change its mind while open", () => {
    let state = fresh();
    state = act(state, { type: "answer", feeling: "glad", strength: "veldig" }, seat(0));
    state = act(state, { type: "pass" }, seat(1));
    expect(state.answers).toEqual({
      [SEATS[0]]: { kind: "feeling", feeling: "glad", strength: "veldig" },
      [SEATS[1]]: { kind: "pass" },
    });
    state = act(state, { type: "answer", feeling: "trist" }, seat(1));
    expect(state.answers[SEATS[1]]).toEqual({ kind: "feeling", feeling: "trist", strength: null });
    state = act(state, { type: "pass" }, seat(0));
    expect(state.answers[SEATS[0]]).toEqual({ kind: "pass" });
  });

  it("drops the strength when the round does not ask for it", () => {
    const state = act(fresh({ askStrength: false }), { type: "answer", feeling: "sint", strength: "veldig" }, seat(2));
    expect(state.answers[SEATS[2]]).toEqual({ kind: "feeling", feeling: "sint", strength: null });
  });

  it("does not mutate the state it was given", () => {
    const before = fresh();
    const snapshot = JSON.stringify(before);
    act(before, { type: "answer", feeling: "glad" }, seat(0));
    act(before, { type: "reveal" }, HOST);
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it("FORBIDDEN: the host cannot answer or pass, a tablet cannot reveal or reopen", () => {
    const state = fresh();
    expect(refusal(state, { type: "answer", feeling: "glad" }, HOST)).toBe("FORBIDDEN");
    expect(refusal(state, { type: "pass" }, HOST)).toBe("FORBIDDEN");
    expect(refusal(state, { type: "reveal" }, seat(0))).toBe("FORBIDDEN");
    const shown = act(state, { type: "reveal" }, HOST);
    expect(refusal(shown, { type: "reopen" }, seat(0))).toBe("FORBIDDEN");
  });

  it("STALE: answers and passes are closed once the picture is shown", () => {
    let state = act(fresh(), { type: "answer", feeling: "glad" }, seat(0));
    state = act(state, { type: "reveal" }, HOST);
    expect(state.phase).toBe("shown");
    expect(refusal(state, { type: "answer", feeling: "redd" }, seat(0))).toBe("STALE");
    expect(refusal(state, { type: "answer", feeling: "redd" }, seat(1))).toBe("STALE");
    expect(refusal(state, { type: "pass" }, seat(2))).toBe("STALE");
  });

  it("reveal and reopen are idempotent (same object, so the room does not bump its version)", () => {
    const open = fresh();
    expect(act(open, { type: "reopen" }, HOST)).toBe(open);
    const shown = act(open, { type: "reveal" }, HOST);
    expect(act(shown, { type: "reveal" }, HOST)).toBe(shown);
  });

  it("reopen keeps the answers and lets tablets answer again", () => {
    let state = act(fresh(), { type: "answer", feeling: "glad" }, seat(0));
    state = act(state, { type: "reveal" }, HOST);
    state = act(state, { type: "reopen" }, HOST);
    expect(state.phase).toBe("open");
    expect(state.answers[SEATS[0]]).toEqual({ kind: "feeling", feeling: "glad", strength: null });
    state = act(state, { type: "answer", feeling: "rolig" }, seat(1));
    expect(Object.keys(state.answers).sort()).toEqual([SEATS[0], SEATS[1]]);
  });

  it("forgetSeat drops only that seat's answer", () => {
    let state = act(fresh(), { type: "answer", feeling: "ensom" }, seat(0));
    state = act(state, { type: "answer", feeling: "glad" }, seat(1));
    const forgotten = checkin.forgetSeat(state, SEATS[0], ctx());
    expect(forgotten.answers).toEqual({ [SEATS[1]]: { kind: "feeling", feeling: "glad", strength: null } });
    expect(JSON.stringify(forgotten)).not.toContain("ensom");
    expect(state.answers[SEATS[0]]).toBeDefined(); // the input is untouched
    // A seat that never answered: nothing changes, same object.
    expect(checkin.forgetSeat(forgotten, SEATS[3], ctx())).toBe(forgotten);
    expect(checkin.forgetSeat(forgotten, "__proto__", ctx())).toBe(forgotten);
  });
});

describe("check-in: views", () => {
  function answered(): CheckinState {
    let state = fresh();
    state = act(state, { type: "answer", feeling: "glad", strength: "litt" }, seat(0));
    state = act(state, { type: "answer", feeling: "glad" }, seat(1));
    state = act(state, { type: "answer", feeling: "bekymret", strength: "veldig" }, seat(2));
    return state;
  }

  it("a seat's view holds its own answer and nothing about the others", () => {
    const state = answered();
    const mine = checkin.view.seat(state, SEATS[2], ctx());
    expect(mine).toEqual({
      moment: "checkin",
      tool: "faces",
      phase: "open",
      askStrength: true,
      askMore: true,
      mine: { kind: "feeling", feeling: "bekymret", strength: "veldig" },
      moreSent: false,
      takeaway: null,
    });
    const json = JSON.stringify(mine);
    for (const other of [SEATS[0], SEATS[1]]) expect(json).not.toContain(other);
    expect(json).not.toContain("glad");
    // A seat that has not answered sees null, not the others' answers.
    const none = checkin.view.seat(state, SEATS[3], ctx());
    expect(none.mine).toBeNull();
    expect(JSON.stringify(none)).not.toMatch(/glad|bekymret|seat-/);
  });

  it("the screen sees no picture before reveal, then exactly the k-safe picture", () => {
    const state = answered();
    const before = checkin.view.screen(state, ctx());
    expect(before).toEqual({ moment: "checkin", tool: "faces", phase: "open", picture: null, change: null, takeaways: null });
    const shown = act(state, { type: "reveal" }, HOST);
    const after = checkin.view.screen(shown, ctx());
    const expected = screenPicture(groupPicture({ glad: 2, bekymret: 1 }, PICTURE_OPTIONS(3)));
    expect(after).toEqual({ moment: "checkin", tool: "faces", phase: "shown", picture: expected, change: null, takeaways: null });
    // 3 answers, glad 2 and bekymret 1: both under k, so they are only shown together as "other".
    expect(after.picture).toEqual({ status: "shown", items: [{ id: "other", level: "other", amount: { kind: "relative", size: 3, word: "many" } }] });
    const json = JSON.stringify(after);
    for (const id of SEATS) expect(json).not.toContain(id);
    expect(json).not.toMatch(/glad|bekymret|pass/);
  });

  it("the screen's view is the same object while nothing it shows changes, and follows the phase, the frozen counts and k", () => {
    let state = answered();
    const open = checkin.view.screen(state, ctx());
    state = act(state, { type: "pass" }, seat(3));
    expect(checkin.view.screen(state, ctx())).toBe(open);
    state = act(state, { type: "reveal" }, HOST);
    const shown = checkin.view.screen(state, ctx());
    expect(shown).not.toBe(open);
    expect(shown.phase).toBe("shown");
    expect(shown.picture).toEqual(screenPicture(groupPicture({ glad: 2, bekymret: 1 }, PICTURE_OPTIONS(3))));
    // The room's k changes: the picture is drawn again with it (here: under k = 4, nothing).
    expect(checkin.view.screen(state, ctx({ k: 4 })).picture).toEqual({ status: "hidden", reason: "too-few" });
    expect(checkin.view.screen(state, ctx())).toEqual(shown);
    state = act(state, { type: "reopen" }, HOST);
    expect(checkin.view.screen(state, ctx())).toEqual(open);
  });

  it("the screen picture uses the room's k and never counts passes", () => {
    let state = fresh();
    state = act(state, { type: "answer", feeling: "glad" }, seat(0));
    state = act(state, { type: "answer", feeling: "glad" }, seat(1));
    state = act(state, { type: "pass" }, seat(2));
    state = act(state, { type: "pass" }, seat(3));
    state = act(state, { type: "reveal" }, HOST);
    expect(checkin.view.screen(state, ctx({ k: 3 })).picture).toEqual({ status: "hidden", reason: "too-few" });
    expect(checkin.view.screen(state, ctx({ k: 2 })).picture).toEqual({
      status: "shown",
      items: [{ id: "glad", level: "bin", amount: { kind: "relative", size: 3, word: "many" } }],
    });
  });

  it("the host sees one row per seat in the room, in room order, answered or not", () => {
    let state = answered();
    state = act(state, { type: "pass" }, seat(3));
    const host = checkin.view.host(state, ctx());
    const extra = { before: null, change: null, more: null, takeaway: null };
    expect(host.rows).toEqual([
      { seatId: SEATS[0], answer: { kind: "feeling", feeling: "glad", strength: "litt" }, ...extra },
      { seatId: SEATS[1], answer: { kind: "feeling", feeling: "glad", strength: null }, ...extra },
      { seatId: SEATS[2], answer: { kind: "feeling", feeling: "bekymret", strength: "veldig" }, ...extra },
      { seatId: SEATS[3], answer: { kind: "pass" }, ...extra },
    ]);
    // The host sees the picture the projector would show, even before reveal.
    expect(host.phase).toBe("open");
    expect(host.picture).toEqual(groupPicture({ glad: 2, bekymret: 1 }, PICTURE_OPTIONS(3)));
    // A seat that left the room (not in ctx.seats) is not listed.
    const fewer = checkin.view.host(state, ctx({ seats: [SEATS[1], SEATS[3]] }));
    expect(fewer.rows.map((r) => r.seatId)).toEqual([SEATS[1], SEATS[3]]);
    const unanswered = checkin.view.host(fresh(), ctx());
    expect(unanswered.rows.every((r) => r.answer === null)).toBe(true);
  });

  it("the host's rows are kept, the same objects, while a seat's answer, note, takeaway and earlier answer stay; a replaced one is rebuilt", () => {
    const c = ctx();
    let state = fresh({ moment: "checkout" });
    // A check-out with an earlier check-in, as `init` would have found it.
    state = { ...state, before: { [SEATS[0]]: { kind: "feeling", feeling: "trist", strength: null }, [SEATS[1]]: { kind: "pass" } } };
    const rowsOf = (s: CheckinState) => new Map(checkin.view.host(s, c).rows.map((row) => [row.seatId, row]));
    /** The next state's rows: those of `changed` seats are new objects, the others the same; all as built from a copy. */
    const step = (next: CheckinState, changed: string[]) => {
      const before = rowsOf(state);
      const rows = checkin.view.host(next, c).rows;
      expect(JSON.parse(JSON.stringify(rows))).toEqual(JSON.parse(JSON.stringify(checkin.view.host(structuredClone(next), c).rows)));
      for (const row of rows) {
        if (changed.includes(row.seatId)) expect(row).not.toBe(before.get(row.seatId));
        else expect(row).toBe(before.get(row.seatId));
      }
      state = next;
      return rows;
    };
    step(state, []);
    expect(step(act(state, { type: "answer", feeling: "glad" }, seat(0)), [SEATS[0]])[0].change).toBe("lighter");
    // A flagged note goes first; the other rows keep their objects.
    expect(step(act(state, { type: "more", text: "pappa slår meg" }, seat(1)), [SEATS[1]])[0].seatId).toBe(SEATS[1]);
    step(act(state, { type: "takeaway", id: "not-alone" }, seat(2)), [SEATS[2]]);
    // The earlier answers replaced (a view reads the state, whatever replaced it): only that seat's row is new.
    const rows = step({ ...state, before: { ...state.before, [SEATS[0]]: { kind: "feeling", feeling: "glad", strength: null } } }, [SEATS[0]]);
    expect(rows.find((r) => r.seatId === SEATS[0])!.change).toBe("same");
    // A seat that left is not listed.
    expect(checkin.view.host(state, ctx({ seats: [SEATS[1], SEATS[3]] })).rows.map((r) => r.seatId)).toEqual([SEATS[1], SEATS[3]]);
  });
});
