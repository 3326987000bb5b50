/**
 * The room's shared goal meter ("fyret lyser": the lighthouse lights up). It
 * spans the session's games and only goes up: each milestone an activity
 * reaches lights one lamp, the host may light one by hand, and nothing ever
 * turns a lamp off. It never says who added what. A celebration names the
 * strengths the group used, picked or written by the host (docs/rules.md, "A shared goal that only goes up", "Name the strengths the group used").
 */
import type { GroupStrengthId } from "../content/group-strengths.js";

export const GOAL_DEFAULT_TARGET = 5;
export const GOAL_MIN_TARGET = 1;
export const GOAL_MAX_TARGET = 12;
/** Lamps beyond this are not counted further (the meter is long full by then). */
export const GOAL_MAX_LIT = 99;

export interface Celebration {
  /** Serial within the room, so a client can tell a new celebration from the last. */
  n: number;
  strengths: GroupStrengthId[];
  /** The host's own words, if any. */
  words: string | null;
}

export interface GoalState {
  lit: number;
  target: number;
  celebration: Celebration | null;
  celebrations: number;
  /**
   * Every strength named and every line of the leader's own words at this room's celebrations
   * (at most MAX_NAMED_WORDS lines), for the group's memory (docs/series.md, "The group's memory"). Leader
   * choices only. Optional so snapshots from before these fields still restore.
   */
  named?: GroupStrengthId[];
  words?: string[];
}

export const MAX_NAMED_WORDS = 6;

/** Every role sees the same meter; nothing in it is about one child. */
export interface GoalView {
  lit: number;
  target: number;
  celebration: Celebration | null;
}

export function initialGoal(): GoalState {
  return { lit: 0, target: GOAL_DEFAULT_TARGET, celebration: null, celebrations: 0 };
}

export function goalView(goal: GoalState): GoalView {
  return { lit: goal.lit, target: goal.target, celebration: goal.celebration };
}

/** Raise the meter by `lamps` (never lowers it). */
export function lightLamps(goal: GoalState, lamps: number): GoalState {
  if (!(lamps > 0)) return goal;
  const lit = Math.min(GOAL_MAX_LIT, goal.lit + Math.floor(lamps));
  return lit === goal.lit ? goal : { ...goal, lit };
}
