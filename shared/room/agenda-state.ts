/**
 * The agenda's data, a leaf (it imports nothing), so the room state and the
 * wire protocol can name it without importing the agenda's transitions
 * (shared/room/agenda.ts).
 */

export interface AgendaStep {
  /** An activity kind, or "talk" / "calm". */
  kind: string;
  title: string;
  config?: unknown;
  note?: string;
  minutes?: number;
  /** Added while the meeting ran (a calm-down, a question box), not in the plan. */
  inserted?: boolean;
}

export interface AgendaState {
  groupId: string | null;
  planId: string | null;
  meetingId: string | null;
  title: string;
  /** The plan meeting's theme (leader text), for the group's memory; absent when it has none. */
  theme?: string;
  steps: AgendaStep[];
  /** Index of the step on now; -1 before the first. */
  current: number;
  /** Server times of the first step and of the current step, for the leader's soft clock. */
  startedAt: number | null;
  stepStartedAt: number | null;
}

/** What the host console shows: all of it (leader text only, no child data). */
export type AgendaView = AgendaState;
