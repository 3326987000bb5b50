/**
 * The agenda of a room opened for a group's meeting: the meeting's steps,
 * copied from the plan when the room opened (editing the plan later does not
 * move a meeting that is running), and where the leader is in them. Plain data
 * inside RoomState, so it is serialised with every room snapshot and a restored
 * room is at the same step.
 *
 * Only the host view carries it: the projector and the tablets never see the
 * agenda, its leader notes or its clock (children never see a timer).
 */
import { z } from "zod";
import { isRejection, reject } from "../errors.js";
import { CALM_DEFAULT_CYCLES, CALM_MAX_CYCLES, CALM_MIN_CYCLES, CALM_PATTERN_IDS } from "./calm.js";
import { startCalm, stopActivity, stopCalm, type RoomClock, type RoomResult, type RoomState } from "./room.js";
import type { AgendaState, AgendaStep } from "./agenda-state.js";

export type { AgendaState, AgendaStep, AgendaView } from "./agenda-state.js";

export const MAX_AGENDA_STEPS = 40;

/** Steps that are the room's own, not an activity: a talk (tablets rest) and the calm-down. */
export const ROOM_STEP_KINDS = ["talk", "calm"] as const;

export const calmStepConfigSchema = z.strictObject({
  pattern: z.enum(CALM_PATTERN_IDS).default("4-5"),
  cycles: z.number().int().min(CALM_MIN_CYCLES).max(CALM_MAX_CYCLES).default(CALM_DEFAULT_CYCLES),
});
export const talkStepConfigSchema = z.strictObject({});

/** What the agenda needs of the room core it runs in (given by the caller: this module knows no kind). */
export interface AgendaCore {
  hasKind(kind: string): boolean;
  startActivity(state: RoomState, kind: string, config: unknown, clock: RoomClock): RoomResult;
}

/** A step as a plan holds it (the plan's schema has checked it). */
export interface PlannedStep {
  kind: string;
  title: string;
  config?: unknown;
  note?: string;
  minutes?: number;
}

export function createAgenda(init: { groupId: string | null; planId: string | null; meetingId: string | null; title: string; theme?: string; steps: readonly PlannedStep[] }): AgendaState {
  return {
    groupId: init.groupId,
    planId: init.planId,
    meetingId: init.meetingId,
    title: init.title,
    ...(init.theme ? { theme: init.theme } : {}),
    steps: init.steps.slice(0, MAX_AGENDA_STEPS).map((s) => ({
      kind: s.kind,
      title: s.title,
      ...(s.config === undefined ? {} : { config: s.config }),
      ...(s.note ? { note: s.note } : {}),
      ...(s.minutes === undefined ? {} : { minutes: s.minutes }),
    })),
    current: -1,
    startedAt: null,
    stepStartedAt: null,
  };
}

/** Run one step: end what is on, then start the step's activity or calm-down ("talk" rests the tablets). */
function runStep(core: AgendaCore, state: RoomState, step: AgendaStep, clock: RoomClock): RoomResult {
  let next: RoomState = state;
  if (next.calm) next = stopCalm(next);
  if (step.kind !== "talk" && step.kind !== "calm") return core.startActivity(next, step.kind, step.config, clock);
  if (next.activity) {
    const stopped = stopActivity(next, next.activity.id);
    if (isRejection(stopped)) return stopped;
    next = stopped;
  }
  if (step.kind === "calm") {
    const cfg = calmStepConfigSchema.safeParse(step.config ?? {});
    if (!cfg.success) return reject("INVALID", "Invalid calm-down step.");
    next = startCalm(next, cfg.data.pattern, cfg.data.cycles, clock.now);
  }
  return next;
}

function withAgenda(state: RoomState, agenda: AgendaState): RoomState {
  return { ...state, agenda, version: state.version + 1 };
}

/**
 * Go to step `index`. `from` is the step the leader's console showed: when two
 * leaders press "Neste" at once, the second press is refused as STALE instead
 * of skipping a step.
 */
export function gotoStep(core: AgendaCore, state: RoomState, index: number, from: number, clock: RoomClock): RoomResult {
  const agenda = state.agenda;
  if (!agenda) return reject("NOT_ALLOWED", "This room has no agenda.");
  if (from !== agenda.current) return reject("STALE", "The agenda has moved on; look again.");
  if (!Number.isInteger(index) || index < 0 || index >= agenda.steps.length) return reject("INVALID", "No such step.");
  const ran = runStep(core, state, agenda.steps[index], clock);
  if (isRejection(ran)) return ran;
  return withAgenda(ran, { ...agenda, current: index, startedAt: agenda.startedAt ?? clock.now, stepStartedAt: clock.now });
}

/**
 * Put an unplanned step right after the current one and go to it. A room
 * without an agenda gets one, holding just this step.
 */
export function insertStep(core: AgendaCore, state: RoomState, step: PlannedStep, from: number, clock: RoomClock): RoomResult {
  const own = step.kind === "calm" ? calmStepConfigSchema : step.kind === "talk" ? talkStepConfigSchema : null;
  if (!own && !core.hasKind(step.kind)) return reject("INVALID", `Unknown step kind "${step.kind}".`);
  // An activity's config is checked by the core when the step starts (below); a room step's here.
  if (own && !own.safeParse(step.config ?? {}).success) return reject("INVALID", `Invalid ${step.kind} step.`);
  const agenda = state.agenda ?? createAgenda({ groupId: null, planId: null, meetingId: null, title: "", steps: [] });
  if (from !== agenda.current) return reject("STALE", "The agenda has moved on; look again.");
  if (agenda.steps.length >= MAX_AGENDA_STEPS) return reject("NOT_ALLOWED", `An agenda holds at most ${MAX_AGENDA_STEPS} steps.`);
  const at = agenda.current + 1;
  const steps = [...agenda.steps.slice(0, at), { ...step, inserted: true }, ...agenda.steps.slice(at)];
  return gotoStep(core, { ...state, agenda: { ...agenda, steps } }, at, agenda.current, clock);
}

