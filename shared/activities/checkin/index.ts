/**
 * Feelings check-in / check-out: each tablet picks a feeling (face + word) and,
 * for 8–10, how strong (litt / en del / veldig), or passes. The host sees each
 * seat's answer; the projector sees only a k-safe group picture, and only after
 * the host shows it ("the room today"). Answers close when the picture is shown.
 */
import { z } from "zod";
import { FEELINGS, FEELING_FAMILIES, FEELING_IDS, STRENGTHS, type FeelingId, type Strength } from "../../content/feelings.js";
import { groupPicture, type GroupPicture } from "../../room/disclosure.js";
import type { SeatId } from "../../room/types.js";
import { reject, type ActivityKind, type RoomCtx } from "../types.js";

export const checkinConfigSchema = z
  .strictObject({
    moment: z.enum(["checkin", "checkout"]).default("checkin"),
    askStrength: z.boolean().default(true),
  })
  .default({ moment: "checkin", askStrength: true });
export type CheckinConfig = z.output<typeof checkinConfigSchema>;

export const checkinActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("answer"), feeling: z.enum(FEELING_IDS), strength: z.enum(STRENGTHS).optional() }),
  z.strictObject({ type: z.literal("pass") }),
  z.strictObject({ type: z.literal("reveal") }),
  z.strictObject({ type: z.literal("reopen") }),
]);
export type CheckinAction = z.infer<typeof checkinActionSchema>;

export type CheckinAnswer = { kind: "feeling"; feeling: FeelingId; strength: Strength | null } | { kind: "pass" };
export type CheckinPhase = "open" | "shown";

export interface CheckinState {
  config: CheckinConfig;
  phase: CheckinPhase;
  answers: Readonly<Record<SeatId, CheckinAnswer>>;
}

export interface CheckinHostView {
  moment: CheckinConfig["moment"];
  phase: CheckinPhase;
  /** Leader's eyes only: one row per seat in the room, answered or not. */
  rows: { seatId: SeatId; answer: CheckinAnswer | null }[];
  /** Exactly what the projector shows (or would show) for this group. */
  picture: GroupPicture;
}
export interface CheckinScreenView {
  moment: CheckinConfig["moment"];
  phase: CheckinPhase;
  picture: GroupPicture | null;
}
export interface CheckinSeatView {
  moment: CheckinConfig["moment"];
  phase: CheckinPhase;
  askStrength: boolean;
  mine: CheckinAnswer | null;
}

const disclosureBins = FEELINGS.map((f) => ({ id: f.id, group: f.family, sensitive: f.family === "heavy" }));
const disclosureGroups = FEELING_FAMILIES.map((id) => ({ id, sensitive: id === "heavy" }));

function pictureOf(state: CheckinState, ctx: RoomCtx): GroupPicture {
  const counts: Record<string, number> = {};
  for (const answer of Object.values(state.answers)) {
    if (answer.kind === "feeling") counts[answer.feeling] = (counts[answer.feeling] ?? 0) + 1;
  }
  return groupPicture(counts, { k: ctx.k, bins: disclosureBins, groups: disclosureGroups });
}

export const checkin: ActivityKind<
  CheckinConfig,
  CheckinState,
  CheckinAction,
  { host: CheckinHostView; screen: CheckinScreenView; seat: CheckinSeatView }
> = {
  kind: "checkin",
  config: checkinConfigSchema,
  action: checkinActionSchema,

  init(config) {
    return { config, phase: "open", answers: {} };
  },

  reduce(state, action, actor) {
    switch (action.type) {
      case "answer":
      case "pass": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can answer the check-in.");
        if (state.phase !== "open") return reject("STALE", "The group picture is shown; answers are closed.");
        const answer: CheckinAnswer =
          action.type === "pass"
            ? { kind: "pass" }
            : { kind: "feeling", feeling: action.feeling, strength: state.config.askStrength ? (action.strength ?? null) : null };
        return { ...state, answers: { ...state.answers, [actor.seatId]: answer } };
      }
      case "reveal":
      case "reopen": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can show or hide the group picture.");
        const phase: CheckinPhase = action.type === "reveal" ? "shown" : "open";
        return state.phase === phase ? state : { ...state, phase };
      }
    }
  },

  forgetSeat(state, seatId) {
    if (!Object.prototype.hasOwnProperty.call(state.answers, seatId)) return state;
    const answers = { ...state.answers };
    delete answers[seatId];
    return { ...state, answers };
  },

  view: {
    host(state, ctx) {
      return {
        moment: state.config.moment,
        phase: state.phase,
        rows: ctx.seats.map((seatId) => ({ seatId, answer: state.answers[seatId] ?? null })),
        picture: pictureOf(state, ctx),
      };
    },
    screen(state, ctx) {
      return {
        moment: state.config.moment,
        phase: state.phase,
        picture: state.phase === "shown" ? pictureOf(state, ctx) : null,
      };
    },
    seat(state, seatId) {
      return {
        moment: state.config.moment,
        phase: state.phase,
        askStrength: state.config.askStrength,
        mine: state.answers[seatId] ?? null,
      };
    },
  },
};
