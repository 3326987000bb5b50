/**
 * Evaluering (shared/activities/evaluering): statements in child words on a ja / litt / nei
 * scale with pass; the projector sees only k-safe pictures per statement, frozen as counts when
 * shown; the tablet sees only its own answers; what may be kept is tallies, never seats.
 */
import { describe, expect, it } from "vitest";
import { evaluering, EVALUATION_STATEMENTS, type EvalueringState } from "../../shared/activities/evaluering/index.js";
import { isRejection, type RoomCtx } from "../../shared/activities/types.js";
import { seededIds } from "../../shared/room/ids.js";
import { seededRandom } from "../../shared/room/random.js";
import type { Actor } from "../../shared/room/types.js";

const SEATS = ["seat-aaaa", "seat-bbbb", "seat-cccc", "seat-dddd", "seat-eeee", "seat-ffff"];
const ctx = (over: Partial<RoomCtx> = {}): RoomCtx => ({
  seats: SEATS, ageBand: "8-10", language: "nb", k: 3, random: seededRandom(1), newId: seededIds(seededRandom(2)), now: 1_000, ...over,
});
const HOST: Actor = { role: "host" };
const seat = (i: number): Actor => ({ role: "seat", seatId: SEATS[i] });

function act(state: EvalueringState, raw: unknown, actor: Actor): EvalueringState {
  const next = evaluering.reduce(state, evaluering.action.parse(raw), actor, ctx());
  if (isRejection(next)) throw new Error(`${next.code}: ${next.message}`);
  return next;
}
const start = (config?: unknown) => evaluering.init(evaluering.config.parse(config), ctx());
/** Every seat i answers `answers[i]` on `statement` ("pass", a scale step, or null for nothing). */
function answer(state: EvalueringState, statement: string, answers: (string | null)[]): EvalueringState {
  return answers.reduce((s, a, i) => (a === null ? s : act(s, a === "pass" ? { type: "pass", statement } : { type: "answer", statement, value: a }, seat(i))), state);
}

describe("evaluering", () => {
  it("asks the six aims by default, one at a time; a leader may pick fewer or the list layout", () => {
    expect(start()).toMatchObject({ statements: [...EVALUATION_STATEMENTS], layout: "one", phase: "open" });
    expect(start({ statements: ["notAlone", "goodHere"], layout: "list" })).toMatchObject({ statements: ["notAlone", "goodHere"], layout: "list" });
    for (const bad of [{ statements: [] }, { statements: ["notAlone", "notAlone"] }, { statements: ["sdq"] }, { layout: "grid" }, { instrument: "KIDSCREEN" }]) {
      expect(evaluering.config.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("shows nothing on the projector until the host shows it; then a k-safe picture per statement, passes never counted", () => {
    let s = answer(start({ statements: ["notAlone", "notMyFault"] }), "notAlone", ["yes", "yes", "yes", "little", "pass", "pass"]);
    s = answer(s, "notMyFault", ["yes", "pass", "pass", "pass", null, null]);
    expect(evaluering.view.screen(s, ctx())).toEqual({ phase: "open", statements: ["notAlone", "notMyFault"], shown: null });
    s = act(s, { type: "reveal" }, HOST);
    const screen = evaluering.view.screen(s, ctx());
    // 3 × ja and one "litt": the family "ja eller litt" is shown whole (4), never the number 1.
    expect(screen.shown).toEqual({ statement: "notAlone", at: 0, count: 2, picture: { status: "shown", items: [{ id: "mostly", level: "group", amount: { kind: "relative", size: 3, word: "many" } }] } });
    expect(JSON.stringify(screen)).not.toMatch(/pass|seat-/);
    // The host moves the projector on, one statement at a time.
    s = act(s, { type: "focus", index: 1 }, HOST);
    expect(evaluering.view.screen(s, ctx()).shown).toEqual({ statement: "notMyFault", at: 1, count: 2, picture: { status: "hidden", reason: "too-few" } });
    expect(evaluering.reduce(s, { type: "focus", index: 2 }, HOST, ctx())).toMatchObject({ rejected: true, code: "NOT_ALLOWED" });
    expect(evaluering.reduce(s, { type: "focus", index: 0 }, seat(0), ctx())).toMatchObject({ rejected: true, code: "FORBIDDEN" });
    expect(act(s, { type: "focus", index: 1 }, HOST)).toBe(s);
  });

  it("a unanimous 'nei' is the word 'mange' in its family, never a count of everyone", () => {
    const s = act(answer(start({ statements: ["notMyFault"] }), "notMyFault", ["no", "no", "no", "no", null, null]), { type: "reveal" }, HOST);
    expect(evaluering.view.screen(s, ctx()).shown?.picture).toEqual({ status: "shown", items: [{ id: "notYet", level: "group", amount: { kind: "relative", size: 3, word: "many" } }] });
  });

  it("the host sees counts and passes per statement (never seats); a tablet sees only its own answers", () => {
    const s = answer(start({ statements: ["knowMore"] }), "knowMore", ["yes", "little", "no", "pass", null, null]);
    const host = evaluering.view.host(s, ctx());
    expect(host.rows[0]).toMatchObject({ statement: "knowMore", counts: { yes: 1, little: 1, no: 1 }, passed: 1 });
    expect(JSON.stringify(host)).not.toContain("seat-");
    expect(evaluering.view.seat(s, SEATS[1], ctx())).toEqual({ phase: "open", statements: ["knowMore"], layout: "one", mine: { knowMore: "little" } });
    expect(evaluering.view.seat(s, SEATS[5], ctx()).mine).toEqual({});
  });

  it("a shown picture is frozen: a seat forgotten afterwards changes nothing and leaves no trace, and is not in what may be kept", () => {
    let s = act(answer(start({ statements: ["dareTalk"] }), "dareTalk", ["yes", "yes", "yes", "no", "no", null]), { type: "reveal" }, HOST);
    const before = evaluering.view.screen(s, ctx());
    s = evaluering.forgetSeat(s, SEATS[0], ctx());
    expect(evaluering.view.screen(s, ctx())).toEqual(before);
    expect(JSON.stringify(s.answers)).not.toContain(SEATS[0]);
    expect(evaluering.keptTallies!(s)).toEqual([expect.objectContaining({ question: "dareTalk", counts: { yes: 2, little: 0, no: 2 } })]);
  });

  it("refuses with a clear code and changes nothing: wrong role, closed, a statement not asked, bad payloads", () => {
    const s = answer(start({ statements: ["notAlone"] }), "notAlone", ["yes"]);
    expect(evaluering.reduce(s, { type: "reveal" }, seat(0), ctx())).toMatchObject({ rejected: true, code: "FORBIDDEN" });
    expect(evaluering.reduce(s, { type: "answer", statement: "notAlone", value: "yes" }, HOST, ctx())).toMatchObject({ rejected: true, code: "FORBIDDEN" });
    expect(evaluering.reduce(s, { type: "answer", statement: "haveAdult", value: "yes" }, seat(1), ctx())).toMatchObject({ rejected: true, code: "NOT_ALLOWED" });
    const shown = act(s, { type: "reveal" }, HOST);
    expect(evaluering.reduce(shown, { type: "pass", statement: "notAlone" }, seat(1), ctx())).toMatchObject({ rejected: true, code: "STALE" });
    for (const bad of [{ type: "focus", index: 6 }, { type: "focus", index: -1 }, { type: "focus", index: 0.5 }, { type: "answer", statement: "notAlone", value: 3 }, { type: "answer", statement: "x", value: "yes" }, { type: "pass" }, { type: "pass", statement: "notAlone", x: 1 }, null, "yes"]) {
      expect(evaluering.action.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("pass is an answer a child can change; the same answer twice changes nothing; reopen opens again", () => {
    let s = answer(start({ statements: ["goodHere"] }), "goodHere", ["pass"]);
    expect(s.answers[SEATS[0]]).toEqual({ goodHere: "pass" });
    expect(act(s, { type: "pass", statement: "goodHere" }, seat(0))).toBe(s);
    s = act(s, { type: "answer", statement: "goodHere", value: "yes" }, seat(0));
    expect(s.answers[SEATS[0]]).toEqual({ goodHere: "yes" });
    s = act(act(s, { type: "reveal" }, HOST), { type: "reopen" }, HOST);
    expect(s.shown).toBeNull();
    expect(act(s, { type: "answer", statement: "goodHere", value: "no" }, seat(0)).answers[SEATS[0]]).toEqual({ goodHere: "no" });
  });
});
