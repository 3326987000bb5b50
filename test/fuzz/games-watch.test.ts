/**
 * Property fuzz of "Jeg ser på" and adaptive goals in the cooperative games (docs/rules.md
 * "Watching is a first-class way to take part", "Handing on is the child's choice"), over the pure kinds with a seeded clock: tablets join, drop (away, then
 * left), come back, watch and stop watching, play and hand pieces on (to offered avatars, to
 * random ones, to whoever needs it). After every step:
 *  - Bygg sammen: no unplaced piece is held by a watcher or by a tablet that dropped or left;
 *    while anyone connected takes part, every unplaced piece has such a holder (nothing waits on
 *    a watcher or a dropped tablet);
 *    a refused "give" changed nothing; placed pieces only go up within a round;
 *  - Hva hjelper?: every card still waiting has a connected holder taking part who has not chosen;
 *  - Ballongen: the balloon never drops within a round, and a watcher's hold is never kept;
 *  - Styrkehagen: the bloom target is always reachable by the tablets taking part, and a bloom
 *    never goes away.
 *   GAMES_FUZZ_SEEDS=30 (default), GAMES_FUZZ_SEED=1,2 to replay.
 */
import { describe, expect, it } from "vitest";
import { ballongen, ballongenConfigSchema, type BallongenState } from "../../shared/activities/ballongen/index.js";
import { byggsammen, byggsammenConfigSchema, type ByggsammenState } from "../../shared/activities/byggsammen/index.js";
import { hvahjelper, hvahjelperConfigSchema, type HvahjelperState } from "../../shared/activities/hvahjelper/index.js";
import { MAX_FLOWERS, styrkehagen, styrkehagenConfigSchema, bloomTarget, type StyrkehagenState } from "../../shared/activities/styrkehagen/index.js";
import { COLUMNS } from "../../shared/activities/hvahjelper/content.js";
import { isRejection, type RoomCtx } from "../../shared/activities/types.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { seededIds } from "../../shared/room/ids.js";
import { seededRandom } from "../../shared/room/random.js";
import { Gen } from "./gen-kit.js";

const ONLY = (process.env.GAMES_FUZZ_SEED ?? "").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
const SEEDS = ONLY.length ? ONLY : Array.from({ length: Number(process.env.GAMES_FUZZ_SEEDS ?? 30) }, (_, i) => 1000 + i * 7919);
const STEPS = 250;

type Presence = "present" | "away" | "left";
class Room {
  seats: string[] = [];
  presence: Record<string, Presence> = {};
  watching = new Set<string>();
  avatars: Record<string, `${string}-${string}`> = {};
  now = 1_000_000;
  constructor(readonly g: Gen, readonly stream: () => number, readonly ids: () => string) {}
  ctx(): RoomCtx {
    const present = this.seats.filter((s) => this.presence[s] !== "left");
    return {
      seats: this.seats,
      present,
      connected: present.filter((s) => this.presence[s] === "present"),
      avatars: this.avatars,
      ageBand: "8-10",
      language: "nb",
      k: 3,
      random: this.stream,
      newId: this.ids,
      now: this.now,
    };
  }
  join(): string {
    const id = `seat-${this.seats.length.toString(36).padStart(4, "0")}`;
    this.seats.push(id);
    this.presence[id] = "present";
    this.avatars[id] = ALL_AVATARS[this.seats.length - 1];
    return id;
  }
  takingPart(): string[] {
    return this.seats.filter((s) => this.presence[s] !== "left" && !this.watching.has(s));
  }
  /** Taking part with the tablet connected right now. */
  takingPartNow(): string[] {
    return this.takingPart().filter((s) => this.presence[s] === "present");
  }
}

/** One random room step; returns true when who takes part changed (the kind's seatsChanged should run). */
function roomStep(room: Room): { changed: boolean; watch?: { seatId: string; on: boolean } } {
  const g = room.g;
  const roll = g.random();
  if (roll < 0.06 && room.seats.length < 10) return (room.join(), { changed: true });
  const here = room.seats.filter((s) => room.presence[s] !== "left");
  if (roll < 0.12 && here.length > 0) {
    const s = g.pick(here);
    room.presence[s] = room.presence[s] === "present" ? "away" : "left";
    return { changed: true };
  }
  if (roll < 0.16) {
    const gone = room.seats.filter((s) => room.presence[s] !== "present");
    if (gone.length > 0) {
      const s = g.pick(gone);
      room.presence[s] = "present";
      return { changed: true };
    }
  }
  if (roll < 0.26 && here.length > 0) return { changed: false, watch: { seatId: g.pick(here), on: g.chance(0.55) } };
  return { changed: false };
}

function check(seed: number, what: string, ok: boolean): void {
  expect(ok, `${what} (replay: GAMES_FUZZ_SEED=${seed} npx vitest run test/fuzz/games-watch.test.ts)`).toBe(true);
}

function applyWatch<S>(room: Room, state: S, kind: { reduce(s: S, a: never, actor: never, ctx: RoomCtx): S | { rejected: true } }, w: { seatId: string; on: boolean }): S {
  const next = kind.reduce(state, { type: "watch", on: w.on } as never, { role: "seat", seatId: w.seatId } as never, room.ctx());
  if (isRejection(next)) throw new Error(`watch refused: ${next.message}`);
  if (w.on) room.watching.add(w.seatId);
  else room.watching.delete(w.seatId);
  return next as S;
}

function newRoom(seed: number): Room {
  const g = new Gen(seededRandom(seed));
  const room = new Room(g, seededRandom(seed ^ 0x5eed), seededIds(seededRandom(seed ^ 0x1d5)));
  for (let i = 0, n = g.int(1, 6); i < n; i++) room.join();
  return room;
}

describe("games fuzz: watching and dropping never block, goals follow who takes part", () => {
  it.each(SEEDS)("Bygg sammen, seed %i", (seed) => {
    const room = newRoom(seed);
    let s: ByggsammenState = byggsammen.init(byggsammenConfigSchema.parse({ motif: room.g.pick(["regnbue", "fyr"]) }), room.ctx());
    let placedBefore = 0;
    for (let step = 0; step < STEPS; step++) {
      const r = roomStep(room);
      if (r.watch) s = applyWatch(room, s, byggsammen as never, r.watch);
      else if (r.changed) s = byggsammen.seatsChanged!(s, room.ctx());
      else {
        const actorId = room.g.pickOr(room.seats.filter((x) => room.presence[x] === "present"), () => "");
        if (actorId) {
          const view = byggsammen.view.seat(s, actorId, room.ctx());
          const piece = room.g.pickOr(view.mine, () => ({ id: "pnone" }) as never);
          const roll = room.g.random();
          const action =
            roll < 0.55
              ? { type: "place" as const, pieceId: piece.id }
              : roll < 0.75
                ? { type: "give" as const, pieceId: piece.id, to: room.g.pickOr(view.giveTo, () => room.g.pick(ALL_AVATARS)) }
                : roll < 0.85
                  ? { type: "give" as const, pieceId: piece.id, to: room.g.pick(ALL_AVATARS) }
                  : roll < 0.97
                    ? { type: "give" as const, pieceId: piece.id }
                    : { type: "newRound" as const };
          const before = JSON.stringify(s);
          const next = byggsammen.reduce(s, action, action.type === "newRound" ? { role: "host" } : { role: "seat", seatId: actorId }, room.ctx());
          if (isRejection(next)) check(seed, "a refusal changes nothing", JSON.stringify(s) === before);
          else {
            if (action.type === "give" && action.to && next !== s) {
              const to = Object.entries(room.avatars).find(([, a]) => a === action.to)?.[0];
              check(seed, "a chosen recipient is the one that gets it", next.holder[action.pieceId] === to);
              check(seed, "a recipient is taking part and connected", to !== undefined && room.presence[to] === "present" && !room.watching.has(to) && to !== actorId);
            }
            s = next;
          }
        }
      }
      // Every room step tells the kind (as the room core does on any presence change).
      const part = new Set(room.takingPartNow());
      const unplaced = s.pieces.filter((p) => !s.placed[p.id]);
      for (const p of unplaced) {
        const h = s.holder[p.id];
        check(seed, `piece ${p.id} is not held by a watcher or a tablet that dropped or left`, h === null || part.has(h));
        if (part.size > 0) check(seed, `piece ${p.id} has a holder taking part and connected`, h !== null && part.has(h));
      }
      const placedNow = s.pieces.filter((p) => s.placed[p.id]).length;
      check(seed, "placed pieces only go up within a round", placedNow >= placedBefore || placedNow === 0);
      placedBefore = placedNow;
    }
  });

  it.each(SEEDS)("Hva hjelper?, seed %i", (seed) => {
    const room = newRoom(seed);
    let s: HvahjelperState = hvahjelper.init(hvahjelperConfigSchema.parse({}), room.ctx());
    for (let step = 0; step < STEPS; step++) {
      const r = roomStep(room);
      if (r.watch) s = applyWatch(room, s, hvahjelper as never, r.watch);
      else if (r.changed) s = hvahjelper.seatsChanged!(s, room.ctx());
      else {
        const actorId = room.g.pickOr(room.takingPart().filter((x) => room.presence[x] === "present"), () => "");
        const mine = actorId ? hvahjelper.view.seat(s, actorId, room.ctx()).mine.filter((m) => !m.onBoard) : [];
        if (mine.length > 0) {
          const m = room.g.pick(mine);
          const next = room.g.chance(0.85)
            ? hvahjelper.reduce(s, { type: "sort", card: m.card, column: room.g.pick(COLUMNS) }, { role: "seat", seatId: actorId }, room.ctx())
            : hvahjelper.reduce(s, { type: "pass", card: m.card }, { role: "seat", seatId: actorId }, room.ctx());
          if (!isRejection(next)) s = next;
        }
      }
      const part = new Set(room.takingPartNow());
      if (part.size === 0) continue;
      const host = hvahjelper.view.host(s, room.ctx());
      for (const c of host.cards) {
        if (c.status !== "waiting") continue;
        const open = (s.holders[c.card] ?? []).filter((h) => part.has(h) && s.choices[c.card]?.[h] === undefined);
        check(seed, `waiting card ${c.card} has a holder taking part who can still sort it`, open.length > 0);
      }
    }
  });

  it.each(SEEDS)("Ballongen, seed %i", (seed) => {
    const room = newRoom(seed);
    let s: BallongenState = ballongen.init(ballongenConfigSchema.parse({ targetSeconds: 5, pattern: "4-4" }), room.ctx());
    let round = s.round.round;
    let progress = 0;
    for (let step = 0; step < STEPS; step++) {
      room.now += room.g.int(20, 300);
      const r = roomStep(room);
      if (r.watch) s = applyWatch(room, s, ballongen as never, r.watch);
      const actorId = room.g.pickOr(room.seats.filter((x) => room.presence[x] === "present"), () => "");
      if (actorId) {
        const next = ballongen.input!.reduce(s, { holding: room.g.chance(0.6) }, { role: "seat", seatId: actorId }, room.ctx());
        if (!isRejection(next)) s = next;
      }
      s = ballongen.tick!(s, room.ctx());
      if (s.round.phase === "success" && room.g.chance(0.3)) s = ballongen.reduce(s, { type: "newRound" }, { role: "host" }, room.ctx()) as BallongenState;
      if (s.round.round !== round) {
        round = s.round.round;
        progress = 0;
      }
      check(seed, "the balloon never drops within a round", s.progress >= progress);
      progress = s.progress;
      for (const w of room.watching) check(seed, "a watcher's hold is never kept", !Object.prototype.hasOwnProperty.call(s.holds, w) || !s.holds[w].holding);
    }
  });

  it.each(SEEDS)("Styrkehagen, seed %i", (seed) => {
    const room = newRoom(seed);
    let s: StyrkehagenState = styrkehagen.init(styrkehagenConfigSchema.parse({ perSeat: room.g.int(1, 3) }), room.ctx());
    let bloomed = false;
    for (let step = 0; step < STEPS; step++) {
      const r = roomStep(room);
      if (r.watch) s = applyWatch(room, s, styrkehagen as never, r.watch);
      else if (r.changed) s = styrkehagen.seatsChanged!(s, room.ctx());
      else {
        const actorId = room.g.pickOr(room.seats.filter((x) => room.presence[x] !== "left"), () => "");
        if (actorId) {
          const next = styrkehagen.reduce(s, { type: "plant", strength: "modig" }, { role: "seat", seatId: actorId }, room.ctx());
          if (!isRejection(next)) s = next;
          else check(seed, "only a watcher or a full tablet is refused a flower", room.watching.has(actorId) || (s.planted[actorId]?.length ?? 0) >= s.config.perSeat);
        }
      }
      const n = Math.max(1, room.takingPartNow().length);
      check(seed, "the bloom target is reachable by who takes part", bloomTarget(s, room.ctx()) <= Math.min(MAX_FLOWERS, n * s.config.perSeat));
      check(seed, "a bloom never goes away", !bloomed || s.bloomed);
      bloomed = s.bloomed;
    }
  });
});
