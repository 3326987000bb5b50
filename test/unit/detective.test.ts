/**
 * The feelings detective (shared/activities/detective): seeded clue dealing
 * (unique where possible, late joiners included), the round flow, and what
 * each role may see (no seat ids or per-seat proposals on the screen, words
 * only, no individual success).
 */
import { seededIds } from "../../shared/room/ids.js";
import { describe, expect, it } from "vitest";
import {
  dealOrder,
  detective,
  detectiveActionSchema,
  detectiveConfigSchema,
  type DetectiveAction,
  type DetectiveSeatView,
  type DetectiveState,
} from "../../shared/activities/detective/index.js";
import { findActivityKind } from "../../shared/activities/registry.js";
import { isRejection, type RoomCtx } from "../../shared/activities/types.js";
import { DETECTIVE_PUZZLES, findDetectivePuzzle } from "../../shared/content/detective.js";
import { FEELINGS } from "../../shared/content/feelings.js";
import { seededRandom } from "../../shared/room/random.js";
import type { Actor } from "../../shared/room/types.js";

const seatsOf = (n: number) => Array.from({ length: n }, (_, i) => `seat-${String(i).padStart(4, "0")}`);
const SEATS = seatsOf(5);
const ctx = (over: Partial<RoomCtx> = {}): RoomCtx => ({
  seats: SEATS,
  ageBand: "8-10",
  language: "nb",
  k: 3,
  random: seededRandom(42),
  newId: seededIds(seededRandom(99)),
  now: 1_000,
  ...over,
});
const HOST: Actor = { role: "host" };
const seat = (id: string): Actor => ({ role: "seat", seatId: id });

function fresh(config: unknown = { puzzles: ["redd", "glad"] }, c = ctx()): DetectiveState {
  return detective.init(detectiveConfigSchema.parse(config), c);
}
function act(state: DetectiveState, action: DetectiveAction, actor: Actor, c = ctx()): DetectiveState {
  const next = detective.reduce(state, action, actor, c);
  if (isRejection(next)) throw new Error(`unexpected rejection ${next.code}: ${next.message}`);
  return next;
}
function refusal(state: DetectiveState, action: DetectiveAction, actor: Actor, c = ctx()) {
  const next = detective.reduce(state, action, actor, c);
  return isRejection(next) ? next.code : "accepted";
}
function clueText(v: DetectiveSeatView): string {
  if (v.phase === "end") throw new Error("no clue at the end");
  return v.clue.text;
}

describe("detective: config and actions", () => {
  it("is registered; defaults to three random rounds; explicit puzzles must exist and be unique", () => {
    expect(findActivityKind("detective")).toBe(detective);
    expect(detectiveConfigSchema.parse(undefined)).toEqual({ rounds: 3 });
    expect(fresh({}).puzzles).toHaveLength(3);
    expect(new Set(fresh({}).puzzles).size).toBe(3);
    for (const bad of [{ rounds: 0 }, { rounds: 99 }, { puzzles: ["kjedelig"] }, { puzzles: ["redd", "redd"] }, { puzzles: [] }, { extra: true }]) {
      expect(detectiveConfigSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("the action schema refuses unknown feelings, missing rounds and extra fields", () => {
    expect(detectiveActionSchema.safeParse({ type: "propose", round: 0, feeling: "redd" }).success).toBe(true);
    for (const bad of [
      { type: "propose", round: 0, feeling: "happy" },
      { type: "propose", feeling: "redd" },
      { type: "propose", round: -1, feeling: "redd" },
      { type: "pass", round: 0, extra: 1 },
      { type: "choose", round: 0 },
      { type: "goto", round: 1.5 },
      { type: "score", round: 0 },
      null,
    ]) {
      expect(detectiveActionSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("detective: dealing clues", () => {
  it("gives every seat a clue, unique while there are enough clues, and the first three cover face, body and situation", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const s = fresh({ puzzles: ["sint"] }, ctx({ random: seededRandom(seed) }));
      const dealt = SEATS.map((id) => s.dealt[id]);
      expect(new Set(dealt).size).toBe(SEATS.length);
      const puzzle = findDetectivePuzzle("sint")!;
      expect(new Set(s.order.slice(0, 3).map((i) => puzzle.clues[i].kind))).toEqual(new Set(["face", "body", "situation"]));
    }
  });

  it("is seeded: the same seed deals the same clues; different seeds usually differ", () => {
    const a = fresh({ puzzles: ["glad"] }, ctx({ random: seededRandom(7) }));
    const b = fresh({ puzzles: ["glad"] }, ctx({ random: seededRandom(7) }));
    expect(a.dealt).toEqual(b.dealt);
    const deals = new Set(Array.from({ length: 10 }, (_, i) => JSON.stringify(fresh({ puzzles: ["glad"] }, ctx({ random: seededRandom(100 + i) })).dealt)));
    expect(deals.size).toBeGreaterThan(1);
  });

  it("with more tablets than clues, every clue is used once before any is used twice", () => {
    const many = seatsOf(19);
    const s = fresh({ puzzles: ["trist"] }, ctx({ seats: many }));
    const uses = new Map<number, number>();
    for (const id of many) uses.set(s.dealt[id], (uses.get(s.dealt[id]) ?? 0) + 1);
    expect(uses.size).toBe(8);
    expect(Math.max(...uses.values()) - Math.min(...uses.values())).toBeLessThanOrEqual(1);
  });

  it("a late joiner sees a fresh clue at once and keeps it when the round goes on", () => {
    let s = fresh();
    const late = "seat-late";
    const withLate = ctx({ seats: [...SEATS, late] });
    const shown = detective.view.seat(s, late, withLate);
    const others = SEATS.map((id) => clueText(detective.view.seat(s, id, withLate)));
    expect(others).not.toContain(clueText(shown));
    // The next action by anyone stores the same deal.
    s = act(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[0]), withLate);
    expect(detective.view.seat(s, late, withLate)).toEqual(shown);
    expect(Object.prototype.hasOwnProperty.call(s.dealt, late)).toBe(true);
    // The late joiner can propose right away.
    s = act(s, { type: "propose", round: 0, feeling: "bekymret" }, seat(late), withLate);
    expect(s.proposals[late]).toEqual({ kind: "feeling", feeling: "bekymret" });
  });

  it("dealOrder lists every clue exactly once", () => {
    for (const p of DETECTIVE_PUZZLES) {
      const order = dealOrder(p, seededRandom(3));
      expect([...order].sort((a, b) => a - b)).toEqual(p.clues.map((_, i) => i));
    }
  });
});

describe("detective: a round", () => {
  it("guessing → ideas → group answer → solved → next round → end", () => {
    let s = fresh();
    const proposals: DetectiveAction[] = [
      { type: "propose", round: 0, feeling: "redd" },
      { type: "propose", round: 0, feeling: "redd" },
      { type: "propose", round: 0, feeling: "redd" },
      { type: "propose", round: 0, feeling: "sint" },
      { type: "pass", round: 0 },
    ];
    proposals.forEach((a, i) => (s = act(s, a, seat(SEATS[i]))));
    // Proposals can change while guessing.
    s = act(s, { type: "propose", round: 0, feeling: "bekymret" }, seat(SEATS[3]));
    expect(detective.view.screen(s, ctx())).toEqual({ phase: "guessing", round: 0, rounds: 2, groupAnswer: null });

    s = act(s, { type: "showIdeas", round: 0 }, HOST);
    expect(refusal(s, { type: "propose", round: 0, feeling: "glad" }, seat(SEATS[0]))).toBe("STALE");
    expect(detective.view.screen(s, ctx())).toEqual({
      phase: "ideas",
      round: 0,
      rounds: 2,
      groupAnswer: null,
      ideas: {
        status: "shown",
        // "bekymret" came from one child only: under k, it is not on the projector.
        words: [{ id: "redd", many: true }],
      },
    });
    s = act(s, { type: "reopen", round: 0 }, HOST);
    s = act(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[3]));
    s = act(s, { type: "showIdeas", round: 0 }, HOST);
    s = act(s, { type: "choose", round: 0, feeling: "redd" }, HOST);
    s = act(s, { type: "reveal", round: 0 }, HOST);
    expect(refusal(s, { type: "choose", round: 0, feeling: "glad" }, HOST)).toBe("NOT_ALLOWED");
    expect(refusal(s, { type: "showIdeas", round: 0 }, HOST)).toBe("NOT_ALLOWED");
    const solved = detective.view.screen(s, ctx());
    expect(solved).toMatchObject({ phase: "solved", feeling: "redd", groupAnswer: "redd" });
    expect(solved.phase === "solved" && solved.clues).toHaveLength(5);

    s = act(s, { type: "goto", round: 1 }, HOST);
    expect(s).toMatchObject({ round: 1, phase: "guessing", proposals: {}, groupAnswer: null });
    expect(refusal(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[0]))).toBe("STALE");
    expect(detective.reduce(s, { type: "goto", round: 1 }, HOST, ctx())).toBe(s);
    expect(refusal(s, { type: "goto", round: 3 }, HOST)).toBe("INVALID");
    s = act(s, { type: "goto", round: 2 }, HOST);
    expect(detective.view.screen(s, ctx())).toEqual({ phase: "end", rounds: 2 });
    expect(detective.view.seat(s, SEATS[0], ctx())).toEqual({ phase: "end", rounds: 2, watching: false });
    expect(refusal(s, { type: "pass", round: 2 }, seat(SEATS[0]))).toBe("STALE");
  });

  it("roles: tablets propose, the host runs the round", () => {
    const s = fresh();
    expect(refusal(s, { type: "propose", round: 0, feeling: "redd" }, HOST)).toBe("FORBIDDEN");
    for (const a of [
      { type: "showIdeas", round: 0 },
      { type: "reopen", round: 0 },
      { type: "choose", round: 0, feeling: "redd" },
      { type: "reveal", round: 0 },
      { type: "goto", round: 1 },
    ] as DetectiveAction[]) {
      expect(refusal(s, a, seat(SEATS[0])), a.type).toBe("FORBIDDEN");
    }
  });

  it("what the screen shows is frozen: removing a tablet after 'show ideas' or the reveal changes nothing there", () => {
    let s = fresh();
    s = act(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[0]));
    s = act(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[1]));
    s = act(s, { type: "propose", round: 0, feeling: "sint" }, seat(SEATS[2]));
    s = act(s, { type: "showIdeas", round: 0 }, HOST);
    const ideas = detective.view.screen(s, ctx());
    const less = ctx({ seats: SEATS.filter((id) => id !== SEATS[2]) });
    const kicked = detective.forgetSeat(s, SEATS[2], less);
    expect(detective.view.screen(kicked, less)).toEqual(ideas);
    expect(JSON.stringify(kicked)).not.toContain(SEATS[2]);
    // Reopening clears the frozen ideas; showing them again takes the answers as they are now.
    const reopened = act(act(kicked, { type: "reopen", round: 0 }, HOST, less), { type: "showIdeas", round: 0 }, HOST, less);
    const fresher = detective.view.screen(reopened, less);
    expect(fresher.phase === "ideas" && fresher.ideas).toEqual({ status: "hidden", reason: "too-few" });
    // The clue list shown at the reveal stays as it was.
    const solved = act(s, { type: "reveal", round: 0 }, HOST);
    const shown = detective.view.screen(solved, ctx());
    expect(detective.view.screen(detective.forgetSeat(solved, SEATS[4], less), less)).toEqual(shown);
  });

  it("forgetting a seat drops its clue and proposal", () => {
    let s = fresh();
    s = act(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[1]));
    const after = detective.forgetSeat(s, SEATS[1], ctx());
    expect(JSON.stringify(after)).not.toContain(SEATS[1]);
    expect(detective.forgetSeat(after, SEATS[1], ctx())).toBe(after);
  });
});

describe("detective: what each role sees", () => {
  function played(): DetectiveState {
    let s = fresh();
    s = act(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[0]));
    s = act(s, { type: "propose", round: 0, feeling: "sint" }, seat(SEATS[1]));
    s = act(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[2]));
    s = act(s, { type: "dontKnow", round: 0 }, seat(SEATS[3]));
    return s;
  }

  it("a seat sees its own clue and proposal only, and never the hidden feeling before the reveal", () => {
    const s = played();
    for (const id of SEATS) {
      const v = detective.view.seat(s, id, ctx());
      const json = JSON.stringify(v);
      for (const other of SEATS) expect(json).not.toContain(other);
      expect(v.phase === "guessing" && v.mine).toEqual(s.proposals[id] ?? null);
      expect(v).not.toHaveProperty("feeling");
    }
  });

  it("the screen never holds a seat id, a per-seat proposal, a number of proposals or the hidden feeling before the reveal", () => {
    let s = played();
    const guessing = JSON.stringify(detective.view.screen(s, ctx()));
    expect(guessing).not.toMatch(/redd|sint|seat-/);
    s = act(s, { type: "showIdeas", round: 0 }, HOST);
    const ideas = detective.view.screen(s, ctx());
    const json = JSON.stringify(ideas);
    for (const id of SEATS) expect(json).not.toContain(id);
    expect(json).not.toMatch(/"n":|dontKnow|pass|"clue"/);
    // Enough children proposed, but no one feeling came from k of them: no word is shown (a word
    // from one or two children would be theirs); the screen says the ideas were spread.
    expect(ideas.phase === "ideas" && ideas.ideas).toEqual({ status: "shown", words: [] });
    s = act(s, { type: "reveal", round: 0 }, HOST);
    const solved = JSON.stringify(detective.view.screen(s, ctx()));
    for (const id of SEATS) expect(solved).not.toContain(id);
  });

  it("fewer than k proposals: the ideas stay hidden", () => {
    let s = fresh();
    s = act(s, { type: "propose", round: 0, feeling: "redd" }, seat(SEATS[0]));
    s = act(s, { type: "pass", round: 0 }, seat(SEATS[1]));
    s = act(s, { type: "showIdeas", round: 0 }, HOST);
    const v = detective.view.screen(s, ctx());
    expect(v.phase === "ideas" && v.ideas).toEqual({ status: "hidden", reason: "too-few" });
    expect(JSON.stringify(v)).not.toContain("redd");
  });

  it("after the reveal a tablet sees the feeling but not whether its own proposal matched", () => {
    let s = played();
    s = act(s, { type: "reveal", round: 0 }, HOST);
    const v = detective.view.seat(s, SEATS[1], ctx());
    expect(v).toMatchObject({ phase: "solved", feeling: "redd" });
    expect(v).not.toHaveProperty("mine");
    expect(JSON.stringify(v)).not.toContain("sint");
  });

  it("the host sees each seat's clue and proposal and the hidden feeling", () => {
    const s = played();
    const host = detective.view.host(s, ctx());
    expect(host.feeling).toBe("redd");
    expect(host.rows.map((r) => r.seatId)).toEqual(SEATS);
    expect(host.rows[1].proposal).toEqual({ kind: "feeling", feeling: "sint" });
    expect(host.rows[4].proposal).toBeNull();
    for (const r of host.rows) expect(r.clue.text.length).toBeGreaterThan(5);
  });

  it("clues follow the room's language", () => {
    const s = fresh({ puzzles: ["glad"] });
    const nb = clueText(detective.view.seat(s, SEATS[0], ctx()));
    const nn = clueText(detective.view.seat(s, SEATS[0], ctx({ language: "nn" })));
    const en = clueText(detective.view.seat(s, SEATS[0], ctx({ language: "en" })));
    const puzzle = findDetectivePuzzle("glad")!;
    const clue = puzzle.clues[s.dealt[SEATS[0]]];
    expect([nb, nn, en]).toEqual([clue.text.nb, clue.text.nn, clue.text.en]);
  });
});

describe("detective content", () => {
  it("every puzzle hides a known feeling, draws that feeling's face, and has 8 clues of the three main kinds (and thoughts) in bokmål, nynorsk and English", () => {
    const ids = DETECTIVE_PUZZLES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(DETECTIVE_PUZZLES.length).toBeGreaterThanOrEqual(6);
    for (const p of DETECTIVE_PUZZLES) {
      const feeling = FEELINGS.find((f) => f.id === p.feeling);
      expect(feeling, p.id).toBeTruthy();
      expect(p.face, p.id).toBe(feeling!.face);
      expect(p.clues.length, p.id).toBeGreaterThanOrEqual(8);
      // Face, body and situation in every puzzle; a thought where the clue is one.
      const kinds = new Set(p.clues.map((c) => c.kind));
      for (const kind of ["face", "body", "situation"]) expect(kinds.has(kind as never), p.id).toBe(true);
      for (const kind of kinds) expect(["face", "body", "thought", "situation"]).toContain(kind);
      for (const c of p.clues) {
        expect(c.text.nb && c.text.nn && c.text.en, p.id).toBeTruthy();
        // Clues stay away from the children's homes: nothing about parents, illness or rus.
        expect(c.text.nb, p.id).not.toMatch(/mamma|pappa|forelder|foreldre|\bsyk(e|dom)?\b|\brus|alkohol|drikk/i);
      }
    }
  });
});
