/**
 * Hva hjelper?'s pure reducer and views: cards dealt to a few tablets each,
 * a card lands on the board when its holders have sorted it, disagreement
 * shows as "vi er uenige om denne" and never who chose what, passes are never
 * shown, and tablets leaving or joining late do not block the board.
 */
import { describe, expect, it } from "vitest";
import { hvahjelper, hvahjelperConfigSchema, type HvahjelperState } from "../../shared/activities/hvahjelper/index.js";
import type { RoomCtx } from "../../shared/activities/types.js";
import type { Actor } from "../../shared/room/types.js";
import { expectNoPerSeatMeasures, makeCtx, ok, rejected, SEATS } from "./games-support.js";

const HOST: Actor = { role: "host" };
const seat = (id: string) => ({ role: "seat" as const, seatId: id });

function fresh(n: number, config: unknown = {}): { s: HvahjelperState; ctx: RoomCtx; present: string[] } {
  const present = SEATS.slice(0, n);
  const ctx = makeCtx({ present, seats: present });
  return { s: hvahjelper.init(hvahjelperConfigSchema.parse(config), ctx), ctx, present };
}
const mine = (s: HvahjelperState, id: string, ctx: RoomCtx) => hvahjelper.view.seat(s, id, ctx).mine;

describe("hvahjelper: the deal", () => {
  it.each([2, 3, 5, 6])("with %i tablets each tablet gets cards and each card goes to up to 3 tablets", (n) => {
    const { s, ctx, present } = fresh(n);
    for (const id of present) expect(mine(s, id, ctx).length).toBeGreaterThan(0);
    for (const c of s.cards) {
      expect(s.holders[c].length).toBe(Math.min(3, Math.max(1, n - 1)));
      expect(new Set(s.holders[c]).size).toBe(s.holders[c].length);
    }
    // Tablets hold different sets (not all the same cards) when there are more than two.
    if (n > 2) expect(new Set(present.map((id) => mine(s, id, ctx).map((m) => m.card).join())).size).toBeGreaterThan(1);
  });
});

describe("hvahjelper: sorting", () => {
  it("a card lands in its column when its holders agree, and under 'uenige' when they do not", () => {
    const { s, ctx, present } = fresh(5);
    let a = s;
    const [agreeCard, splitCard] = a.cards;
    for (const id of a.holders[agreeCard]) a = ok(hvahjelper.reduce(a, { type: "sort", card: agreeCard, column: "helps" }, seat(id), ctx));
    a.holders[splitCard].forEach((id, i) => {
      a = ok(hvahjelper.reduce(a, { type: "sort", card: splitCard, column: i === 0 ? "not" : "helps" }, seat(id), ctx));
    });
    const board = hvahjelper.view.screen(a, ctx).board;
    expect(board.helps).toContain(agreeCard);
    expect(board.disagree).toEqual([splitCard]);
    // Locked once on the board.
    const holder = a.holders[agreeCard][0];
    expect(rejected(hvahjelper.reduce(a, { type: "sort", card: agreeCard, column: "not" }, seat(holder), ctx)).code).toBe("STALE");
    expectNoPerSeatMeasures(hvahjelper.view.screen(a, ctx), present, "screen");
    expectNoPerSeatMeasures(hvahjelper.view.host(a, ctx), present, "host");
  });

  it("a card waits until every present holder has sorted it (no 'x of y' ever shown)", () => {
    const { s, ctx } = fresh(5);
    const c = s.cards[0];
    const a = ok(hvahjelper.reduce(s, { type: "sort", card: c, column: "helps" }, seat(s.holders[c][0]), ctx));
    const board = hvahjelper.view.screen(a, ctx).board;
    expect([...board.helps, ...board.not, ...board.unsure, ...board.disagree]).not.toContain(c);
  });

  it("'vet ikke' is not disagreement; a pass is never shown, and a card everyone passed waits for the leader", () => {
    const { s, ctx } = fresh(5);
    let a = s;
    const [c1, c2] = a.cards;
    a.holders[c1].forEach((id, i) => {
      a = ok(hvahjelper.reduce(a, i === 0 ? { type: "sort", card: c1, column: "unsure" } : { type: "sort", card: c1, column: "not" }, seat(id), ctx));
    });
    for (const id of a.holders[c2]) a = ok(hvahjelper.reduce(a, { type: "pass", card: c2 }, seat(id), ctx));
    const board = hvahjelper.view.screen(a, ctx).board;
    expect(board.not).toContain(c1);
    expect(JSON.stringify(board)).not.toContain(c2);
    expect(JSON.stringify(hvahjelper.view.screen(a, ctx))).not.toMatch(/pass/i);
    expect(hvahjelper.view.host(a, ctx).cards.find((x) => x.card === c2)?.status).toBe("unsorted");
    // The leader places it after the talk.
    a = ok(hvahjelper.reduce(a, { type: "settle", card: c2, column: "unsure" }, HOST, ctx));
    expect(hvahjelper.view.screen(a, ctx).board.unsure).toContain(c2);
  });

  it("the round succeeds when every card is done; one milestone", () => {
    const { s, ctx, present } = fresh(3);
    let a = s;
    for (const id of present) for (const m of mine(a, id, ctx)) if (!m.onBoard) a = ok(hvahjelper.reduce(a, { type: "sort", card: m.card, column: "helps" }, seat(id), ctx));
    expect(a.round.phase).toBe("success");
    expect(hvahjelper.view.screen(a, ctx).complete).toBe(true);
    expect(hvahjelper.milestones!(a)).toBe(1);
    const next = ok(hvahjelper.reduce(a, { type: "newRound" }, HOST, ctx));
    expect(next.round).toMatchObject({ phase: "running", round: 2, successes: 1 });
    expect(next.cards.some((c) => !a.cards.includes(c))).toBe(true);
  });

  it("only holders sort, only the host settles", () => {
    const { s, ctx, present } = fresh(5);
    const c = s.cards[0];
    const outsider = present.find((id) => !s.holders[c].includes(id))!;
    expect(rejected(hvahjelper.reduce(s, { type: "sort", card: c, column: "helps" }, seat(outsider), ctx)).code).toBe("STALE");
    expect(rejected(hvahjelper.reduce(s, { type: "settle", card: c, column: "helps" }, seat(outsider), ctx)).code).toBe("FORBIDDEN");
    expect(rejected(hvahjelper.reduce(s, { type: "sort", card: c, column: "helps" }, HOST, ctx)).code).toBe("FORBIDDEN");
  });
});

describe("hvahjelper: tablets leaving and joining", () => {
  it("a holder who leaves before sorting does not block the card; orphaned cards go to someone here", () => {
    const { s, present } = fresh(3);
    const leaver = present[2];
    const stay = present.slice(0, 2);
    const ctx2 = makeCtx({ present: stay, seats: present });
    let a = hvahjelper.seatsChanged!(s, ctx2);
    for (const c of a.cards) expect(a.holders[c].some((h) => stay.includes(h))).toBe(true);
    for (const id of stay) for (const m of mine(a, id, ctx2)) if (!m.onBoard) a = ok(hvahjelper.reduce(a, { type: "sort", card: m.card, column: "helps" }, seat(id), ctx2));
    expect(a.round.phase).toBe("success");
    void leaver;
  });

  it("a tablet that joins late gets cards that are still waiting", () => {
    const { s, present } = fresh(3);
    const late = SEATS[5];
    const ctx2 = makeCtx({ present: [...present, late], seats: [...present, late] });
    const a = hvahjelper.seatsChanged!(s, ctx2);
    expect(mine(a, late, ctx2).length).toBeGreaterThan(0);
  });

  it("a kicked tablet's choices are forgotten", () => {
    const { s, ctx, present } = fresh(4);
    const c = s.cards[0];
    const who = s.holders[c][0];
    const a = ok(hvahjelper.reduce(s, { type: "sort", card: c, column: "not" }, seat(who), ctx));
    const rest = present.filter((id) => id !== who);
    const after = hvahjelper.forgetSeat(a, who, makeCtx({ present: rest, seats: rest }));
    expect(JSON.stringify(after)).not.toContain(who);
  });
});
