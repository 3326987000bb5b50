/**
 * In-process fuzz over the pure core (shared/room with every kind in the registry), no sockets,
 * no timers: a seeded clock, a seeded stream and seeded ids, so a failing seed replays exactly.
 * Each step is a random transition (seats joining, leaving, coming back and being kicked; every
 * kind started with a generated config; valid and invalid host and tablet actions and live
 * input; ticks; k changes; calm-downs; the goal meter; help; hands). After every step:
 *  - versions only go up, and every change bumps the version;
 *  - a refusal changes nothing (the core returns a rejection, never a half-changed state);
 *  - the projector's view holds no seat id, and a tablet's view holds no other seat's id;
 *  - a tablet's view kept by the fan-out's memo (its kind's `seatKey` unchanged) is the one built now;
 *  - every state the core returns is deeply frozen before the next step, so a change in place throws;
 *  - the snapshot text of the state is its JSON, and the same as the text of a copy (the codec keeps texts by identity);
 *  - every view built across the steps (whatever the views keep by identity from one state to the
 *    next: the shared part, the console's rows, the safeguarding list) is the one built from a copy
 *    of the state that shares no object with it;
 *  - every amount the projector shows is a number only from k (docs/rules.md, "Small-group disclosure control");
 * after a kick, the kicked seat's id is nowhere in the room state but the kicked list (docs/rules.md, "A removed seat leaves nothing behind");
 * and at the end the room is wiped: no seat id and nothing a child sent is left (docs/rules.md, "Children leave no trace").
 * Coverage is asserted, so a reducer that refuses everything fails: every kind must accept at
 * least one host action and one tablet action (or input), and enough activities must run.
 *
 *   CORE_FUZZ_SEEDS=50 (default)   random seeds per run, on top of the pinned ones
 *   CORE_FUZZ_SEED=123,456         run only these seeds (the replay line of a failure)
 *   CORE_FUZZ_STEPS=400 (default)  steps per seed
 */
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KIND_NAMES, activityKinds, findActivityKind } from "../../shared/activities/registry.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { isRejection } from "../../shared/errors.js";
import { createRoomCore } from "../../shared/room/core.js";
import { seededIds } from "../../shared/room/ids.js";
import { seededRandom } from "../../shared/room/random.js";
import { createRoomState, configure, requestHelp, resolveHelp, setLocked, startCalm, stopCalm, lightGoal, type RoomClock, type RoomResult, type RoomState } from "../../shared/room/room.js";
import { SeatPartMemo } from "../../shared/room/views.js";
import { encodeRoom } from "../../server/rooms/room-codec.js";
import { lowerHand, raiseHand } from "../../shared/room/hands.js";
import { Gen, generatorFor, missingGenerators, type GenCtx } from "./generators.js";

const core = createRoomCore(activityKinds);

/**
 * Every state the core returns is frozen, all the way down, before the next step: a reducer that
 * changed an object of the state it was given (instead of replacing it) throws here. The views and
 * the snapshot codec keep what they built by the identity of the state's parts, which is only
 * right if no part ever changes in place (shared/room/room.ts, server/rooms/room-codec.ts).
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
const LINKS = { joinUrl: "http://127.0.0.1/join?code=ABCDE", screenToken: "screen-token-fuzz" };
const STEPS = Number(process.env.CORE_FUZZ_STEPS ?? 400);
/** Seeds that once found something, or that cover a lot: always run. */
const PINNED = [1, 2, 3, 20261201, 4242];
const ONLY = (process.env.CORE_FUZZ_SEED ?? "").split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const RANDOM_SEEDS = ONLY.length ? [] : Array.from({ length: Number(process.env.CORE_FUZZ_SEEDS ?? 50) }, () => randomInt(1, 2 ** 31));
const SEEDS = ONLY.length ? ONLY : [...PINNED, ...RANDOM_SEEDS];

interface Coverage {
  host: Record<string, number>;
  seat: Record<string, number>;
  started: Record<string, number>;
  refused: number;
  steps: number;
}
const coverage: Coverage = { host: {}, seat: {}, started: {}, refused: 0, steps: 0 };
const bump = (table: Record<string, number>, key: string) => void (table[key] = (table[key] ?? 0) + 1);

/** Every `amount` object with a count the projector would show. */
function shownCounts(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) for (const v of value) shownCounts(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const amount = o.amount as { kind?: unknown; n?: unknown } | undefined;
    if (amount && typeof amount === "object" && amount.kind === "count" && typeof amount.n === "number") out.push(amount.n);
    for (const v of Object.values(o)) shownCounts(v, out);
  }
  return out;
}

function runSeed(seed: number): void {
  const replay = `CORE_FUZZ_SEED=${seed} CORE_FUZZ_STEPS=${STEPS} npx vitest run test/fuzz/core.test.ts`;
  const g = new Gen(seededRandom(seed));
  const stream = seededRandom(seed ^ 0x5eed);
  const ids = seededIds(seededRandom(seed ^ 0x1d5));
  let now = 1_000_000;
  const clock = (): RoomClock => ({ now, random: stream, newId: ids });
  let state: RoomState = createRoomState({ id: `r${seed}`, code: "ABCDE", ownerId: 1, now });
  const everSeated: string[] = [];
  const texts: string[] = [];
  let serial = 0;
  const log: string[] = [];
  const fail = (why: string) => {
    throw new Error(`${why}\n  seed ${seed}, step ${log.length}; last steps:\n    ${log.slice(-8).join("\n    ")}\n  replay: ${replay}`);
  };

  const seats = () => state.seatOrder.filter((id) => state.seats[id] !== undefined);
  /** The room's seat parts across steps, as the live room keeps them (shared/room/views.ts). */
  const memo = new SeatPartMemo();
  const activityView = (role: "host" | "seat", seatId?: string): unknown =>
    role === "host" ? core.hostView(state, LINKS, now).activity?.view : seatId ? core.seatView(state, seatId, now)?.activity?.view : undefined;
  const genCtx = (seatId?: string): GenCtx => ({ g, hostActivity: activityView("host"), seatActivity: seatId ? activityView("seat", seatId) : undefined, seatIds: seats() });

  /** Apply a result: a refusal must leave the state untouched; a change must bump the version. */
  const apply = (label: string, before: RoomState, result: RoomResult, mustRefuse = false): boolean => {
    log.push(label);
    if (isRejection(result)) {
      coverage.refused++;
      if (state !== before) fail(`${label}: refused but the state changed`);
      return false;
    }
    if (mustRefuse) fail(`${label}: accepted, but it must be refused`);
    if (result !== before && result.version <= before.version) fail(`${label}: changed without a version bump`);
    if (result.version < before.version) fail(`${label}: the version went down`);
    state = deepFreeze(result);
    return result !== before;
  };

  const checkViews = () => {
    // The threshold as the rules define it, computed here and not by the module under test.
    const k = Math.max(2, Math.floor(state.settings.k));
    const screen = JSON.stringify(core.screenView(state, LINKS, now));
    for (const id of everSeated) if (screen.includes(id)) fail(`the projector's view holds seat id ${id}`);
    for (const n of shownCounts(core.screenView(state, LINKS, now))) if (n > 0 && n < k) fail(`the projector shows the count ${n} with k = ${k}`);
    // A seat part kept by the room's memo (its seatKey unchanged) is the part the view functions build now.
    const kept = core.roomViewParts(state, LINKS, now, memo).seats;
    const built = core.roomViewParts(state, LINKS, now).seats;
    if (JSON.stringify(kept) !== JSON.stringify(built)) fail(`a kept seat view is not the one built now (${state.activity?.kind ?? "lobby"}): its seatKey misses something the view reads`);
    // A copy shares no object with the state, so nothing kept by identity is found for it.
    const copy = structuredClone(state);
    const fresh = (s: RoomState) => JSON.stringify([core.hostView(s, LINKS, now), core.screenView(s, LINKS, now), s.seatOrder.map((id) => core.seatView(s, id, now))]);
    if (fresh(state) !== fresh(copy)) fail(`a view kept from an earlier state is not the one built now (${state.activity?.kind ?? "lobby"})`);
    // The snapshot codec keeps the text of the state's objects by identity too: what it writes for
    // this state must be, byte for byte, what it writes for the copy, and what JSON.stringify says.
    const written = encodeRoom({ state, screenToken: LINKS.screenToken });
    const copied = encodeRoom({ state: copy, screenToken: LINKS.screenToken });
    if (written.body !== copied.body || written.finished !== copied.finished) fail(`a snapshot text kept from an earlier state is not the one made now (${state.activity?.kind ?? "lobby"})`);
    const { finished: _finished, ...body } = copy;
    if (written.finished !== JSON.stringify(copy.finished) || JSON.stringify(JSON.parse(written.body).state) !== JSON.stringify(body)) fail("the snapshot text is not the state's JSON");
    for (const me of seats()) {
      const view = JSON.stringify(core.seatView(state, me, now));
      for (const other of everSeated) if (other !== me && view.includes(other)) fail(`seat ${me}'s view holds seat id ${other}`);
    }
  };

  for (let step = 0; step < STEPS; step++) {
    coverage.steps++;
    now += g.int(0, 3_000);
    const before = state;
    const present = seats();
    const running = state.activity;
    const r = g.random();
    if (r < 0.07 && present.length < 10) {
      const free = ALL_AVATARS.filter((a) => !Object.values(state.seats).some((s) => s.avatar === a));
      const seatId = `fz${seed.toString(36)}s${(serial++).toString(36)}q`;
      if (apply(`add ${seatId}`, before, core.addSeat(state, seatId, g.pick(free), clock()))) {
        everSeated.push(seatId);
        state = core.setPresence(state, seatId, "present", clock());
      }
    } else if (r < 0.1 && present.length > 0) {
      const seatId = g.pick(present);
      const presence = g.pick(["present", "away", "left"] as const);
      log.push(`presence ${seatId} ${presence}`);
      const next = core.setPresence(state, seatId, presence, clock());
      if (next !== before && next.version <= before.version) fail("presence changed without a version bump");
      state = next;
    } else if (r < 0.12 && present.length > 2) {
      const seatId = g.pick(present);
      if (apply(`kick ${seatId}`, before, core.kickSeat(state, seatId, clock()))) {
        // docs/rules.md, "A removed seat leaves nothing behind": nothing of a kicked seat stays in the room but the kicked list.
        if (JSON.stringify({ ...state, kicked: [] }).includes(seatId)) fail(`kicked seat ${seatId} is still in the room state`);
      }
    } else if (r < 0.2 || !running) {
      const kind = g.pick(ACTIVITY_KIND_NAMES);
      const gen = generatorFor(kind);
      if (g.chance(0.15)) apply(`start ${kind} (bad config)`, before, core.startActivity(state, kind, gen.badConfig(genCtx()), clock()), true);
      else if (apply(`start ${kind}`, before, core.startActivity(state, kind, gen.config(genCtx()), clock()))) bump(coverage.started, kind);
    } else if (r < 0.22) {
      apply("stop", before, core.stopActivity(state, g.chance(0.9) ? running.id : "a999"));
    } else if (r < 0.62 && present.length > 0) {
      const seatId = g.pick(present);
      const gen = generatorFor(running.kind);
      const kind = findActivityKind(running.kind)!;
      if (kind.input && g.chance(0.4)) {
        const accepted = apply(`input ${running.kind}`, before, core.inputToActivity(state, running.id, gen.input!(genCtx(seatId)), { role: "seat", seatId }, clock()));
        if (accepted) bump(coverage.seat, running.kind);
      } else if (g.chance(0.1)) {
        apply(`bad seat action ${running.kind}`, before, core.actOnActivity(state, running.id, gen.bad(genCtx(seatId)), { role: "seat", seatId }, clock()), true);
      } else {
        const action = gen.seat(genCtx(seatId));
        for (const text of [(action as { text?: unknown }).text, (action as { word?: unknown }).word]) if (typeof text === "string" && text.length > 3) texts.push(text);
        if (apply(`seat ${running.kind} ${JSON.stringify(action)}`, before, core.actOnActivity(state, running.id, action, { role: "seat", seatId }, clock()))) bump(coverage.seat, running.kind);
      }
    } else if (r < 0.85) {
      const gen = generatorFor(running.kind);
      if (g.chance(0.1)) apply(`bad host action ${running.kind}`, before, core.actOnActivity(state, running.id, gen.bad(genCtx()), { role: "host" }, clock()), true);
      else {
        const action = gen.host(genCtx());
        if (apply(`host ${running.kind} ${JSON.stringify(action)}`, before, core.actOnActivity(state, running.id, action, { role: "host" }, clock()))) bump(coverage.host, running.kind);
      }
    } else if (r < 0.9) {
      log.push("tick");
      const next = core.tickActivity(state, clock());
      if (next !== before && next.version <= before.version) fail("a tick changed state without a version bump");
      state = next;
    } else {
      const room = g.pick(["k", "language", "lock", "calm", "calmStop", "lamp", "help", "resolve", "hand", "handDown"] as const);
      const seatId = present.length ? g.pick(present) : "nobody";
      const next: RoomResult =
        room === "k" ? configure(state, { k: g.int(2, 6) })
        // What a view's texts are chosen by: a kept tablet view must follow it too.
        : room === "language" ? configure(state, { language: g.pick(["nb", "nn", "en"] as const), ageBand: g.pick(["8-10", "11+"] as const) })
        : room === "lock" ? setLocked(state, g.chance(0.3))
        : room === "calm" ? startCalm(state, "4-5", 1, now)
        : room === "calmStop" ? stopCalm(state)
        : room === "lamp" ? lightGoal(state)
        : room === "help" ? requestHelp(state, seatId, now)
        // A tablet's part holds its own hand: a kept part must follow it.
        : room === "hand" ? raiseHand(state, seatId, now)
        : room === "handDown" ? lowerHand(state, seatId)
        : resolveHelp(state, seatId);
      apply(`room ${room}`, before, next);
    }
    checkViews();
  }

  // The end of the session: nothing about any child is left.
  const wiped = JSON.stringify(core.wipeRoom(state));
  for (const id of everSeated) if (wiped.includes(id)) fail(`after wipeRoom the state still holds seat id ${id}`);
  for (const text of texts) if (wiped.includes(text)) fail(`after wipeRoom the state still holds "${text}"`);
}

describe("pure-core fuzz", () => {
  it("every kind in the registry has a fuzz generator", () => {
    expect(missingGenerators()).toEqual([]);
  });

  it(`${SEEDS.length} seeds × ${STEPS} steps: invariants hold after every step`, { timeout: 120_000 }, () => {
    for (const seed of SEEDS) runSeed(seed);
  });

  it("exercised something: every kind started, and accepted host and tablet actions", () => {
    const starts = Object.values(coverage.started).reduce((a, b) => a + b, 0);
    console.log(`[core fuzz] ${SEEDS.length} seeds, ${coverage.steps} steps, ${starts} activities, ${coverage.refused} refusals; host ${JSON.stringify(coverage.host)}; seat ${JSON.stringify(coverage.seat)}`);
    expect(starts).toBeGreaterThanOrEqual(ACTIVITY_KIND_NAMES.length * 3);
    for (const kind of ACTIVITY_KIND_NAMES) {
      expect(coverage.started[kind] ?? 0, `${kind} started`).toBeGreaterThan(0);
      expect(coverage.host[kind] ?? 0, `${kind}: accepted host actions`).toBeGreaterThan(0);
      expect(coverage.seat[kind] ?? 0, `${kind}: accepted tablet actions or input`).toBeGreaterThan(0);
    }
  });
});
