/**
 * Bygg sammen's pure reducer and views: a fair deal, placing and handing on,
 * the lighthouse built from the bottom up, redealing when a tablet leaves or
 * joins late, and no view saying who holds, placed or gave what.
 */
import { describe, expect, it } from "vitest";
import { byggsammen, byggsammenConfigSchema, rebalance, type ByggsammenState } from "../../shared/activities/byggsammen/index.js";
import type { RoomCtx } from "../../shared/activities/types.js";
import type { Actor } from "../../shared/room/types.js";
import { expectNoPerSeatMeasures, makeCtx, ok, rejected, SEATS } from "./games-support.js";

const HOST: Actor = { role: "host" };
const seat = (id: string) => ({ role: "seat" as const, seatId: id });

function fresh(motif: "regnbue" | "fyr" = "regnbue", present = SEATS.slice(0, 3)): { s: ByggsammenState; ctx: RoomCtx } {
  const ctx = makeCtx({ present, seats: present });
  return { s: byggsammen.init(byggsammenConfigSchema.parse({ motif }), ctx), ctx };
}
const mine = (s: ByggsammenState, id: string, ctx: RoomCtx) => byggsammen.view.seat(s, id, ctx).mine;

/** Every present tablet places whatever it can, until nothing changes. */
function placeAll(s: ByggsammenState, ctx: RoomCtx, seats: readonly string[]): ByggsammenState {
  for (let guard = 0; guard < 500; guard++) {
    let moved = false;
    for (const id of seats) {
      for (const p of mine(s, id, ctx)) {
        if (!p.ready) continue;
        s = ok(byggsammen.reduce(s, { type: "place", pieceId: p.id }, seat(id), ctx));
        moved = true;
      }
    }
    if (!moved) break;
  }
  return s;
}

describe("byggsammen: the deal", () => {
  it.each([1, 2, 3, 5, 12])("every one of %i tablets gets pieces, evenly (within one)", (n) => {
    const present = Array.from({ length: n }, (_, i) => `seat-${String(i).padStart(4, "0")}`);
    for (const motif of ["regnbue", "fyr"] as const) {
      const { s, ctx } = fresh(motif, present);
      const counts = present.map((id) => mine(s, id, ctx).length);
      expect(Math.min(...counts)).toBeGreaterThan(0);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(s.pieces.length);
      // Every piece is somewhere, exactly once.
      const ids = present.flatMap((id) => mine(s, id, ctx).map((p) => p.id));
      expect(new Set(ids).size).toBe(s.pieces.length);
    }
  });

  it("with no tablets yet, pieces wait and are dealt when tablets arrive", () => {
    const { s } = fresh("regnbue", []);
    expect(byggsammen.view.host(s, makeCtx({ present: [], seats: [] })).undealt).toBe(s.pieces.length);
    const arrived = byggsammen.seatsChanged!(s, makeCtx({ present: SEATS.slice(0, 2), seats: SEATS.slice(0, 2) }));
    expect(byggsammen.view.host(arrived, makeCtx()).undealt).toBe(0);
  });
});

describe("byggsammen: placing and handing on", () => {
  it("the picture completes when every piece is placed, whoever placed it", () => {
    const { s, ctx } = fresh();
    const done = placeAll(s, ctx, SEATS.slice(0, 3));
    expect(done.round.phase).toBe("success");
    expect(byggsammen.view.screen(done, ctx).done).toBe(1);
    expect(byggsammen.milestones!(done)).toBe(1);
    expect(byggsammen.view.seat(done, SEATS[0], ctx).complete).toBe(true);
  });

  it("a tablet can place only its own pieces, once", () => {
    const { s, ctx } = fresh();
    const p = mine(s, SEATS[0], ctx)[0];
    expect(rejected(byggsammen.reduce(s, { type: "place", pieceId: p.id }, seat(SEATS[1]), ctx)).code).toBe("STALE");
    const placed = ok(byggsammen.reduce(s, { type: "place", pieceId: p.id }, seat(SEATS[0]), ctx));
    expect(rejected(byggsammen.reduce(placed, { type: "place", pieceId: p.id }, seat(SEATS[0]), ctx)).code).toBe("STALE");
    expect(rejected(byggsammen.reduce(s, { type: "place", pieceId: p.id }, HOST, ctx)).code).toBe("FORBIDDEN");
  });

  it("'gi bort' hands a piece to the tablet with fewest pieces, never back to the giver", () => {
    const { s, ctx } = fresh();
    // Seat 1 places all it has, so it has the fewest; seat 0 gives a piece away.
    let a = s;
    for (const p of mine(a, SEATS[1], ctx)) a = ok(byggsammen.reduce(a, { type: "place", pieceId: p.id }, seat(SEATS[1]), ctx));
    const given = mine(a, SEATS[0], ctx)[0];
    a = ok(byggsammen.reduce(a, { type: "give", pieceId: given.id }, seat(SEATS[0]), ctx));
    expect(mine(a, SEATS[1], ctx).map((p) => p.id)).toEqual([given.id]);
    expect(mine(a, SEATS[0], ctx).map((p) => p.id)).not.toContain(given.id);
  });

  it("a lone tablet cannot give a piece away", () => {
    const { s, ctx } = fresh("regnbue", [SEATS[0]]);
    const p = mine(s, SEATS[0], ctx)[0];
    expect(rejected(byggsammen.reduce(s, { type: "give", pieceId: p.id }, seat(SEATS[0]), ctx)).code).toBe("NOT_ALLOWED");
  });

  it("the lighthouse is built bottom up at level 3, in any order when the host makes it easier", () => {
    const { s, ctx } = fresh("fyr");
    const upper = SEATS.slice(0, 3).flatMap((id) => mine(s, id, ctx).map((p) => ({ ...p, id, pid: p.id }))).find((p) => p.y > 0)!;
    expect(upper.ready).toBe(false);
    expect(rejected(byggsammen.reduce(s, { type: "place", pieceId: upper.pid }, seat(upper.id), ctx)).code).toBe("NOT_ALLOWED");
    const easier = ok(byggsammen.reduce(s, { type: "easier" }, HOST, ctx));
    expect(byggsammen.view.screen(easier, ctx).ordered).toBe(false);
    ok(byggsammen.reduce(easier, { type: "place", pieceId: upper.pid }, seat(upper.id), ctx));
    // And it still completes bottom up.
    expect(placeAll(s, ctx, SEATS.slice(0, 3)).round.phase).toBe("success");
  });

  it("the hint marks the places that can be filled now; nothing else", () => {
    const { s, ctx } = fresh("fyr");
    expect(byggsammen.view.screen(s, ctx).cells.some((c) => c.next)).toBe(false);
    const hinted = ok(byggsammen.reduce(s, { type: "hint", on: true }, HOST, ctx));
    const next = byggsammen.view.screen(hinted, ctx).cells.filter((c) => c.next);
    expect(next.length).toBe(3);
    expect(next.every((c) => c.y === 0)).toBe(true);
  });

  it("pieces wait while paused or after 'almost'; try again keeps what was built", () => {
    const { s, ctx } = fresh();
    const p = mine(s, SEATS[0], ctx)[0];
    let a = ok(byggsammen.reduce(s, { type: "place", pieceId: p.id }, seat(SEATS[0]), ctx));
    a = ok(byggsammen.reduce(a, { type: "almost" }, HOST, ctx));
    const q = mine(a, SEATS[1], ctx)[0];
    expect(rejected(byggsammen.reduce(a, { type: "place", pieceId: q.id }, seat(SEATS[1]), ctx)).code).toBe("STALE");
    a = ok(byggsammen.reduce(a, { type: "tryAgain" }, HOST, ctx));
    expect(a.placed[p.id]).toBe(true);
    a = ok(byggsammen.reduce(a, { type: "pause" }, HOST, ctx));
    expect(rejected(byggsammen.reduce(a, { type: "place", pieceId: q.id }, seat(SEATS[1]), ctx)).code).toBe("NOT_ALLOWED");
  });
});

describe("byggsammen: tablets leaving and joining", () => {
  it("a tablet that leaves has its pieces dealt to the others; the picture still completes", () => {
    const { s, ctx } = fresh("regnbue", SEATS.slice(0, 4));
    const leaving = mine(s, SEATS[3], ctx).map((p) => p.id);
    expect(leaving.length).toBeGreaterThan(0);
    const three = makeCtx({ present: SEATS.slice(0, 3), seats: SEATS.slice(0, 4) });
    const after = byggsammen.seatsChanged!(s, three);
    const held = SEATS.slice(0, 3).flatMap((id) => mine(after, id, three).map((p) => p.id));
    for (const id of leaving) expect(held).toContain(id);
    expect(mine(after, SEATS[3], three)).toEqual([]);
    expect(placeAll(after, three, SEATS.slice(0, 3)).round.phase).toBe("success");
  });

  it("a kicked tablet's pieces are redealt too (forgetSeat)", () => {
    const { s, ctx } = fresh("regnbue", SEATS.slice(0, 3));
    const two = makeCtx({ present: SEATS.slice(0, 2), seats: SEATS.slice(0, 2) });
    const after = byggsammen.forgetSeat(s, SEATS[2], two);
    expect(SEATS.slice(0, 2).flatMap((id) => mine(after, id, two)).length).toBe(s.pieces.length);
    expect(JSON.stringify(after.holder)).not.toContain(SEATS[2]);
    void ctx;
  });

  it("a tablet that joins late gets a piece from a tablet with two or more", () => {
    const { s } = fresh("regnbue", SEATS.slice(0, 2));
    const four = makeCtx({ present: SEATS.slice(0, 3), seats: SEATS.slice(0, 3) });
    const after = byggsammen.seatsChanged!(s, four);
    expect(mine(after, SEATS[2], four).length).toBeGreaterThan(0);
    const all = SEATS.slice(0, 3).flatMap((id) => mine(after, id, four).map((p) => p.id));
    expect(new Set(all).size).toBe(s.pieces.length);
  });

  it("rebalance is a no-op when everyone present already has a part", () => {
    const { s } = fresh("regnbue", SEATS.slice(0, 3));
    expect(rebalance(s, SEATS.slice(0, 3))).toBe(s);
  });
});

describe("byggsammen: views", () => {
  it("no view says who holds, placed or gave anything", () => {
    const { s, ctx } = fresh("fyr", SEATS.slice(0, 4));
    let a = s;
    const placer = SEATS.slice(0, 4).find((id) => mine(a, id, ctx).some((x) => x.ready))!;
    const p = mine(a, placer, ctx).find((x) => x.ready)!;
    a = ok(byggsammen.reduce(a, { type: "place", pieceId: p.id }, seat(placer), ctx));
    const g = mine(a, SEATS[1], ctx)[0];
    a = ok(byggsammen.reduce(a, { type: "give", pieceId: g.id }, seat(SEATS[1]), ctx));
    expectNoPerSeatMeasures(byggsammen.view.screen(a, ctx), SEATS, "screen");
    expectNoPerSeatMeasures(byggsammen.view.host(a, ctx), SEATS, "host");
    for (const id of SEATS.slice(0, 4)) {
      const v = byggsammen.view.seat(a, id, ctx);
      expectNoPerSeatMeasures(v, SEATS, "seat");
      // A tablet sees its own pieces only.
      const own = new Set(v.mine.map((x) => x.id));
      for (const other of SEATS.slice(0, 4)) {
        if (other === id) continue;
        for (const x of byggsammen.view.seat(a, other, ctx).mine) expect(own.has(x.id)).toBe(false);
      }
    }
  });

  it("the screen lists the picture in board order, the same whatever order pieces were placed in", () => {
    const { s, ctx } = fresh("regnbue", SEATS.slice(0, 2));
    const pieces = SEATS.slice(0, 2).flatMap((id) => mine(s, id, ctx).map((p) => ({ id, pid: p.id })));
    let a = s;
    let b = s;
    for (const p of pieces.slice(0, 4)) a = ok(byggsammen.reduce(a, { type: "place", pieceId: p.pid }, seat(p.id), ctx));
    for (const p of pieces.slice(0, 4).reverse()) b = ok(byggsammen.reduce(b, { type: "place", pieceId: p.pid }, seat(p.id), ctx));
    expect(byggsammen.view.screen(a, ctx)).toEqual(byggsammen.view.screen(b, ctx));
  });
});
