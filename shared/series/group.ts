/**
 * A group is one run of a series ("Torsdagsgruppa høst 2027"): its name,
 * settings for its rooms, its leaders and its plan, and which of the plan's
 * meetings were held. A group holds no child data, ever: no seats, avatars,
 * answers or names of children (docs/series.md, rule S1). Kept group results,
 * when the leaders opt in, are k-safe distributions in their own table
 * (server/store/results-store.ts).
 */
import { z } from "zod";
import { LANGUAGES, leaderText } from "./text.js";
import type { Plan, PlanMeeting } from "./plan.js";

export const MAX_CO_LEADERS = 6;

export const groupSchema = z.strictObject({
  name: leaderText(80).min(1, "A group needs a name."),
  ageBand: z.enum(["8-10", "11+"]),
  language: z.enum(LANGUAGES),
  k: z.number().int().min(2).max(10),
  /** Other facilitators (account ids) who may open and edit this group. */
  coLeaders: z.array(z.number().int().positive()).max(MAX_CO_LEADERS).default([]),
  /** The plan the group follows, or null for a group that runs ad hoc. */
  planId: z.string().min(1).max(60).nullable().default(null),
  /**
   * The leaders opted in to keep k-safe group results of Dagens tommel and Evaluering (off by
   * default): group distributions per statement only, never per child (docs/privacy.md, "Kept
   * group results").
   */
  keepResults: z.boolean().default(false),
});
export type Group = z.infer<typeof groupSchema>;
export type GroupInput = z.input<typeof groupSchema>;

export interface HeldMeeting {
  meetingId: string;
  heldAt: number;
}

export interface GroupRecord {
  id: string;
  version: number;
  ownerId: number;
  group: Group;
  held: HeldMeeting[];
  updatedAt: number;
}

/** The first meeting of the plan, in plan order, that the group has not held yet. */
export function nextMeeting(plan: Plan | undefined, held: readonly HeldMeeting[]): PlanMeeting | undefined {
  if (!plan) return undefined;
  const done = new Set(held.map((h) => h.meetingId));
  return plan.meetings.find((m) => !done.has(m.id));
}
