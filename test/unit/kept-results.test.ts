/**
 * What may be kept of a group's answers (docs/privacy.md, "Kept group results"; docs/rules.md
 * "Kept results are k-safe group pictures"), property style with seeded randomness: thousands of random tallies, rooms and k,
 * through the real kinds (Dagens tommel, Evaluering), `keptDistribution`, `keptRunsOf` (what the
 * server writes) and `keptReport` (what the console exports). No kept or exported amount is a
 * count under k; a question with fewer than k answers keeps nothing; a group smaller than k
 * keeps nothing at all; passes and seats never appear.
 */
import { describe, expect, it } from "vitest";
import { activityKinds } from "../../shared/activities/registry.js";
import { EVALUATION_DISCLOSURE, EVALUATION_SCALE, EVALUATION_STATEMENTS } from "../../shared/activities/evaluering/index.js";
import { THUMBS, TOMMEL_DISCLOSURE } from "../../shared/activities/tommel/index.js";
import { isRejection, type AnyActivityKind, type RoomCtx } from "../../shared/activities/types.js";
import { safeK } from "../../shared/disclosure/index.js";
import { keptDistribution, type KeptItem } from "../../shared/disclosure/kept.js";
import { seededIds } from "../../shared/room/ids.js";
import { seededRandom } from "../../shared/room/random.js";
import { createRoomState, type RoomState } from "../../shared/room/room.js";
import type { GroupRecord } from "../../shared/series/group.js";
import { keptReport, type KeptRun } from "../../shared/series/results.js";
import { keptRunsOf } from "../../server/series/kept-results.js";

const SEEDS = 400;

function expectKSafe(items: readonly KeptItem[], k: number, where: string) {
  expect(items.length, where).toBeGreaterThan(0);
  for (const item of items) {
    if (item.n !== null) {
      expect(item.n, where).toBeGreaterThanOrEqual(k);
      expect(item.word, where).toBeNull();
    } else expect(["some", "many"], where).toContain(item.word);
    expect(item.id, where).not.toMatch(/pass|seat/);
  }
}

const randomK = (r: () => number) => (r() < 0.05 ? Number.NaN : r() < 0.05 ? 1 : 2 + Math.floor(r() * 5));

describe("keptDistribution: every kept amount is k-safe", () => {
  it("random tallies of both kinds: no count under k, nothing below k answers, passes never count", () => {
    let keptSome = 0;
    for (let seed = 1; seed <= SEEDS * 5; seed++) {
      const r = seededRandom(seed);
      const k = randomK(r);
      const tommel = r() < 0.5;
      const spec = tommel ? TOMMEL_DISCLOSURE : EVALUATION_DISCLOSURE;
      const ids = tommel ? THUMBS : EVALUATION_SCALE;
      const counts: Record<string, number> = { pass: Math.floor(r() * 8) };
      for (const id of ids) counts[id] = r() < 0.3 ? 0 : Math.floor(r() * 7);
      const answered = ids.reduce((sum, id) => sum + counts[id], 0);
      const kept = keptDistribution({ counts, ...spec }, k);
      const where = `seed ${seed}, k ${k}, ${JSON.stringify(counts)}`;
      if (!Number.isFinite(safeK(k)) || answered < safeK(k)) {
        expect(kept, where).toBeNull();
        continue;
      }
      expectKSafe(kept!, safeK(k), where);
      keptSome++;
      // Never a total: the counts kept never add up to more than those who answered.
      expect(kept!.reduce((sum, i) => sum + (i.n ?? 0), 0), where).toBeLessThanOrEqual(answered);
    }
    // The property was tested on real pictures, not only on hidden ones.
    expect(keptSome).toBeGreaterThan(SEEDS);
  });
});

const SEATS = Array.from({ length: 8 }, (_, i) => `seat-${String.fromCharCode(97 + i).repeat(6)}`);

/** A room that ran Dagens tommel and Evaluering with `answering` tablets answering at random (the rest pass or say nothing). */
function endedRoom(seed: number, k: number, answering: number): RoomState {
  const r = seededRandom(seed);
  const ctx: RoomCtx = { seats: SEATS, ageBand: "8-10", language: "nb", k, random: r, newId: seededIds(seededRandom(seed + 1)), now: 1 };
  const run = (kind: AnyActivityKind, config: unknown, act: (seat: string, i: number) => unknown[]) => {
    let state: unknown = kind.init(kind.config.parse(config), ctx);
    SEATS.forEach((seat, i) => {
      for (const action of act(seat, i)) {
        const next = kind.reduce(state, kind.action.parse(action), { role: "seat", seatId: seat }, ctx);
        if (!isRejection(next)) state = next;
      }
    });
    if (r() < 0.5) state = kind.reduce(state, { type: "reveal" }, { role: "host" }, ctx);
    return state;
  };
  const tommel = run(activityKinds.tommel, undefined, (_s, i) => (i < answering ? [{ type: "vote", thumb: THUMBS[Math.floor(r() * 3)] }] : r() < 0.5 ? [{ type: "pass" }] : []));
  const evaluering = run(activityKinds.evaluering, undefined, (_s, i) =>
    EVALUATION_STATEMENTS.map((statement) => (i < answering ? { type: "answer", statement, value: EVALUATION_SCALE[Math.floor(r() * 3)] } : { type: "pass", statement })),
  );
  const base = createRoomState({ id: "room", code: "ABCD", ownerId: 1, now: 1, settings: { ageBand: "8-10", language: "nb", k } });
  return {
    ...base,
    finished: [{ id: "t1", kind: "tommel", state: tommel }, { id: "q1", kind: "checkin", state: {} }],
    activity: { id: "e1", kind: "evaluering", state: evaluering } as RoomState["activity"],
    agenda: { groupId: "g1", meetingId: "m12", title: "Siste møte" } as RoomState["agenda"],
  };
}
const group = (k: number): GroupRecord => ({ id: "g1", version: 1, ownerId: 1, held: [], updatedAt: 1, group: { name: "G", ageBand: "8-10", language: "nb", k, coLeaders: [], planId: null, keepResults: true } });

describe("keptRunsOf: what the server writes when a room ends", () => {
  it("random rooms: every kept amount is a count of at least k or a word; only the kinds that may be kept", () => {
    let keptRuns = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const k = 2 + (seed % 5);
      const runs = keptRunsOf(endedRoom(seed, k, 1 + (seed % 8)), group(3), activityKinds, 1, seededIds(seededRandom(seed)));
      keptRuns += runs.length;
      for (const run of runs) {
        expect(["tommel", "evaluering"]).toContain(run.kind);
        expect(run.k).toBe(Math.max(k, 3)); // the stricter of the room's and the group's k
        for (const q of run.questions) expectKSafe(q.items, run.k, `seed ${seed} ${run.kind} ${q.question}`);
        expect(JSON.stringify(run)).not.toMatch(/seat-|pass/);
      }
    }
    expect(keptRuns).toBeGreaterThan(SEEDS / 4);
  });

  it("a group smaller than k keeps nothing at all, whatever the children answered", () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const k = 3 + (seed % 4);
      const answering = seed % k; // 0 … k−1 tablets answer; the rest pass
      expect(keptRunsOf(endedRoom(seed, k, answering), group(k), activityKinds, 1), `seed ${seed} k ${k} answering ${answering}`).toEqual([]);
    }
  });

  it("a parent meeting's room keeps nothing: parents' answers are never counted as the children's", () => {
    const children = endedRoom(11, 3, 6);
    expect(keptRunsOf(children, group(3), activityKinds, 1).length).toBeGreaterThan(0);
    const parents = { ...children, settings: { ...children.settings, audience: "voksne" as const } };
    expect(keptRunsOf(parents, group(3), activityKinds, 1)).toEqual([]);
  });

  it("a room whose k was lowered keeps no more than the group's k allows", () => {
    const runs = keptRunsOf(endedRoom(7, 2, 5), group(6), activityKinds, 1);
    expect(runs).toEqual([]); // five answered, the group's k is 6
  });
});

describe("keptReport: what the console exports", () => {
  it("random, even corrupt, runs: no exported count under k; empty questions and runs are left out", () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = seededRandom(seed);
      const runs: KeptRun[] = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => ({
        runId: `r${i}`, kind: r() < 0.5 ? "tommel" : "evaluering", meetingId: null, meetingTitle: "M", recordedAt: i, k: randomK(r),
        questions: Array.from({ length: Math.floor(r() * 3) }, (_, j) => ({
          question: `q${j}`,
          items: Array.from({ length: Math.floor(r() * 4) }, (): KeptItem => {
            const n = r() < 0.6 ? Math.floor(r() * 8) - 1 : null;
            return { id: "up", level: "bin", n, word: n === null ? (r() < 0.8 ? (r() < 0.5 ? "some" : "many") : null) : null };
          }),
        })),
      }));
      const report = keptReport({ id: "g", name: "G", k: 3, keepResults: true }, runs, 0);
      for (const run of report.runs) {
        expect(run.questions.length).toBeGreaterThan(0);
        for (const q of run.questions) expectKSafe(q.items, run.k, `seed ${seed}`);
      }
    }
  });
});
