/**
 * Evaluering: the end-of-series look back. Each tablet answers a few statements
 * about the programme's aims in a child's own words ("Jeg er ikke alene", "Det
 * er ikke min skyld", …) on a three-step word scale (ja / litt / nei), or
 * passes any of them. Not a clinical instrument and not a score: the host sees
 * counts behind the curtain, the projector only a k-safe group picture per
 * statement after the host shows it, frozen as counts (docs/rules.md, "Small-group disclosure control",
 * "A shown picture is frozen", "Pass is always an answer, in every activity", "An evaluation is the children's words about the group"). What a leader may keep after the room is the
 * group tally per statement, through `keptTallies` and only k-safe
 * (docs/privacy.md, "Kept group results").
 */
import { z } from "zod";
import { groupPicture, screenPicture, type DisclosureOptions, type GroupPicture, type ScreenPicture } from "../../disclosure/index.js";
import type { SeatId } from "../../room/types.js";
import { reject, type ActivityKind, type KeptTally } from "../types.js";

/** The aims, as ids (wire values); the child words for each are the client's strings. */
export const EVALUATION_STATEMENTS = ["notAlone", "notMyFault", "knowMore", "dareTalk", "haveAdult", "goodHere"] as const;
export type StatementId = (typeof EVALUATION_STATEMENTS)[number];
/** A word scale, never numbers. */
export const EVALUATION_SCALE = ["yes", "little", "no"] as const;
export type ScaleAnswer = (typeof EVALUATION_SCALE)[number];
type Answer = ScaleAnswer | "pass";
type Counts = Readonly<Record<ScaleAnswer, number>>;

/**
 * "ja" and "litt" are one family ("ja eller litt") before a small bin would fall into "other";
 * "nei" is sensitive: on "Det er ikke min skyld" a unanimous "nei" would tell every child's
 * answer, so it is the word "mange", never a count of everyone.
 */
export const EVALUATION_DISCLOSURE: Omit<DisclosureOptions, "k"> = {
  bins: [
    { id: "yes", group: "mostly" },
    { id: "little", group: "mostly" },
    { id: "no", group: "notYet", sensitive: true },
  ],
  groups: [{ id: "mostly" }, { id: "notYet", sensitive: true }],
};

const uniqueStatements = z
  .array(z.enum(EVALUATION_STATEMENTS))
  .min(1)
  .max(EVALUATION_STATEMENTS.length)
  .refine((list) => new Set(list).size === list.length, "A statement is listed twice.");

export const evalueringConfigSchema = z
  .strictObject({
    statements: uniqueStatements.default([...EVALUATION_STATEMENTS]),
    /** "one": one statement at a time on the tablet; "list": the short list on one page. */
    layout: z.enum(["one", "list"]).default("one"),
  })
  .default({ statements: [...EVALUATION_STATEMENTS], layout: "one" });
export type EvalueringConfig = z.output<typeof evalueringConfigSchema>;

export const evalueringActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("answer"), statement: z.enum(EVALUATION_STATEMENTS), value: z.enum(EVALUATION_SCALE) }), // tablets
  z.strictObject({ type: z.literal("pass"), statement: z.enum(EVALUATION_STATEMENTS) }), // tablets: pass is an answer
  z.strictObject({ type: z.literal("reveal") }), // host
  z.strictObject({ type: z.literal("reopen") }), // host
  // host: which statement's picture the projector shows (one at a time, at a size the room can read)
  z.strictObject({ type: z.literal("focus"), index: z.number().int().min(0).max(EVALUATION_STATEMENTS.length - 1) }),
]);
export type EvalueringAction = z.output<typeof evalueringActionSchema>;

export interface EvalueringState {
  phase: "open" | "shown";
  statements: readonly StatementId[];
  layout: EvalueringConfig["layout"];
  /** Per seat, for changing one's mind and for forgetSeat; only counts ever leave. */
  answers: Readonly<Record<SeatId, Readonly<Partial<Record<StatementId, Answer>>>>>;
  /** Counts per statement, frozen when the host showed the pictures (never seat-keyed). */
  shown: Readonly<Partial<Record<StatementId, Counts>>> | null;
  /** The statement (index into `statements`) whose picture the projector shows. */
  focus: number;
}

const emptyCounts = (): Record<ScaleAnswer, number> => ({ yes: 0, little: 0, no: 0 });

function countsOf(state: EvalueringState): Record<StatementId, Counts> {
  const out = {} as Record<StatementId, Record<ScaleAnswer, number>>;
  for (const s of state.statements) out[s] = emptyCounts();
  for (const mine of Object.values(state.answers)) {
    for (const s of state.statements) {
      const a = mine[s];
      if (a !== undefined && a !== "pass") out[s][a]++;
    }
  }
  return out;
}

const picture = (counts: Counts | undefined, k: number): GroupPicture => groupPicture(counts ?? emptyCounts(), { k, ...EVALUATION_DISCLOSURE });

export interface EvalueringStatementView {
  statement: StatementId;
  /** Relative sizes and words only (screenPicture), never the counts. */
  picture: ScreenPicture;
  /** Which of `count` statements this is (0-based), so the room knows how far the talk is. */
  at: number;
  count: number;
}

export const evaluering: ActivityKind<EvalueringConfig, EvalueringState, EvalueringAction, {
  host: {
    phase: EvalueringState["phase"];
    statements: readonly StatementId[];
    layout: EvalueringConfig["layout"];
    /** Per statement: counts and passes (behind the curtain on the console), and the picture the screen shows or would show. */
    rows: { statement: StatementId; counts: Counts; passed: number; picture: GroupPicture }[];
    focus: number;
  };
  /** Before the reveal, the statements; after it, one statement's picture at a time (the host's `focus`). */
  screen: { phase: EvalueringState["phase"]; statements: readonly StatementId[]; shown: EvalueringStatementView | null };
  seat: { phase: EvalueringState["phase"]; statements: readonly StatementId[]; layout: EvalueringConfig["layout"]; mine: Partial<Record<StatementId, Answer>> };
}> = {
  kind: "evaluering",
  config: evalueringConfigSchema,
  action: evalueringActionSchema,
  init: (config) => ({ phase: "open", statements: [...config.statements], layout: config.layout, answers: {}, shown: null, focus: 0 }),
  reduce(state, action, actor) {
    if (action.type === "focus") {
      if (actor.role !== "host") return reject("FORBIDDEN", "Only the host chooses what the screen shows.");
      if (action.index >= state.statements.length) return reject("NOT_ALLOWED", "This evaluation has no such statement.");
      return state.focus === action.index ? state : { ...state, focus: action.index };
    }
    if (action.type === "reveal" || action.type === "reopen") {
      if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can show or hide the pictures.");
      if (action.type === "reveal") return state.phase === "shown" ? state : { ...state, phase: "shown", shown: countsOf(state), focus: 0 };
      return state.phase === "open" ? state : { ...state, phase: "open", shown: null };
    }
    if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can answer.");
    if (state.phase !== "open") return reject("STALE", "The pictures are shown; answers are closed.");
    if (!state.statements.includes(action.statement)) return reject("NOT_ALLOWED", "This evaluation does not ask that.");
    const answer: Answer = action.type === "pass" ? "pass" : action.value;
    const mine = state.answers[actor.seatId] ?? {};
    if (mine[action.statement] === answer) return state;
    return { ...state, answers: { ...state.answers, [actor.seatId]: { ...mine, [action.statement]: answer } } };
  },
  forgetSeat(state, seatId) {
    if (!Object.prototype.hasOwnProperty.call(state.answers, seatId)) return state;
    const { [seatId]: _gone, ...answers } = state.answers;
    return { ...state, answers }; // `shown` stays: counts, and changing it would tell the room about that seat
  },
  // What may outlive the room (only when the leader opted in, only k-safe): the live answers, so a
  // removed seat's answers are not in it (docs/rules.md, "A removed seat leaves nothing behind").
  keptTallies(state): KeptTally[] {
    const counts = countsOf(state);
    return state.statements.map((s) => ({ question: s, counts: counts[s], ...EVALUATION_DISCLOSURE }));
  },
  view: {
    host(state, ctx) {
      const counts = countsOf(state);
      return {
        phase: state.phase,
        statements: state.statements,
        layout: state.layout,
        rows: state.statements.map((s) => ({
          statement: s,
          counts: counts[s],
          passed: Object.values(state.answers).filter((mine) => mine[s] === "pass").length,
          picture: picture(state.shown ? state.shown[s] : counts[s], ctx.k),
        })),
        focus: state.focus,
      };
    },
    screen(state, ctx) {
      const at = Math.min(state.focus, state.statements.length - 1);
      const statement = state.statements[at];
      return {
        phase: state.phase,
        statements: state.statements,
        shown: state.shown ? { statement, picture: screenPicture(picture(state.shown[statement], ctx.k)), at, count: state.statements.length } : null,
      };
    },
    seat: (state, seatId) => ({ phase: state.phase, statements: state.statements, layout: state.layout, mine: { ...(state.answers[seatId] ?? {}) } }),
  },
};
