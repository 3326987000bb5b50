/**
 * "Jeg ser på" in every cooperative game, and goals sized for who takes part
 * (docs/rules.md, "Watching is a first-class way to take part"), through the pure kinds: a watcher never blocks or
 * slows the group, a child can come back, a tablet whose network has gone
 * does not slow a live goal, and nothing about watching reaches the screen.
 * Also Bygg sammen's "Gi bort" to a chosen avatar, checked ("Handing on is the child's choice"), and
 * Ballongen's round length with realistic breathing.
 */
import { describe, expect, it } from "vitest";
import { ballongen, ballongenConfigSchema, type BallongenState } from "../../shared/activities/ballongen/index.js";
import { byggsammen, byggsammenConfigSchema, type ByggsammenState } from "../../shared/activities/byggsammen/index.js";
import { detective, detectiveConfigSchema } from "../../shared/activities/detective/index.js";
import { hvahjelper, hvahjelperConfigSchema, type HvahjelperState } from "../../shared/activities/hvahjelper/index.js";
import { styrkehagen, styrkehagenConfigSchema } from "../../shared/activities/styrkehagen/index.js";
import type { RoomCtx } from "../../shared/activities/types.js";
import { seededRandom } from "../../shared/room/random.js";
import type { Actor } from "../../shared/room/types.js";
import { makeCtx, ok, rejected, SEATS } from "./games-support.js";

const HOST: Actor = { role: "host" };
const seat = (id: string) => ({ role: "seat" as const, seatId: id });
const AVATARS: Record<string, `${string}-${string}`> = Object.fromEntries(SEATS.map((s, i) => [s, (["fox-blue", "bear-green", "owl-orange", "rabbit-purple", "cat-blue", "dog-green"] as const)[i]]));
const ctxOf = (present: readonly string[], over: Partial<RoomCtx> = {}) => makeCtx({ seats: SEATS, present, connected: present, avatars: AVATARS, ...over });

describe("watching: every game", () => {
  const kinds = [
    ["ballongen", () => ballongen.init(ballongenConfigSchema.parse({}), ctxOf(SEATS)), ballongen],
    ["byggsammen", () => byggsammen.init(byggsammenConfigSchema.parse({}), ctxOf(SEATS)), byggsammen],
    ["hvahjelper", () => hvahjelper.init(hvahjelperConfigSchema.parse({}), ctxOf(SEATS)), hvahjelper],
    ["styrkehagen", () => styrkehagen.init(styrkehagenConfigSchema.parse({}), ctxOf(SEATS)), styrkehagen],
    ["detective", () => detective.init(detectiveConfigSchema.parse({ rounds: 1 }), ctxOf(SEATS)), detective],
  ] as const;

  it.each(kinds)("%s: a tablet watches and comes back; the host cannot watch; a repeat changes nothing; the screen never tells", (_, init, kind) => {
    const k = kind as unknown as typeof ballongen; // the five share the watch action; one signature is enough here
    const ctx = ctxOf(SEATS);
    const s0 = init() as unknown as BallongenState;
    expect(k.view.seat(s0, SEATS[0], ctx)).toMatchObject({ watching: false });
    expect(rejected(k.reduce(s0, { type: "watch", on: true }, HOST, ctx)).code).toBe("FORBIDDEN");
    const s1 = ok(k.reduce(s0, { type: "watch", on: true }, seat(SEATS[0]), ctx));
    expect(k.view.seat(s1, SEATS[0], ctx)).toMatchObject({ watching: true });
    expect(k.view.seat(s1, SEATS[1], ctx)).toMatchObject({ watching: false });
    expect(k.view.host(s1, ctx)).toMatchObject({ watchers: 1 });
    expect(k.reduce(s1, { type: "watch", on: true }, seat(SEATS[0]), ctx)).toBe(s1);
    expect(JSON.stringify(k.view.screen(s1, ctx))).not.toMatch(/watch/i);
    expect(JSON.stringify(k.view.screen(s1, ctx))).toBe(JSON.stringify(k.view.screen(s0, ctx)));
    const s2 = ok(k.reduce(s1, { type: "watch", on: false }, seat(SEATS[0]), ctx));
    expect(k.view.seat(s2, SEATS[0], ctx)).toMatchObject({ watching: false });
    expect(k.view.host(s2, ctx)).toMatchObject({ watchers: 0 });
    // Forgetting the seat forgets that it watched.
    const forgotten = k.forgetSeat(s1, SEATS[0], ctxOf(SEATS.slice(1)));
    expect(JSON.stringify(forgotten)).not.toContain(SEATS[0]);
  });
});

// ---------- Ballongen ----------

const T0 = 1_000_000;
function balloon(present: readonly string[], config: unknown = { targetSeconds: 10, pattern: "4-4" }) {
  return ballongen.init(ballongenConfigSchema.parse(config), ctxOf(present, { now: T0 }));
}
/** The given seats hold for the whole of [from, to], a sample every 100 ms. */
function holdFor(s: BallongenState, seats: readonly string[], from: number, to: number, ctx: (now: number) => RoomCtx): BallongenState {
  for (let t = from; t <= to; t += 100) {
    for (const id of seats) s = ok(ballongen.input!.reduce(s, { holding: true }, seat(id), ctx(t)));
    s = ballongen.tick!(s, ctx(t));
  }
  return s;
}

describe("watching: Ballongen sizes the climb for the tablets taking part and connected", () => {
  const start = T0 + 1500;
  it("two of four watch: the two who breathe lift as fast as four would", () => {
    const all = (now: number) => ctxOf(SEATS.slice(0, 4), { now });
    const four = holdFor(balloon(SEATS.slice(0, 4)), SEATS.slice(0, 4), start, start + 3000, all);
    let two = balloon(SEATS.slice(0, 4));
    for (const id of SEATS.slice(2, 4)) two = ok(ballongen.reduce(two, { type: "watch", on: true }, seat(id), all(T0)));
    two = holdFor(two, SEATS.slice(0, 2), start, start + 3000, all);
    expect(two.progress).toBeGreaterThan(0.25);
    expect(two.progress).toBeCloseTo(four.progress, 6);
    // A watcher's hold counts for nothing (its tablet shows no hold button, but a stale one might send).
    const withStray = holdFor(two, [SEATS[2]], start + 3100, start + 3500, all);
    expect(withStray.progress).toBeCloseTo(ballongen.tick!(two, all(start + 3500)).progress, 9);
  });

  it("a tablet whose network dropped (in its grace period) does not slow the others", () => {
    const dropped = (now: number) => ctxOf(SEATS.slice(0, 4), { now, connected: SEATS.slice(0, 3) });
    const all = (now: number) => ctxOf(SEATS.slice(0, 3), { now });
    const a = holdFor(balloon(SEATS.slice(0, 4)), SEATS.slice(0, 3), start, start + 3000, dropped);
    const b = holdFor(balloon(SEATS.slice(0, 3)), SEATS.slice(0, 3), start, start + 3000, all);
    expect(a.progress).toBeCloseTo(b.progress, 6);
  });

  it("a child who comes back mid-round takes part again: the climb is shared by one more", () => {
    const ctx = (now: number) => ctxOf(SEATS.slice(0, 2), { now });
    let s = ok(ballongen.reduce(balloon(SEATS.slice(0, 2)), { type: "watch", on: true }, seat(SEATS[1]), ctx(T0)));
    s = holdFor(s, [SEATS[0]], start, start + 1000, ctx);
    const alone = s.progress;
    s = ok(ballongen.reduce(s, { type: "watch", on: false }, seat(SEATS[1]), ctx(start + 1000)));
    const before = s.progress;
    s = holdFor(s, [SEATS[0]], start + 1100, start + 2000, ctx);
    // The same hold now lifts half as much per second: one of two.
    expect((s.progress - before) / 900).toBeCloseTo(alone / 1100 / 2, 3);
  });

  it("the words follow what happens: once nobody breathes along any more, a tick makes a new state with lift 0", () => {
    const ctx = (now: number) => ctxOf(SEATS.slice(0, 2), { now });
    let s = holdFor(balloon(SEATS.slice(0, 2)), SEATS.slice(0, 2), start, start + 3900, ctx);
    for (const id of SEATS.slice(0, 2)) s = ok(ballongen.input!.reduce(s, { holding: false }, seat(id), ctx(start + 4000)));
    expect(ballongen.view.screen(s, ctx(start + 4500)).lift).toBeGreaterThan(0); // gliding down the breath out counts
    const quiet = ballongen.tick!(ballongen.tick!(s, ctx(start + 7900)), ctx(start + 8100));
    expect(ballongen.view.screen(quiet, ctx(start + 8100)).lift).toBe(0);
    expect(quiet.shownLift).toBe(0);
    // And the next tick with nothing new is the same state (no needless update).
    expect(ballongen.tick!(quiet, ctx(start + 8200))).toBe(quiet);
  });

  it("a round takes about the time the words promise with realistic breathing (late presses and let-goes, some holding through)", () => {
    // "Omtrent ett minutt når alle puster med": six tablets, 60 s at the middle level, pattern 4-5.
    const rnd = seededRandom(11);
    const present = SEATS;
    const ctx = (now: number) => ctxOf(present, { now });
    let s = ballongen.init(ballongenConfigSchema.parse({ targetSeconds: 60, pattern: "4-5" }), ctx(T0));
    const r = s.rhythm;
    const period = r.inMs + r.outMs;
    const plans = present.map(() =>
      Array.from({ length: 40 }, (_, c) => {
        const cs = r.startAt + c * period;
        const through = rnd() < 0.2; // now and then a child keeps holding through most of the breath out
        return [cs + 200 + rnd() * 800, cs + r.inMs + 200 + rnd() * 800 + (through ? 3000 : 0)] as const;
      }),
    );
    let done = 0;
    for (let t = T0; t < T0 + 200_000 && !done; t += 100) {
      present.forEach((id, i) => {
        const holding = plans[i].some(([a, b]) => t >= a && t < b);
        const was = plans[i].some(([a, b]) => t - 100 >= a && t - 100 < b);
        if (holding || was) s = ok(ballongen.input!.reduce(s, { holding }, seat(id), ctx(t)));
      });
      s = ballongen.tick!(s, ctx(t));
      if (s.round.phase === "success") done = t - T0;
    }
    expect(done / 1000).toBeGreaterThan(55);
    expect(done / 1000).toBeLessThan(72);
  });
});

// ---------- Bygg sammen ----------

function build(present: readonly string[], motif: "regnbue" | "fyr" = "regnbue") {
  const ctx = ctxOf(present);
  return { s: byggsammen.init(byggsammenConfigSchema.parse({ motif }), ctx), ctx };
}
const holders = (s: ByggsammenState) => new Set(Object.values(s.holder));

describe("watching: Bygg sammen", () => {
  it("before the first piece is placed, the picture is sized for who takes part; after, pieces only move", () => {
    const { s, ctx } = build(SEATS);
    const big = s.pieces.length;
    let w = s;
    for (const id of SEATS.slice(2)) w = ok(byggsammen.reduce(w, { type: "watch", on: true }, seat(id), ctx));
    expect(w.pieces.length).toBeLessThan(big);
    expect([...holders(w)].sort()).toEqual(SEATS.slice(0, 2));
    // Once a piece is placed the picture stays; a watcher's pieces go to the others.
    const first = byggsammen.view.seat(s, SEATS[0], ctx).mine.find((p) => p.ready)!;
    let placed = ok(byggsammen.reduce(s, { type: "place", pieceId: first.id }, seat(SEATS[0]), ctx));
    placed = ok(byggsammen.reduce(placed, { type: "watch", on: true }, seat(SEATS[1]), ctx));
    expect(placed.pieces.length).toBe(big);
    expect(byggsammen.view.seat(placed, SEATS[1], ctx).mine).toEqual([]);
    expect(holders(placed).has(SEATS[1])).toBe(false);
    // Coming back: it gets pieces again.
    const back = ok(byggsammen.reduce(placed, { type: "watch", on: false }, seat(SEATS[1]), ctx));
    expect(byggsammen.view.seat(back, SEATS[1], ctx).mine.length).toBeGreaterThan(0);
  });

  it("the group finishes without the watchers (never blocks)", () => {
    let { s, ctx } = build(SEATS.slice(0, 4), "fyr");
    s = ok(byggsammen.reduce(s, { type: "place", pieceId: byggsammen.view.seat(s, SEATS[0], ctx).mine.find((p) => p.ready)!.id }, seat(SEATS[0]), ctx));
    s = ok(byggsammen.reduce(s, { type: "watch", on: true }, seat(SEATS[3]), ctx));
    for (let guard = 0; guard < 200 && s.round.phase === "running"; guard++) {
      for (const id of SEATS.slice(0, 3)) for (const p of byggsammen.view.seat(s, id, ctx).mine) if (p.ready) s = ok(byggsammen.reduce(s, { type: "place", pieceId: p.id }, seat(id), ctx));
    }
    expect(s.round.phase).toBe("success");
  });

  it("Gi bort: to the chosen avatar; to \"noen som trenger den\" (fewest pieces, connected and taking part)", () => {
    const { s, ctx } = build(SEATS.slice(0, 3));
    const piece = byggsammen.view.seat(s, SEATS[0], ctx).mine[0];
    const view = byggsammen.view.seat(s, SEATS[0], ctx);
    expect(view.giveTo.sort()).toEqual([AVATARS[SEATS[1]], AVATARS[SEATS[2]]].sort());
    expect(JSON.stringify(view)).not.toContain(SEATS[1]);
    const given = ok(byggsammen.reduce(s, { type: "give", pieceId: piece.id, to: AVATARS[SEATS[2]] }, seat(SEATS[0]), ctx));
    expect(given.holder[piece.id]).toBe(SEATS[2]);
    // To whoever needs it: seat 1 is away (network gone), so it goes to seat 2 even with more pieces.
    const away = ctxOf(SEATS.slice(0, 3), { connected: [SEATS[0], SEATS[2]] });
    expect(byggsammen.view.seat(s, SEATS[0], away).giveTo).toEqual([AVATARS[SEATS[2]]]);
    const auto = ok(byggsammen.reduce(s, { type: "give", pieceId: piece.id }, seat(SEATS[0]), away));
    expect(auto.holder[piece.id]).toBe(SEATS[2]);
  });

  it("Gi bort refuses a bad recipient with a clear error and changes nothing", () => {
    const { s, ctx } = build(SEATS.slice(0, 3));
    const piece = byggsammen.view.seat(s, SEATS[0], ctx).mine[0];
    const watching = ok(byggsammen.reduce(s, { type: "watch", on: true }, seat(SEATS[1]), ctx));
    const mineNow = byggsammen.view.seat(watching, SEATS[0], ctx).mine[0];
    const cases: [ByggsammenState, string, RoomCtx, string][] = [
      [s, "whale-blue", ctx, "STALE"], // no tablet with that avatar in the room
      [s, AVATARS[SEATS[0]], ctx, "INVALID"], // itself
      [watching, AVATARS[SEATS[1]], ctx, "NOT_ALLOWED"], // a watching tablet
      [s, AVATARS[SEATS[2]], ctxOf(SEATS.slice(0, 3), { connected: SEATS.slice(0, 2) }), "NOT_ALLOWED"], // away
      [s, AVATARS[SEATS[4]], ctxOf(SEATS.slice(0, 3)), "NOT_ALLOWED"], // in the room but left
    ];
    for (const [state, to, c, code] of cases) {
      const id = state === watching ? mineNow.id : piece.id;
      const before = JSON.stringify(state);
      expect(rejected(byggsammen.reduce(state, { type: "give", pieceId: id, to }, seat(SEATS[0]), c)).code, to).toBe(code);
      expect(JSON.stringify(state)).toBe(before);
    }
  });
});

// ---------- Hva hjelper? ----------

describe("watching: Hva hjelper?", () => {
  it("a watcher's cards wait for no one: the others sort, the board completes; a watcher cannot sort", () => {
    const present = SEATS.slice(0, 4);
    const ctx = ctxOf(present);
    let s: HvahjelperState = hvahjelper.init(hvahjelperConfigSchema.parse({}), ctx);
    s = ok(hvahjelper.reduce(s, { type: "watch", on: true }, seat(SEATS[3]), ctx));
    expect(hvahjelper.view.seat(s, SEATS[3], ctx).mine).toEqual([]);
    expect(rejected(hvahjelper.reduce(s, { type: "sort", card: s.cards[0], column: "helps" }, seat(SEATS[3]), ctx)).code).toMatch(/NOT_ALLOWED|STALE/);
    for (const id of present.slice(0, 3)) {
      for (const m of hvahjelper.view.seat(s, id, ctx).mine) if (!m.onBoard) s = ok(hvahjelper.reduce(s, { type: "sort", card: m.card, column: "helps" }, seat(id), ctx));
    }
    expect(hvahjelper.view.screen(s, ctx).complete).toBe(true);
    expect(s.round.phase).toBe("success");
  });
});

// ---------- Styrkehagen ----------

describe("watching: Styrkehagen's bloom follows who takes part", () => {
  it("never more flowers than the tablets taking part can plant; a watch can make it bloom", () => {
    const ctx = ctxOf(SEATS);
    let s = styrkehagen.init(styrkehagenConfigSchema.parse({ perSeat: 1 }), ctx);
    expect(styrkehagen.view.host(s, ctx).bloomAt).toBe(6);
    for (const id of SEATS.slice(0, 3)) s = ok(styrkehagen.reduce(s, { type: "watch", on: true }, seat(id), ctx));
    expect(styrkehagen.view.host(s, ctx).bloomAt).toBe(3);
    expect(rejected(styrkehagen.reduce(s, { type: "plant", strength: "modig" }, seat(SEATS[0]), ctx)).code).toBe("NOT_ALLOWED");
    for (const id of SEATS.slice(3, 5)) s = ok(styrkehagen.reduce(s, { type: "plant", strength: "modig" }, seat(id), ctx));
    expect(s.bloomed).toBe(false);
    // One who watched comes back and plants (the target grows to four), then one more steps out: three of three bloom.
    s = ok(styrkehagen.reduce(s, { type: "watch", on: false }, seat(SEATS[0]), ctx));
    s = ok(styrkehagen.reduce(s, { type: "plant", strength: "snill" }, seat(SEATS[0]), ctx));
    expect(styrkehagen.view.host(s, ctx).bloomAt).toBe(4);
    s = ok(styrkehagen.reduce(s, { type: "watch", on: true }, seat(SEATS[5]), ctx));
    expect(s.bloomed).toBe(true);
    expect(styrkehagen.milestones!(s)).toBe(1);
  });

  it("a tablet whose network dropped does not keep the garden from blooming", () => {
    let s = styrkehagen.init(styrkehagenConfigSchema.parse({ perSeat: 1 }), ctxOf(SEATS));
    for (const id of SEATS.slice(0, 5)) s = ok(styrkehagen.reduce(s, { type: "plant", strength: "modig" }, seat(id), ctxOf(SEATS)));
    expect(s.bloomed).toBe(false); // six taking part: six flowers
    s = styrkehagen.seatsChanged!(s, ctxOf(SEATS, { connected: SEATS.slice(0, 5) }));
    expect(s.bloomed).toBe(true);
  });
});

// ---------- Detective ----------

describe("watching: the detective", () => {
  it("watching takes the proposal away and refuses new ones; the ideas count only those taking part", () => {
    const ctx = ctxOf(SEATS);
    let s = detective.init(detectiveConfigSchema.parse({ rounds: 1 }), ctx);
    for (const id of SEATS.slice(0, 3)) s = ok(detective.reduce(s, { type: "propose", round: 0, feeling: "glad" }, seat(id), ctx));
    s = ok(detective.reduce(s, { type: "watch", on: true }, seat(SEATS[0]), ctx));
    expect(s.proposals[SEATS[0]]).toBeUndefined();
    expect(rejected(detective.reduce(s, { type: "propose", round: 0, feeling: "glad" }, seat(SEATS[0]), ctx)).code).toBe("NOT_ALLOWED");
    s = ok(detective.reduce(s, { type: "showIdeas", round: 0 }, HOST, ctx));
    const screen = detective.view.screen(s, ctx);
    expect(screen.phase === "ideas" && screen.ideas.status).toBe("hidden"); // two proposers, under k = 3
  });
});
