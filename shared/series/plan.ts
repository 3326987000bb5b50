/**
 * Session plans: a plan is an ordered list of meetings, a meeting an ordered
 * list of steps. A step is one activity kind with its config (checked by that
 * kind's own config schema), or a room-level step: "talk" (the tablets rest on
 * their calm idle screen while the group eats or talks) or "calm" (the synced
 * breathing guide). Plans hold leader text only, never anything about a child
 * (docs/series.md, rule S1).
 */
import { z } from "zod";
import { findActivityKind, ACTIVITY_KIND_NAMES } from "../activities/registry.js";
import { kindServes } from "../activities/types.js";
import { calmStepConfigSchema, ROOM_STEP_KINDS, talkStepConfigSchema } from "../room/agenda.js";
import { addIssues } from "./issues.js";
import { LANGUAGES, leaderText } from "./text.js";

export type RoomStepKind = (typeof ROOM_STEP_KINDS)[number];
export const STEP_KINDS = [...ROOM_STEP_KINDS, ...ACTIVITY_KIND_NAMES] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const MAX_MEETINGS = 30;
export const MAX_STEPS = 20;
export const MAX_STEP_MINUTES = 240;


export const meetingIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "ids are 1–40 lower-case letters, digits or dashes");

/** The config schema a step of this kind must pass: the activity's own, or the room step's. */
export function stepConfigSchema(kind: string): z.ZodType | undefined {
  if (kind === "calm") return calmStepConfigSchema;
  if (kind === "talk") return talkStepConfigSchema;
  return findActivityKind(kind)?.config;
}

export const stepSchema = z
  .strictObject({
    kind: z.enum(STEP_KINDS),
    title: leaderText(120).min(1, "A step needs a title."),
    /** Stored as written; checked by the kind's schema below. */
    config: z.unknown().optional(),
    /** For the leader only (the console), never shown to the room. */
    note: leaderText(1000).optional(),
    /** Planned minutes: a soft guide on the leader's console, never a timer for the children. */
    minutes: z.number().int().min(0).max(MAX_STEP_MINUTES).optional(),
  })
  .superRefine((step, ctx) => {
    const schema = stepConfigSchema(step.kind);
    if (!schema) return; // the enum above already refused the kind
    const parsed = schema.safeParse(step.config ?? {});
    if (!parsed.success) addIssues(ctx, parsed.error, ["config"]);
  });
export type PlanStep = z.infer<typeof stepSchema>;

export const MEETING_KINDS = ["children", "parents"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Does a step of this kind run in a meeting of this kind? A parent meeting's room is for adults (docs/series.md, "Foreldremøter"). */
export function stepFitsMeeting(stepKind: string, meeting: MeetingKind): boolean {
  if (meeting === "children") return true;
  const kind = findActivityKind(stepKind);
  return kind === undefined ? (ROOM_STEP_KINDS as readonly string[]).includes(stepKind) : kindServes(kind, "voksne");
}

export const meetingSchema = z.strictObject({
  id: meetingIdSchema,
  /** A group meeting with the children, or a parent meeting (for the adults only: its room opens with audience "voksne", docs/series.md). */
  kind: z.enum(MEETING_KINDS).default("children"),
  title: leaderText(120).min(1, "A meeting needs a title."),
  theme: leaderText(300).optional(),
  steps: z.array(stepSchema).max(MAX_STEPS),
}).superRefine((meeting, ctx) => {
  meeting.steps.forEach((step, i) => {
    if (!stepFitsMeeting(step.kind, meeting.kind)) {
      ctx.addIssue({ code: "custom", path: ["steps", i, "kind"], message: `"${step.kind}" is made for children; a parent meeting's room is for adults.` });
    }
  });
});
export type PlanMeeting = z.infer<typeof meetingSchema>;

export const planSchema = z
  .strictObject({
    title: leaderText(120).min(1, "A plan needs a title."),
    language: z.enum(LANGUAGES),
    /** Shown with the plan, e.g. "an example to adapt to your group". */
    about: leaderText(1000).optional(),
    meetings: z.array(meetingSchema).max(MAX_MEETINGS),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.meetings.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: "custom", path: ["meetings", i, "id"], message: `meeting id "${m.id}" is used twice` });
      seen.add(m.id);
    });
  });
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;

/** A stored plan as the REST API returns it. */
export interface PlanRecord {
  id: string;
  version: number;
  /** Built-in plans live in code: they cannot be changed or deleted, only copied. */
  builtin: boolean;
  plan: Plan;
  updatedAt: number;
}

export interface PlanSummary {
  id: string;
  version: number;
  builtin: boolean;
  title: string;
  language: Plan["language"];
  meetings: number;
  updatedAt: number;
}

export function summarisePlan(record: PlanRecord): PlanSummary {
  const { id, version, builtin, plan, updatedAt } = record;
  return { id, version, builtin, title: plan.title, language: plan.language, meetings: plan.meetings.length, updatedAt };
}
