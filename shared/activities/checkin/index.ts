/**
 * Feelings check-in / check-out. Each tablet answers with the room's tool:
 *  - faces + words with "litt / en del / veldig" (8–10),
 *  - a 0–10 feelings thermometer or an energy × pleasantness grid (11+),
 * or says "vet ikke" or passes. Optionally it adds "vil du si mer?" text, which
 * goes to the host only (flagged like the question box), and at check-out picks
 * one thing it takes with it. The host sees each seat's answer, and at check-out
 * the seat's check-in answer beside it; the projector sees only k-safe group
 * pictures, and only after the host shows them. The picture is frozen when it is
 * shown, so a tablet leaving afterwards cannot change it (and so reveal itself).
 */
import { z } from "zod";
import {
  FEELINGS,
  FEELING_FAMILIES,
  FEELING_IDS,
  GRID_QUADRANTS,
  GRID_WORD_IDS,
  STRENGTHS,
  TAKEAWAYS,
  THERMOMETER_BANDS,
  quadrantOf,
  thermometerBand,
  type FeelingId,
  type GridWordId,
  type Strength,
  type TakeawayId,
} from "../../content/feelings.js";
import { freeText, withoutKey as without } from "../../moderation/index.js";
import { groupPicture, screenPicture, type DisclosureOptions, type GroupPicture, type ScreenPicture } from "../../disclosure/index.js";
import type { AgeBand, SeatId } from "../../room/types.js";
import { flagText, type Flag } from "../../safeguarding/index.js";
import { presentSeats, reject, type ActivityKind, type RoomCtx } from "../types.js";

export const CHECKIN_TOOLS = ["faces", "thermometer", "grid"] as const;
export type CheckinTool = (typeof CHECKIN_TOOLS)[number];
export const MORE_MAX_LENGTH = 280;

export const checkinConfigSchema = z
  .strictObject({
    moment: z.enum(["checkin", "checkout"]).default("checkin"),
    /** "auto" picks faces for 8–10 and the thermometer for 11+ when the activity starts. */
    tool: z.enum(["auto", ...CHECKIN_TOOLS]).default("auto"),
    askStrength: z.boolean().default(true),
    askMore: z.boolean().default(true),
  })
  .default({ moment: "checkin", tool: "auto", askStrength: true, askMore: true });
export type CheckinConfig = z.output<typeof checkinConfigSchema>;

export const checkinActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("answer"), feeling: z.enum(FEELING_IDS), strength: z.enum(STRENGTHS).optional() }),
  z.strictObject({ type: z.literal("thermometer"), value: z.number().int().min(0).max(10) }),
  z.strictObject({ type: z.literal("grid"), word: z.enum(GRID_WORD_IDS) }),
  z.strictObject({ type: z.literal("unsure") }),
  z.strictObject({ type: z.literal("pass") }),
  z.strictObject({ type: z.literal("more"), text: freeText({ max: MORE_MAX_LENGTH, label: "Text" }) }),
  z.strictObject({ type: z.literal("takeaway"), id: z.enum(TAKEAWAYS) }),
  z.strictObject({ type: z.literal("reveal") }),
  z.strictObject({ type: z.literal("reopen") }),
]);
export type CheckinAction = z.infer<typeof checkinActionSchema>;
export type CheckinActionInput = z.input<typeof checkinActionSchema>;

export type CheckinAnswer =
  | { kind: "feeling"; feeling: FeelingId; strength: Strength | null }
  | { kind: "thermometer"; value: number }
  | { kind: "grid"; word: GridWordId }
  | { kind: "unsure" }
  | { kind: "pass" };
export type CheckinPhase = "open" | "shown";
export type ChangeId = "lighter" | "same" | "heavier";

/** "Vil du si mer?": host only, flagged like the question box, never on the screen. */
export interface MoreNote {
  text: string;
  at: number;
  flag: Flag | null;
}

export interface CheckinPictures {
  answers: GroupPicture;
  /** Check-out only, when there was a check-in: how the group changed ("flere kjente seg lettere"). */
  change: GroupPicture | null;
  /** Check-out only: what the group takes with it. */
  takeaways: GroupPicture | null;
}

export interface CheckinState {
  config: CheckinConfig;
  tool: CheckinTool;
  phase: CheckinPhase;
  answers: Readonly<Record<SeatId, CheckinAnswer>>;
  more: Readonly<Record<SeatId, MoreNote>>;
  takeaways: Readonly<Record<SeatId, TakeawayId>>;
  /** Check-out: each seat's answer at the last check-in, for the before/after comparison. */
  before: Readonly<Record<SeatId, CheckinAnswer>> | null;
  /**
   * The group counts the screen's picture is drawn from, frozen when the host showed it: a
   * tablet leaving or being removed afterwards must not change the projected picture (that
   * change would tell the room what that child answered). Counts per bin only, never keyed by
   * seat, so a removed child's answer is not kept under its seat id (docs/rules.md, "A removed seat leaves nothing behind").
   * The room's k still applies.
   */
  shown: CheckinCounts | null;
}

export interface CheckinHostRow {
  seatId: SeatId;
  answer: CheckinAnswer | null;
  before: CheckinAnswer | null;
  change: ChangeId | null;
  more: MoreNote | null;
  takeaway: TakeawayId | null;
}
export interface CheckinHostView {
  moment: CheckinConfig["moment"];
  tool: CheckinTool;
  phase: CheckinPhase;
  askMore: boolean;
  /** Leader's eyes only: one row per seat in the room, answered or not. Flagged notes first. */
  rows: CheckinHostRow[];
  /** Exactly what the projector shows, or would show if revealed now. */
  picture: GroupPicture;
  pictures: CheckinPictures;
}
export interface CheckinScreenView {
  moment: CheckinConfig["moment"];
  tool: CheckinTool;
  phase: CheckinPhase;
  /** Relative sizes and words only (screenPicture): the counts would add up to how many answered. */
  picture: ScreenPicture | null;
  change: ScreenPicture | null;
  takeaways: ScreenPicture | null;
}
export interface CheckinSeatView {
  moment: CheckinConfig["moment"];
  tool: CheckinTool;
  phase: CheckinPhase;
  askStrength: boolean;
  askMore: boolean;
  mine: CheckinAnswer | null;
  /** The seat's own "say more" text, so the tablet can say it was sent to the adults. */
  moreSent: boolean;
  takeaway: TakeawayId | null;
}

// ---------- disclosure set-ups, one per tool ----------

const facesOptions = (k: number): DisclosureOptions => ({
  k,
  bins: FEELINGS.map((f) => ({ id: f.id, group: f.family, sensitive: f.family === "heavy" })),
  groups: FEELING_FAMILIES.map((id) => ({ id, sensitive: id === "heavy" })),
});
const thermometerOptions = (k: number): DisclosureOptions => ({
  k,
  bins: THERMOMETER_BANDS.map((b) => ({ id: `thermo-${b.id}`, sensitive: b.id === "heavy" })),
});
const gridOptions = (k: number): DisclosureOptions => ({
  k,
  bins: GRID_QUADRANTS.flatMap((q) => q.words.map((w) => ({ id: w, group: q.id, sensitive: !q.pleasant }))),
  groups: GRID_QUADRANTS.map((q) => ({ id: q.id, sensitive: !q.pleasant })),
});
const changeOptions = (k: number): DisclosureOptions => ({
  k,
  bins: [{ id: "lighter" }, { id: "same" }, { id: "heavier", sensitive: true }],
});
const takeawayOptions = (k: number): DisclosureOptions => ({ k, bins: TAKEAWAYS.map((id) => ({ id })) });

/** The bin an answer counts in; "vet ikke" and pass count nowhere. */
function binOf(answer: CheckinAnswer): string | null {
  switch (answer.kind) {
    case "feeling":
      return answer.feeling;
    case "thermometer":
      return `thermo-${thermometerBand(answer.value)}`;
    case "grid":
      return answer.word;
    default:
      return null;
  }
}

/** −1 (heavy) … +1 (light); null when the answer says nothing about it. */
function lightness(answer: CheckinAnswer): number | null {
  switch (answer.kind) {
    case "feeling":
      switch (FEELINGS.find((f) => f.id === answer.feeling)?.family) {
        case "light":
          return 1;
        case "mixed":
          return 0; // "både og": neither lighter nor heavier
        default:
          return -1;
      }
    case "thermometer":
      return (answer.value - 5) / 5;
    case "grid":
      return quadrantOf(answer.word).pleasant ? 1 : -1;
    default:
      return null;
  }
}

export function changeBetween(before: CheckinAnswer | undefined, after: CheckinAnswer | undefined): ChangeId | null {
  if (!before || !after) return null;
  const a = lightness(before);
  const b = lightness(after);
  if (a === null || b === null) return null;
  const delta = b - a;
  return delta > 0.3 ? "lighter" : delta < -0.3 ? "heavier" : "same";
}

function count(ids: Iterable<string | null>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ids) if (id !== null) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** How many children gave each answer bin, change and takeaway: what a picture is drawn from. */
export interface CheckinCounts {
  answers: Readonly<Record<string, number>>;
  /** Check-out with an earlier check-in only. */
  change: Readonly<Record<string, number>> | null;
  /** Check-out only. */
  takeaways: Readonly<Record<string, number>> | null;
}

function countsOf(state: Pick<CheckinState, "answers" | "takeaways" | "before" | "config">): CheckinCounts {
  const answers: Record<string, number> = {};
  for (const seat in state.answers) {
    const bin = binOf(state.answers[seat]);
    if (bin !== null) answers[bin] = (answers[bin] ?? 0) + 1;
  }
  if (state.config.moment !== "checkout") return { answers, change: null, takeaways: null };
  const before = state.before;
  const change = before ? count(Object.keys(state.answers).map((seat) => changeBetween(own(before, seat), own(state.answers, seat)))) : null;
  return { answers, change, takeaways: count(Object.values(state.takeaways)) };
}

/** The set-ups by tool and k, made once each: a host view is built on every update of a round. */
const optionsMade = new Map<string, DisclosureOptions>();
function toolOptions(tool: CheckinTool, k: number): DisclosureOptions {
  const key = `${tool}:${k}`;
  let options = optionsMade.get(key);
  if (!options) optionsMade.set(key, (options = tool === "faces" ? facesOptions(k) : tool === "thermometer" ? thermometerOptions(k) : gridOptions(k)));
  return options;
}

function picturesOf(counts: CheckinCounts, tool: CheckinTool, k: number): CheckinPictures {
  const options = toolOptions(tool, k);
  return {
    answers: groupPicture(counts.answers, options),
    change: counts.change ? groupPicture(counts.change, changeOptions(k)) : null,
    takeaways: counts.takeaways ? groupPicture(counts.takeaways, takeawayOptions(k)) : null,
  };
}

function resolveTool(tool: CheckinConfig["tool"], ageBand: AgeBand): CheckinTool {
  if (tool !== "auto") return tool;
  return ageBand === "8-10" ? "faces" : "thermometer";
}

/** At check-out: each seat's answer from the most recent check-in of this room. */
function lastCheckinAnswers(ctx: RoomCtx): Readonly<Record<SeatId, CheckinAnswer>> | null {
  const finished = ctx.finished ?? [];
  for (let i = finished.length - 1; i >= 0; i--) {
    const entry = finished[i];
    if (entry.kind !== "checkin") continue;
    const earlier = entry.state as CheckinState;
    if (earlier.config.moment === "checkin") return earlier.answers;
  }
  return null;
}

const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
/**
 * A seat's entry in a record keyed by seat id, own keys only. Also much cheaper than
 * `record[seatId]` for a seat with no entry (most seats in `more` and `takeaways`): a missing key
 * is otherwise looked for along the prototype chain, on every view of every seat.
 */
function own<T>(record: Readonly<Record<SeatId, T>>, seatId: SeatId): T | undefined {
  return has(record, seatId) ? record[seatId] : undefined;
}
function sameAnswer(a: CheckinAnswer | undefined, b: CheckinAnswer): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The console's rows as last built for a run (kept per run, by its config object, so a run's rows
 * go with it), in the order of the seat list they were built for, with the answer records they
 * were built from. A host view is built on every update of a round, and a row that is the same
 * object is skipped at once by the fan-out's comparison. The records are replaced, never changed
 * in place, so a record that is the same object as at the last view holds the same value for every
 * seat that view had a row for: only the records that were replaced are looked up per seat (after
 * one answer, `answers` alone). The context's seat list is kept by the seat table, so it is the
 * same list, and row i is seat i's, until a seat joins, leaves or changes.
 */
interface KeptRows {
  seats: readonly SeatId[];
  rows: readonly CheckinHostRow[];
  answers: CheckinState["answers"];
  more: CheckinState["more"];
  takeaways: CheckinState["takeaways"];
  before: CheckinState["before"];
}
const rowsOfRun = new WeakMap<CheckinConfig, KeptRows>();

/** One row per seat, in the seats' order (the host view puts flagged notes first). */
function hostRows(state: CheckinState, seats: readonly SeatId[]): readonly CheckinHostRow[] {
  const kept = rowsOfRun.get(state.config);
  if (!kept) {
    const rows = seats.map((seatId) => hostRow(state, seatId));
    rowsOfRun.set(state.config, { seats, rows, answers: state.answers, more: state.more, takeaways: state.takeaways, before: state.before });
    return rows;
  }
  const lastRows = kept.seats === seats ? kept.rows : rowsFor(kept, seats);
  const sameAnswers = kept.answers === state.answers;
  const sameMore = kept.more === state.more;
  const sameTakeaways = kept.takeaways === state.takeaways;
  // `before` may be null (check-in) or hold no answer for the seat.
  const sameBefore = kept.before === state.before;
  const beforeNow = state.before;
  let changed = lastRows !== kept.rows;
  const rows: CheckinHostRow[] = new Array(seats.length);
  for (let i = 0; i < seats.length; i++) {
    const seatId = seats[i];
    const last = lastRows[i];
    const fits =
      last !== undefined &&
      (sameAnswers || last.answer === (own(state.answers, seatId) ?? null)) &&
      (sameMore || last.more === (own(state.more, seatId) ?? null)) &&
      (sameTakeaways || last.takeaway === (own(state.takeaways, seatId) ?? null)) &&
      (sameBefore || (beforeNow !== null && kept.before !== null && last.before === (own(beforeNow, seatId) ?? null)));
    if (fits) rows[i] = last;
    else {
      rows[i] = hostRow(state, seatId);
      changed = true;
    }
  }
  // Every row as it was, for the same seats: the same list as well.
  const result = changed ? rows : kept.rows;
  kept.seats = seats;
  kept.rows = result;
  kept.answers = state.answers;
  kept.more = state.more;
  kept.takeaways = state.takeaways;
  kept.before = state.before;
  return result;
}

/** The kept rows lined up with another seat list (a seat joined, left or changed); undefined for a seat with none. */
function rowsFor(kept: KeptRows, seats: readonly SeatId[]): readonly (CheckinHostRow | undefined)[] {
  const bySeat = new Map<SeatId, CheckinHostRow>();
  kept.seats.forEach((seatId, i) => bySeat.set(seatId, kept.rows[i]));
  return seats.map((seatId) => bySeat.get(seatId));
}

function hostRow(state: CheckinState, seatId: SeatId): CheckinHostRow {
  const answer = own(state.answers, seatId);
  const before = state.before ? own(state.before, seatId) : undefined;
  return {
    seatId,
    answer: answer ?? null,
    before: before ?? null,
    change: state.before ? changeBetween(before, answer) : null,
    more: own(state.more, seatId) ?? null,
    takeaway: own(state.takeaways, seatId) ?? null,
  };
}

/** The projector's view as last built for a run (by its config object), with what it was built from. */
const screenOfRun = new WeakMap<CheckinConfig, { phase: CheckinPhase; shown: CheckinCounts | null; tool: CheckinTool; k: number; view: CheckinScreenView }>();

export const checkin: ActivityKind<
  CheckinConfig,
  CheckinState,
  CheckinAction,
  { host: CheckinHostView; screen: CheckinScreenView; seat: CheckinSeatView }
> = {
  kind: "checkin",
  config: checkinConfigSchema,
  action: checkinActionSchema,

  init(config, ctx) {
    return {
      config,
      tool: resolveTool(config.tool, ctx.ageBand),
      phase: "open",
      answers: {},
      more: {},
      takeaways: {},
      before: config.moment === "checkout" ? lastCheckinAnswers(ctx) : null,
      shown: null,
    };
  },

  reduce(state, action, actor, ctx) {
    if (action.type === "reveal" || action.type === "reopen") {
      if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can show or hide the group picture.");
      if (action.type === "reveal") {
        if (state.phase === "shown") return state;
        return { ...state, phase: "shown", shown: countsOf(state) };
      }
      return state.phase === "open" ? state : { ...state, phase: "open", shown: null };
    }
    if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can answer the check-in.");
    const seat = actor.seatId;

    if (action.type === "more") {
      if (!state.config.askMore) return reject("NOT_ALLOWED", "This check-in does not ask for more.");
      // Goes to the leader even after the picture is shown: a child may need to say something late.
      const note: MoreNote = { text: action.text, at: ctx.now, flag: flagText(action.text) };
      return { ...state, more: { ...state.more, [seat]: note } };
    }
    if (state.phase !== "open") return reject("STALE", "The group picture is shown; answers are closed.");
    if (action.type === "takeaway") {
      if (state.config.moment !== "checkout") return reject("NOT_ALLOWED", "Only the check-out asks what you take with you.");
      return own(state.takeaways, seat) === action.id ? state : { ...state, takeaways: { ...state.takeaways, [seat]: action.id } };
    }

    let answer: CheckinAnswer;
    switch (action.type) {
      case "answer":
        if (state.tool !== "faces") return reject("NOT_ALLOWED", "This check-in uses another tool.");
        answer = { kind: "feeling", feeling: action.feeling, strength: state.config.askStrength ? (action.strength ?? null) : null };
        break;
      case "thermometer":
        if (state.tool !== "thermometer") return reject("NOT_ALLOWED", "This check-in uses another tool.");
        answer = { kind: "thermometer", value: action.value };
        break;
      case "grid":
        if (state.tool !== "grid") return reject("NOT_ALLOWED", "This check-in uses another tool.");
        answer = { kind: "grid", word: action.word };
        break;
      case "unsure":
        answer = { kind: "unsure" };
        break;
      case "pass":
        answer = { kind: "pass" };
        break;
    }
    if (sameAnswer(own(state.answers, seat), answer)) return state;
    return { ...state, answers: { ...state.answers, [seat]: answer } };
  },

  forgetSeat(state, seatId) {
    const answers = without(state.answers, seatId);
    const more = without(state.more, seatId);
    const takeaways = without(state.takeaways, seatId);
    const before = state.before ? without(state.before, seatId) : null;
    if (answers === state.answers && more === state.more && takeaways === state.takeaways && before === state.before) return state;
    // `shown` stays as it was (group counts, no seat in it): changing the projected picture now
    // would tell the room about that seat.
    return { ...state, answers, more, takeaways, before };
  },

  // Every present tablet has answered (or passed): the leader's view of the round is complete.
  settled(state, ctx) {
    const present = presentSeats(ctx);
    return state.phase === "open" && present.length > 0 && present.every((seat) => has(state.answers, seat));
  },

  attention(state) {
    // A flagged "say more" has no queue to leave: it stays until the leader marks it read.
    return Object.entries(state.more)
      .filter(([, note]) => note.flag !== null)
      .map(([seatId, note]) => ({ key: `more-${seatId}-${note.at}`, kind: "flagged" as const, seatId, text: note.text, flag: note.flag, note: null, at: note.at }));
  },

  view: {
    host(state, ctx) {
      const pictures = picturesOf(state.shown ?? countsOf(state), state.tool, ctx.k);
      const inSeatOrder = hostRows(state, ctx.seats);
      // A flagged note comes first so the leader sees it; otherwise the room's seat order (a stable
      // sort, so with no flagged note the order is already that). The kept list itself is never sorted.
      const rows = inSeatOrder.some((r) => r.more?.flag != null)
        ? [...inSeatOrder].sort((a, b) => Number(b.more?.flag != null) - Number(a.more?.flag != null))
        : (inSeatOrder as CheckinHostRow[]);
      return {
        moment: state.config.moment,
        tool: state.tool,
        phase: state.phase,
        askMore: state.config.askMore,
        rows,
        picture: pictures.answers,
        pictures,
      };
    },
    screen(state, ctx) {
      // It reads the phase, the frozen counts, the tool and k alone: while an answer changes none of
      // them, the projector's view is the one built last (the fan-out skips it at once).
      const kept = screenOfRun.get(state.config);
      if (kept && kept.phase === state.phase && kept.shown === state.shown && kept.tool === state.tool && kept.k === ctx.k) return kept.view;
      const shown = state.phase === "shown" && state.shown ? picturesOf(state.shown, state.tool, ctx.k) : null;
      const view: CheckinScreenView = {
        moment: state.config.moment,
        tool: state.tool,
        phase: state.phase,
        picture: shown ? screenPicture(shown.answers) : null,
        change: shown?.change ? screenPicture(shown.change) : null,
        takeaways: shown?.takeaways ? screenPicture(shown.takeaways) : null,
      };
      // Kept in place once made: a weak map's new entries cost the garbage collector more than the look-up saves.
      if (kept) Object.assign(kept, { phase: state.phase, shown: state.shown, tool: state.tool, k: ctx.k, view });
      else screenOfRun.set(state.config, { phase: state.phase, shown: state.shown, tool: state.tool, k: ctx.k, view });
      return view;
    },
    seat(state, seatId) {
      return {
        moment: state.config.moment,
        tool: state.tool,
        phase: state.phase,
        askStrength: state.config.askStrength,
        askMore: state.config.askMore,
        mine: own(state.answers, seatId) ?? null,
        moreSent: has(state.more, seatId),
        takeaway: own(state.takeaways, seatId) ?? null,
      };
    },
    seatKey: (state, seatId) => [state.config, state.tool, state.phase, own(state.answers, seatId), own(state.more, seatId), own(state.takeaways, seatId)],
  },
};
