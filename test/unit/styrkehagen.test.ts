/**
 * Styrkehagen's pure reducer and views: picks grow flowers with no names, the
 * garden only grows, own words go to the leader first and bloom only when
 * approved, and the screen never shows who planted what or in which order.
 */
import { describe, expect, it } from "vitest";
import { MIN_BLOOM, styrkehagen, styrkehagenConfigSchema, type StyrkehagenState } from "../../shared/activities/styrkehagen/index.js";
import type { Actor } from "../../shared/room/types.js";
import { expectNoPerSeatMeasures, makeCtx, ok, rejected, SEATS } from "./games-support.js";

const HOST: Actor = { role: "host" };
const seat = (i: number) => ({ role: "seat" as const, seatId: SEATS[i] });
const ctx = makeCtx();
const fresh = (config: unknown = {}) => styrkehagen.init(styrkehagenConfigSchema.parse(config), ctx);

describe("styrkehagen", () => {
  it("each pick grows a flower; the garden blooms at max(5, tablets present) and gives one milestone", () => {
    let s = fresh();
    expect(styrkehagen.view.host(s, ctx).bloomAt).toBe(Math.max(MIN_BLOOM, SEATS.length));
    for (let i = 0; i < SEATS.length; i++) s = ok(styrkehagen.reduce(s, { type: "plant", strength: "modig" }, seat(i), ctx));
    expect(s.flowers).toHaveLength(SEATS.length);
    expect(s.bloomed).toBe(true);
    expect(styrkehagen.milestones!(s)).toBe(1);
    s = ok(styrkehagen.reduce(s, { type: "plant", strength: "snill" }, seat(0), ctx));
    expect(styrkehagen.milestones!(s)).toBe(1);
  });

  it("the garden only grows: nothing removes a flower (not a kick, not the host)", () => {
    let s = fresh();
    s = ok(styrkehagen.reduce(s, { type: "plant", strength: "hjelpsom" }, seat(0), ctx));
    s = ok(styrkehagen.reduce(s, { type: "plant", strength: "morsom" }, seat(1), ctx));
    const after = styrkehagen.forgetSeat(s, SEATS[0], ctx);
    expect(after.flowers).toHaveLength(2);
    for (const type of ["newRound", "almost", "tryAgain"] as const) {
      expect(rejected(styrkehagen.reduce(s, { type }, HOST, ctx)).code).toBe("NOT_ALLOWED");
    }
  });

  it("a tablet plants at most perSeat flowers; pause rests the garden", () => {
    let s = fresh({ perSeat: 2 });
    s = ok(styrkehagen.reduce(s, { type: "plant", strength: "rolig" }, seat(0), ctx));
    s = ok(styrkehagen.reduce(s, { type: "plant", strength: "rolig" }, seat(0), ctx));
    expect(rejected(styrkehagen.reduce(s, { type: "plant", strength: "rolig" }, seat(0), ctx)).code).toBe("NOT_ALLOWED");
    const paused = ok(styrkehagen.reduce(s, { type: "pause" }, HOST, ctx));
    expect(rejected(styrkehagen.reduce(paused, { type: "plant", strength: "rolig" }, seat(1), ctx)).code).toBe("NOT_ALLOWED");
    expect(rejected(styrkehagen.reduce(s, { type: "plant", strength: "rolig" }, HOST, ctx)).code).toBe("FORBIDDEN");
  });

  it("own words are off unless the room allows them", () => {
    expect(rejected(styrkehagen.reduce(fresh(), { type: "write", text: "snill mot alle" }, seat(0), ctx)).code).toBe("NOT_ALLOWED");
  });

  it("the leader's queue puts the most serious flag first, then the oldest", () => {
    let s = fresh({ allowText: true, perSeat: 3 });
    s = ok(styrkehagen.reduce(s, { type: "write", text: "du er dum" }, seat(0), ctx)); // insult: low
    s = ok(styrkehagen.reduce(s, { type: "write", text: "god venn" }, seat(1), ctx)); // not flagged
    s = ok(styrkehagen.reduce(s, { type: "write", text: "jeg vil dø" }, seat(2), ctx)); // suicide: high
    const texts = styrkehagen.view.host(s, ctx).queue.map((q) => q.text);
    expect(texts).toEqual(["jeg vil dø", "du er dum", "god venn"]);
  });

  it("own words wait for a leader (flagged when worrying), bloom only when approved, possibly rephrased", () => {
    let s = fresh({ allowText: true });
    // Actions pass the kind's schema first, as in the room core (it cleans the text).
    s = ok(styrkehagen.reduce(s, styrkehagen.action.parse({ type: "write", text: "  god   venn " }), seat(0), ctx));
    s = ok(styrkehagen.reduce(s, { type: "write", text: "pappa slår meg" }, seat(1), ctx));
    expect(s.flowers).toHaveLength(0);
    const host = styrkehagen.view.host(s, ctx);
    expect(host.queue).toHaveLength(2);
    // The worrying one first, with its flag, for the leader's eyes only.
    expect(host.queue[0].flag).not.toBeNull();
    expect(host.queue[1]).toMatchObject({ text: "god venn", seatId: SEATS[0], flag: null });
    const screen = JSON.stringify(styrkehagen.view.screen(s, ctx));
    expect(screen).not.toContain("venn");
    expect(screen).not.toContain("slår");
    expect(styrkehagen.view.seat(s, SEATS[0], ctx)).toMatchObject({ waiting: 1, mine: ["text"] });
    // Approve the first (rephrased), set the second aside; the tablet gets its flower back.
    s = ok(styrkehagen.reduce(s, { type: "approve", id: host.queue[1].id, text: "en god venn" }, HOST, ctx));
    s = ok(styrkehagen.reduce(s, { type: "discard", id: host.queue[0].id }, HOST, ctx));
    expect(s.flowers.map((f) => f.text)).toEqual(["en god venn"]);
    expect(styrkehagen.view.seat(s, SEATS[1], ctx)).toMatchObject({ waiting: 0, mine: [] });
    expect(JSON.stringify(styrkehagen.view.screen(s, ctx))).not.toContain("slår");
    expect(rejected(styrkehagen.reduce(s, { type: "approve", id: host.queue[0].id }, HOST, ctx)).code).toBe("STALE");
    expect(rejected(styrkehagen.reduce(s, { type: "approve", id: host.queue[0].id }, seat(0), ctx)).code).toBe("FORBIDDEN");
  });

  it("refuses control characters and over-long words", () => {
    const s = fresh({ allowText: true });
    expect(styrkehagen.action.safeParse({ type: "write", text: "a\u202Eb" }).success).toBe(false);
    expect(styrkehagen.action.safeParse({ type: "write", text: "x".repeat(41) }).success).toBe(false);
    expect(styrkehagen.action.safeParse({ type: "write", text: "   " }).success).toBe(false);
    void s;
  });

  it("the screen shows flowers by place, not by when they were planted, and never who", () => {
    let a = fresh();
    let b = fresh();
    const picks = ["modig", "snill", "morsom", "rolig"] as const;
    for (const [i, p] of picks.entries()) a = ok(styrkehagen.reduce(a, { type: "plant", strength: p }, seat(i), ctx));
    const screen = styrkehagen.view.screen(a, ctx);
    const xs = screen.flowers.map((f) => f.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expectNoPerSeatMeasures(screen, SEATS, "screen");
    expectNoPerSeatMeasures(styrkehagen.view.seat(a, SEATS[0], ctx), SEATS.slice(1), "seat");
    for (const [i, p] of [...picks.entries()].reverse()) b = ok(styrkehagen.reduce(b, { type: "plant", strength: p }, seat(i), ctx));
    expect(new Set(styrkehagen.view.screen(b, ctx).flowers.map((f) => f.strength))).toEqual(new Set(picks));
  });
});
