/**
 * What the cooperative games share: a round that the host runs (pause, easier
 * or harder live, hint, a soft "almost" and trying again, a new round), and
 * the rules the games keep (docs/rules.md, "Cooperative games"):
 *  - no per-child points, ranks, speed or error counts, in any view;
 *  - progress and the shared goal only go up; "almost" keeps everything the
 *    group built and "try again" carries on from there;
 *  - no timers: a round ends when the group gets there or the host says so.
 * Pure and free of zod (the tablet bundle reads it); the action schemas are
 * in ./actions.ts.
 */
import { reject, type Rejection } from "../activities/types.js";
import type { Actor } from "../room/types.js";

export const GAME_PHASES = ["running", "paused", "almost", "success"] as const;
export type GamePhase = (typeof GAME_PHASES)[number];

/** Difficulty, set live by the host: 1 is the easiest, 5 the hardest. */
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export const DEFAULT_LEVEL = 3;

export interface RoundState {
  phase: GamePhase;
  level: number;
  hint: boolean;
  /** 1 for the first round, +1 for each new round. */
  round: number;
  /** Rounds the group finished; only goes up (it drives the shared goal meter). */
  successes: number;
}

/** What every role may see of the round: the same for all, and nothing about one child. */
export type RoundView = Omit<RoundState, "successes">;

export type GameHostAction =
  | { type: "pause" }
  | { type: "resume" }
  | { type: "easier" }
  | { type: "harder" }
  | { type: "hint"; on: boolean }
  | { type: "almost" }
  | { type: "tryAgain" }
  | { type: "newRound" };

export function initialRound(level = DEFAULT_LEVEL): RoundState {
  return { phase: "running", level, hint: false, round: 1, successes: 0 };
}

export function roundView(round: RoundState): RoundView {
  return { phase: round.phase, level: round.level, hint: round.hint, round: round.round };
}

/** The group reached the goal of this round. */
export function succeed(round: RoundState): RoundState {
  return round.phase === "success" ? round : { ...round, phase: "success", hint: false, successes: round.successes + 1 };
}

/** What a kind supports of the host's round controls. */
export interface RoundFeatures {
  /** easier/harder change something in this game. */
  levels: boolean;
  /** "almost"/"tryAgain"/"newRound" make sense in this game. */
  rounds: boolean;
}

/**
 * The host's round controls, except `newRound` (the kind deals a fresh round
 * itself, then calls `nextRound`). Returns the same object when nothing changes.
 */
export function reduceRound(round: RoundState, action: GameHostAction, actor: Actor, features: RoundFeatures): RoundState | Rejection {
  if (actor.role !== "host") return reject("FORBIDDEN", "Only the host runs the game.");
  switch (action.type) {
    case "pause":
      if (round.phase === "paused") return round;
      return round.phase === "running" ? { ...round, phase: "paused" } : reject("NOT_ALLOWED", "Only a running game can pause.");
    case "resume":
      if (round.phase === "running") return round;
      return round.phase === "paused" ? { ...round, phase: "running" } : reject("NOT_ALLOWED", "Only a paused game can resume.");
    case "easier":
    case "harder": {
      if (!features.levels) return reject("NOT_ALLOWED", "This game has no difficulty levels.");
      const level = Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, round.level + (action.type === "easier" ? -1 : 1)));
      return level === round.level ? round : { ...round, level };
    }
    case "hint":
      return round.hint === action.on ? round : { ...round, hint: action.on };
    case "almost":
      if (!features.rounds) return reject("NOT_ALLOWED", "This game has no rounds.");
      if (round.phase === "almost") return round;
      return round.phase === "success" ? reject("NOT_ALLOWED", "The group already got there.") : { ...round, phase: "almost" };
    case "tryAgain":
      if (!features.rounds) return reject("NOT_ALLOWED", "This game has no rounds.");
      if (round.phase === "running") return round;
      return round.phase === "almost" ? { ...round, phase: "running" } : reject("NOT_ALLOWED", "Try again follows \"almost\".");
    case "newRound":
      return reject("NOT_ALLOWED", "The game deals a new round itself.");
  }
}

/** A fresh round after success or "almost": the level and the successes carry over. */
export function nextRound(round: RoundState): RoundState {
  return { ...round, phase: "running", hint: false, round: round.round + 1 };
}

/** Tablets may play only while the round runs. */
export function playing(round: RoundState): Rejection | null {
  if (round.phase === "running") return null;
  return reject(round.phase === "paused" ? "NOT_ALLOWED" : "STALE", round.phase === "paused" ? "The game is paused." : "This round is over.");
}
