/**
 * Ballongen (the balloon): every tablet has a big "hold" button and the group
 * breathes in a slow shared rhythm (in 4 s, out 4–6 s). Holding while
 * breathing in, and letting go while breathing out, lifts a shared balloon on
 * the projector; the more tablets breathe along, the faster it rises. It never
 * drops: a tablet that lets go (or never holds, or drops off the network) only
 * makes it slower, and the screen never shows which tablet that was.
 *
 * The goal scales with the tablets taking part: each connected tablet that is
 * not watching ("Jeg ser på", docs/rules.md, "Watching is a first-class way to take part") has a full share of 1/N,
 * so 2 or 30 tablets breathing along take the same time, and a child who
 * watches or whose network drops never slows the others.
 * Holds arrive as live input (`activity:input`, {holding}); time passes in
 * `tick`. Pure: the time comes from ctx.now.
 */
import { z } from "zod";
import { CALM_PATTERN_IDS, CALM_PATTERNS, type CalmPattern } from "../../room/calm.js";
import type { SeatId } from "../../room/types.js";
import {
  initialRound,
  nextRound,
  reduceRound,
  roundView,
  succeed,
  type RoundState,
  type RoundView,
} from "../../games/round.js";
import { gameHostActions, gameWatchAction } from "../../games/actions.js";
import { forgetWatcher, isWatching, setWatching, takingPartNow, watchersOf, type Watching } from "../../games/watching.js";
import { isRejection, type ActivityKind, type RoomCtx } from "../types.js";

export const ballongenConfigSchema = z
  .strictObject({
    /** Seconds to the top when every tablet breathes along, at the middle level. */
    targetSeconds: z.number().int().min(5).max(600).default(60),
    pattern: z.enum(CALM_PATTERN_IDS).default("4-5"),
  })
  .default({ targetSeconds: 60, pattern: "4-5" });
export type BallongenConfig = z.output<typeof ballongenConfigSchema>;

export const ballongenActionSchema = z.discriminatedUnion("type", [gameWatchAction, ...gameHostActions]);
export type BallongenAction = z.infer<typeof ballongenActionSchema>;

export const ballongenInputSchema = z.strictObject({ holding: z.boolean() });
export type BallongenInput = z.infer<typeof ballongenInputSchema>;

/** Level 1 (easiest) … 5: how much longer than targetSeconds the climb takes. */
export const LEVEL_FACTOR = [0.5, 0.7, 1, 1.4, 2] as const;
/** A hold with no sample for this long counts as let go (a tablet that vanished mid-hold). */
export const HOLD_STALE_MS = 1000;
/** Time is integrated in steps of at most this; a longer gap (calm-down, stall) is not counted. */
export const MAX_STEP_MS = 500;
/** The first breath starts this long after a round begins, so every surface can start together. */
export const RHYTHM_LEAD_MS = 1500;
/** Holding through a breath out still lifts, at this weight (it only slows, never stops). */
export const HOLD_OUT_WEIGHT = 0.5;
/**
 * Children let go a little after the guide says "pust ut" (they watch it change, then act): the
 * first this-many ms of a breath out still count fully for a tablet that holds.
 */
export const LET_GO_GRACE_MS = 1200;
/** Likewise a tablet that starts holding within this long of "pust inn" is counted from the breath's start. */
export const PRESS_GRACE_MS = 1200;

export interface Rhythm {
  pattern: CalmPattern;
  startAt: number;
  inMs: number;
  outMs: number;
}

interface SeatHold {
  holding: boolean;
  lastSeen: number;
  /** Last time this tablet was holding (for the "breathe out with the group" share). */
  lastHeldAt: number;
}

export interface BallongenState {
  config: BallongenConfig;
  round: RoundState;
  rhythm: Rhythm;
  /** 0 … 1 of the way to the goal; never goes down within a round. */
  progress: number;
  /** Server-private: never in a view. */
  holds: Readonly<Record<SeatId, SeatHold>>;
  lastTick: number;
  /** Server-private: tablets that chose "Jeg ser på". Absent in a state from before it existed. */
  watching?: Watching;
  /**
   * The lift the views last showed. A tick that moves nothing but changes what the words should
   * say ("venter" / "stiger") still makes a new state, so no surface keeps stale words.
   */
  shownLift?: Lift;
}

/** How much the group lifts right now, in four calm steps (0 = nobody, 3 = most of the group). */
export type Lift = 0 | 1 | 2 | 3;

export interface BallongenScreenView extends RoundView {
  rhythm: Rhythm;
  progress: number;
  lift: Lift;
}
export interface BallongenHostView extends BallongenScreenView {
  successes: number;
  /** How many tablets watch right now (never who). */
  watchers: number;
  targetSeconds: number;
  /** Seconds to the top with everyone along, at the current level. */
  effectiveSeconds: number;
}
export interface BallongenSeatView extends RoundView {
  rhythm: Rhythm;
  /** This tablet chose "Jeg ser på". */
  watching: boolean;
}

function makeRhythm(pattern: CalmPattern, now: number): Rhythm {
  return { pattern, startAt: now + RHYTHM_LEAD_MS, ...CALM_PATTERNS[pattern] };
}

/** How much of [a, b] falls in breaths in and breaths out (before the first breath counts as in). */
export function splitByBreath(r: Rhythm, a: number, b: number): { inMs: number; outMs: number } {
  let inMs = 0;
  let outMs = 0;
  if (b <= a) return { inMs, outMs };
  if (a < r.startAt) {
    inMs += Math.min(b, r.startAt) - a;
    a = r.startAt;
    if (b <= a) return { inMs, outMs };
  }
  const period = r.inMs + r.outMs;
  const overlap = (s: number, e: number) => Math.max(0, Math.min(b, e) - Math.max(a, s));
  for (let c = Math.floor((a - r.startAt) / period); ; c++) {
    const cs = r.startAt + c * period;
    if (cs >= b) break;
    inMs += overlap(cs, cs + r.inMs);
    outMs += overlap(cs + r.inMs, cs + period);
  }
  return { inMs, outMs };
}

/**
 * The weighted time a tablet held over [a, b]: breaths in count fully, the first
 * LET_GO_GRACE_MS of each breath out too, the rest of a breath out at HOLD_OUT_WEIGHT.
 */
export function heldWeight(r: Rhythm, a: number, b: number): number {
  if (b <= a) return 0;
  let weight = 0;
  if (a < r.startAt) {
    weight += Math.min(b, r.startAt) - a;
    a = r.startAt;
    if (b <= a) return weight;
  }
  const period = r.inMs + r.outMs;
  const grace = Math.min(LET_GO_GRACE_MS, r.outMs);
  const overlap = (s: number, e: number) => Math.max(0, Math.min(b, e) - Math.max(a, s));
  for (let c = Math.floor((a - r.startAt) / period); ; c++) {
    const cs = r.startAt + c * period;
    if (cs >= b) break;
    weight += overlap(cs, cs + r.inMs + grace) + HOLD_OUT_WEIGHT * overlap(cs + r.inMs + grace, cs + period);
  }
  return weight;
}

/**
 * A press a moment after "pust inn" is counted from the start of that breath in (at most
 * PRESS_GRACE_MS back, and never over time the tablet was already counted for).
 */
export function pressCredit(r: Rhythm, now: number, lastHeldAt: number): number {
  if (now < r.startAt) return 0;
  const period = r.inMs + r.outMs;
  const cs = r.startAt + Math.floor((now - r.startAt) / period) * period;
  if (now - cs > Math.min(PRESS_GRACE_MS, r.inMs)) return 0;
  return Math.max(0, now - Math.max(cs, lastHeldAt));
}

/** The breath out of the cycle that holds time t. */
export function exhaleOf(r: Rhythm, t: number): [number, number] {
  const period = r.inMs + r.outMs;
  const c = Math.max(0, Math.floor((t - r.startAt) / period));
  const cs = r.startAt + c * period;
  return [cs + r.inMs, cs + period];
}

function climbMs(state: BallongenState): number {
  return state.config.targetSeconds * 1000 * LEVEL_FACTOR[state.round.level - 1];
}

/**
 * Let time pass up to `now`: each present tablet adds its share. Holding while
 * breathing in counts fully, holding through a breath out counts half, and
 * letting go to breathe out after holding counts fully for that breath out.
 * Returns the same state when nothing moved.
 */
export function integrate(state: BallongenState, ctx: RoomCtx): BallongenState {
  const now = ctx.now;
  if (state.round.phase !== "running") return state;
  const a = Math.max(state.lastTick, now - MAX_STEP_MS);
  if (now <= a) return state;
  const present = takingPartNow(ctx, state.watching);
  let gained = 0;
  let holds = state.holds;
  for (const seatId of present) {
    const rec = state.holds[seatId];
    if (!rec) continue;
    if (rec.holding) {
      const end = Math.min(now, rec.lastSeen + HOLD_STALE_MS);
      if (end > a) gained += heldWeight(state.rhythm, a, end);
      if (rec.lastSeen + HOLD_STALE_MS < now) {
        // Gone quiet mid-hold: counted as let go, with no share for the breath out.
        if (holds === state.holds) holds = { ...state.holds };
        (holds as Record<SeatId, SeatHold>)[seatId] = { holding: false, lastSeen: rec.lastSeen, lastHeldAt: Number.NEGATIVE_INFINITY };
      }
    } else if (Number.isFinite(rec.lastHeldAt)) {
      const [es, ee] = exhaleOf(state.rhythm, rec.lastHeldAt);
      const from = Math.max(a, es, rec.lastHeldAt);
      const to = Math.min(now, ee);
      if (to > from) gained += to - from;
    }
  }
  if (gained <= 0 && holds === state.holds) return withShownLift(state, ctx);
  const n = Math.max(1, present.length);
  const progress = Math.min(1, state.progress + gained / (n * climbMs(state)));
  if (progress >= 1) return { ...state, progress: 1, holds: {}, lastTick: now, round: succeed(state.round), shownLift: 0 };
  return withShownLift({ ...state, progress, holds, lastTick: now }, ctx);
}

/** The same state when the words the views show are still right, else one that refreshes them. */
function withShownLift(state: BallongenState, ctx: RoomCtx): BallongenState {
  const lift = liftOf(state, ctx);
  return (state.shownLift ?? 0) === lift ? state : { ...state, shownLift: lift };
}

/** Right now, how many of the present tablets breathe along, in four steps (never a count). */
export function liftOf(state: BallongenState, ctx: RoomCtx): Lift {
  if (state.round.phase !== "running") return 0;
  const present = takingPartNow(ctx, state.watching);
  if (present.length === 0) return 0;
  // Breathing along is holding, or having let go to breathe out after a hold: the balloon
  // rises then too (see integrate), so the words must not say it is waiting.
  let along = 0;
  for (const seatId of present) {
    const rec = state.holds[seatId];
    if (!rec) continue;
    if (rec.holding && rec.lastSeen + HOLD_STALE_MS >= ctx.now) along++;
    else if (!rec.holding && Number.isFinite(rec.lastHeldAt)) {
      const [es, ee] = exhaleOf(state.rhythm, rec.lastHeldAt);
      if (ctx.now >= Math.max(es, rec.lastHeldAt) && ctx.now < ee) along++;
    }
  }
  if (along === 0) return 0;
  const share = along / present.length;
  return share >= 2 / 3 ? 3 : share >= 1 / 3 ? 2 : 1;
}

function screenOf(state: BallongenState, ctx: RoomCtx): BallongenScreenView {
  return {
    ...roundView(state.round),
    rhythm: state.rhythm,
    progress: Math.floor(state.progress * 1000) / 1000,
    lift: liftOf(state, ctx),
  };
}

export const ballongen: ActivityKind<
  BallongenConfig,
  BallongenState,
  BallongenAction,
  { host: BallongenHostView; screen: BallongenScreenView; seat: BallongenSeatView },
  BallongenInput
> = {
  kind: "ballongen",
  config: ballongenConfigSchema,
  action: ballongenActionSchema,

  init(config, ctx) {
    return { config, round: initialRound(), rhythm: makeRhythm(config.pattern, ctx.now), progress: 0, holds: {}, lastTick: ctx.now, watching: {}, shownLift: 0 };
  },

  reduce(state, action, actor, ctx) {
    if (action.type === "watch") {
      const watching = setWatching(state.watching, actor, action.on);
      if (isRejection(watching)) return watching;
      if (watching === (state.watching ?? {})) return state;
      // Count what happened up to now with the old group, then size the goal for the new one.
      const before = integrate(state, ctx);
      const holds = { ...before.holds };
      if (actor.role === "seat") delete holds[actor.seatId];
      return withShownLift({ ...before, watching, holds }, ctx);
    }
    if (action.type === "newRound") {
      if (actor.role !== "host") return { rejected: true, code: "FORBIDDEN", message: "Only the host runs the game." };
      return {
        ...state,
        round: nextRound(state.round),
        rhythm: makeRhythm(state.config.pattern, ctx.now),
        progress: 0,
        holds: {},
        lastTick: ctx.now,
      };
    }
    // Count what happened up to now at the old level before the host changes anything.
    const before = integrate(state, ctx);
    const round = reduceRound(before.round, action, actor, { levels: true, rounds: true });
    if ("rejected" in round) return round;
    if (round === before.round) return before;
    const restarting = round.phase === "running" && before.round.phase !== "running";
    return { ...before, round, holds: restarting ? {} : before.holds, lastTick: restarting ? ctx.now : before.lastTick };
  },

  input: {
    schema: ballongenInputSchema,
    reduce(state, input, actor, ctx) {
      if (state.round.phase !== "running" || isWatching(state.watching, actor.seatId)) return state;
      const next = integrate(state, ctx);
      if (next.round.phase !== "running") return next;
      const rec = next.holds[actor.seatId];
      let updated: SeatHold;
      let credit = 0;
      if (input.holding) {
        if (!rec?.holding) credit = pressCredit(next.rhythm, ctx.now, rec?.lastHeldAt ?? Number.NEGATIVE_INFINITY);
        updated = { holding: true, lastSeen: ctx.now, lastHeldAt: ctx.now };
      }
      else if (rec?.holding) updated = { holding: false, lastSeen: ctx.now, lastHeldAt: ctx.now };
      else return next;
      const holds = { ...next.holds, [actor.seatId]: updated };
      if (credit > 0) {
        const n = Math.max(1, takingPartNow(ctx, next.watching).length);
        const progress = Math.min(1, next.progress + credit / (n * climbMs(next)));
        if (progress >= 1) return { ...next, progress: 1, holds: {}, lastTick: ctx.now, round: succeed(next.round), shownLift: 0 };
        return withShownLift({ ...next, progress, holds, lastTick: ctx.now }, ctx);
      }
      return withShownLift({ ...next, holds, lastTick: ctx.now }, ctx);
    },
  },

  tick(state, ctx) {
    return integrate(state, ctx);
  },

  forgetSeat(state, seatId) {
    const watched = isWatching(state.watching, seatId);
    if (!Object.prototype.hasOwnProperty.call(state.holds, seatId) && !watched) return state;
    const holds = { ...state.holds };
    delete holds[seatId];
    return { ...state, holds, watching: forgetWatcher(state.watching, seatId) };
  },

  milestones(state) {
    return state.round.successes;
  },

  view: {
    host(state, ctx) {
      return {
        ...screenOf(state, ctx),
        successes: state.round.successes,
        watchers: watchersOf(state.watching, ctx),
        targetSeconds: state.config.targetSeconds,
        effectiveSeconds: Math.round(climbMs(state) / 1000),
      };
    },
    screen: screenOf,
    seat(state, seatId) {
      return { ...roundView(state.round), rhythm: state.rhythm, watching: isWatching(state.watching, seatId) };
    },
  },
};
