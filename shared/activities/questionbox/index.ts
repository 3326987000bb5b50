/**
 * Question box: children write a question (or finish a starter sentence) and
 * send it to the grown-ups. Every question lands in a queue only the host sees,
 * with the seat (host only) and a concern flag when the text matches the
 * content list. Only questions the host approves (possibly rephrased) reach the
 * projector, without seat, avatar, time or sending order. Tablets can say "me
 * too" to an approved question and report one as upsetting, which sends it back
 * to the queue and off the screen.
 *
 * Flags only order the host's queue and suggest an action. They never publish,
 * hide, delete, or change anything a tablet sees.
 */
import { z } from "zod";
import { MAX_TEXT_LENGTH } from "../../protocol.js";
import { findStarter, starterStem, STARTER_IDS, type StarterId } from "../../content/starters.js";
import { groupPicture, OTHER_ID, type Amount } from "../../room/disclosure.js";
import type { SeatId } from "../../room/types.js";
import { flagText, mergeFlags, type Flag } from "../../safeguarding/index.js";
import {
  freeText,
  inDisplayOrder,
  itemId,
  newItemId,
  newSeed,
  queueOrder,
  takeToken,
  withoutKey,
  withoutSeat,
  type DisplayOrder,
  type RateBucket,
  type RatePolicy,
} from "../../moderation/index.js";
import { presentSeats, reject, type ActivityKind, type Rejection, type RoomCtx } from "../types.js";

/** Per seat: three at once, then one more every five seconds. Refused questions are not kept; sent ones never lost. */
export const QUESTION_RATE: RatePolicy = { burst: 3, intervalMs: 5_000 };
/** Questions one seat may have in the box at once (withdrawn ones do not count). */
export const MAX_QUESTIONS_PER_SEAT = 30;
export const MAX_QUESTION_LENGTH = MAX_TEXT_LENGTH;
export const MAX_PROMPT_LENGTH = 140;

// ---------- config ----------

export const questionboxConfigSchema = z
  .strictObject({
    /** R-MOD-7: leaders may turn free typing off and offer starters only. */
    allowFreeText: z.boolean().default(true),
    /** Which starter sentences the tablets offer, in this order. */
    starters: z.array(z.enum(STARTER_IDS)).max(STARTER_IDS.length).default([...STARTER_IDS]),
    /** The host's own heading for the box, shown on the screen and tablets. */
    prompt: freeText({ max: MAX_PROMPT_LENGTH, label: "Prompt" }).nullable().default(null),
  })
  .default({ allowFreeText: true, starters: [...STARTER_IDS], prompt: null });
export type QuestionboxConfig = z.output<typeof questionboxConfigSchema>;
export type QuestionboxConfigInput = z.input<typeof questionboxConfigSchema>;

// ---------- actions ----------

const questionText = freeText({ max: MAX_QUESTION_LENGTH, label: "The question" });
const completion = freeText({ max: MAX_QUESTION_LENGTH, min: 0, label: "The question" });
const noteText = freeText({ max: MAX_QUESTION_LENGTH, min: 0, label: "The note" });

export const questionboxActionSchema = z.discriminatedUnion("type", [
  // tablets
  /** Write a question, or finish a starter: `starterId` + the child's words (may be empty). */
  z.strictObject({ type: z.literal("ask"), text: completion, starterId: z.enum(STARTER_IDS).optional() }),
  z.strictObject({ type: z.literal("pass") }),
  /** Take back one's own question while it is still waiting. */
  z.strictObject({ type: z.literal("withdraw"), id: itemId }),
  /** "Jeg lurer også på det" on an approved question. */
  z.strictObject({ type: z.literal("meToo"), id: itemId, on: z.boolean() }),
  /** This approved question upsets me: back to the host, off the screen. */
  z.strictObject({ type: z.literal("report"), id: itemId }),
  // host
  /** Approve as written, or with the host's rephrasing. */
  z.strictObject({ type: z.literal("approve"), id: itemId, text: questionText.optional() }),
  /** Merge duplicates into one target; their senders count as "me too". */
  z.strictObject({ type: z.literal("merge"), targetId: itemId, ids: z.array(itemId).min(1).max(50) }),
  z.strictObject({ type: z.literal("markAnswered"), id: itemId }),
  z.strictObject({ type: z.literal("discard"), id: itemId }),
  /** Keep aside to talk with the child later; an optional private note to self. */
  z.strictObject({ type: z.literal("talkLater"), id: itemId, note: noteText.optional() }),
  /** Back to the queue (e.g. take an approved question off the screen). */
  z.strictObject({ type: z.literal("hold"), id: itemId }),
  /** The host's own order for the screen (ids not listed follow in shuffled order). */
  z.strictObject({ type: z.literal("reorder"), ids: z.array(itemId).max(500) }),
  /** A new shuffle for the screen. */
  z.strictObject({ type: z.literal("shuffle") }),
  /** Stop or resume taking new questions (me too, report and pass still work). */
  z.strictObject({ type: z.literal("close") }),
  z.strictObject({ type: z.literal("open") }),
]);
export type QuestionboxAction = z.output<typeof questionboxActionSchema>;
/** What a client sends (before the schema cleans the text). */
export type QuestionboxActionInput = z.input<typeof questionboxActionSchema>;

// ---------- state ----------

export type QuestionStatus = "held" | "approved" | "answered" | "later" | "discarded";
export type QuestionboxPhase = "open" | "closed";

export interface QuestionItem {
  id: string;
  seatId: SeatId;
  /** As the child sent it (starter words included). */
  text: string;
  starterId: StarterId | null;
  /** What the screen shows once approved: the host's rephrasing, or the text as sent. */
  displayText: string;
  submittedAt: number;
  status: QuestionStatus;
  flag: Flag | null;
  /** Set when the host merged this question into another; it then follows that one. */
  mergedInto: string | null;
  /** Seats that said "me too" (and senders of questions merged into this one). */
  meToo: readonly SeatId[];
  /** Seats that reported it as upsetting. */
  reports: readonly SeatId[];
  /** Back in the queue because a tablet reported it. */
  reported: boolean;
  /** The host's private note (talk later). */
  note: string | null;
}

export interface QuestionboxState {
  config: QuestionboxConfig;
  phase: QuestionboxPhase;
  /** In the order sent. Only the host's view ever reflects that order (oldest first in its queue). */
  items: readonly QuestionItem[];
  order: DisplayOrder;
  passed: readonly SeatId[];
  buckets: Readonly<Record<SeatId, RateBucket>>;
}

// ---------- views ----------

export interface QuestionHostMerged {
  id: string;
  seatId: SeatId;
  text: string;
  submittedAt: number;
  flag: Flag | null;
}

export interface QuestionHostItem {
  id: string;
  /** Host only: map to the avatar with HostView.seats. */
  seatId: SeatId;
  text: string;
  starterId: StarterId | null;
  displayText: string;
  submittedAt: number;
  status: QuestionStatus;
  /** Its own flag merged with those of questions merged into it. */
  flag: Flag | null;
  reported: boolean;
  reports: SeatId[];
  meToo: SeatId[];
  note: string | null;
  merged: QuestionHostMerged[];
  /** Exactly what the screen shows (or would show) for "me too". */
  screenMeToo: Amount | null;
}

export interface QuestionboxHostView {
  phase: QuestionboxPhase;
  prompt: string | null;
  allowFreeText: boolean;
  starters: StarterId[];
  /** Waiting for the host: flagged first, then oldest first. */
  queue: QuestionHostItem[];
  /** Approved and answered, in the screen's order. */
  shown: QuestionHostItem[];
  later: QuestionHostItem[];
  discarded: QuestionHostItem[];
  orderMode: DisplayOrder["mode"];
  passed: SeatId[];
}

export interface QuestionScreenItem {
  /** Opaque and random; tells nothing about who or when. */
  id: string;
  text: string;
  answered: boolean;
  /** k-safe: a word under k, a number only from k, null when nobody. */
  meToo: Amount | null;
}

export interface QuestionboxScreenView {
  phase: QuestionboxPhase;
  prompt: string | null;
  /** Approved and answered questions only, shuffled or in the host's order. */
  items: QuestionScreenItem[];
}

/** What a child is told about their own question. "read" covers talk-later and discarded alike. */
export type SeatQuestionStatus = "sent" | "shown" | "answered" | "read";

export interface QuestionSeatMine {
  id: string;
  text: string;
  status: SeatQuestionStatus;
  canWithdraw: boolean;
}

export interface QuestionSeatGroupItem {
  id: string;
  text: string;
  answered: boolean;
  /** This tablet's own question (only this tablet is told). */
  mine: boolean;
  meTooByMe: boolean;
  meToo: Amount | null;
}

export interface QuestionboxSeatView {
  phase: QuestionboxPhase;
  prompt: string | null;
  allowFreeText: boolean;
  starters: StarterId[];
  maxLength: number;
  passed: boolean;
  /** This tablet's own questions, in the order it sent them. */
  mine: QuestionSeatMine[];
  /** The questions on the screen, in the screen's order. */
  group: QuestionSeatGroupItem[];
}

export type QuestionboxViews = { host: QuestionboxHostView; screen: QuestionboxScreenView; seat: QuestionboxSeatView };

// ---------- helpers ----------

const isShown = (item: QuestionItem) => item.mergedInto === null && (item.status === "approved" || item.status === "answered");

function findItem(state: QuestionboxState, id: string): QuestionItem | undefined {
  return state.items.find((i) => i.id === id);
}

function replaceItems(state: QuestionboxState, changed: readonly QuestionItem[]): QuestionboxState {
  const byId = new Map(changed.map((i) => [i.id, i]));
  return { ...state, items: state.items.map((i) => byId.get(i.id) ?? i) };
}

function addSeat(seats: readonly SeatId[], seatId: SeatId): readonly SeatId[] {
  return seats.includes(seatId) ? seats : [...seats, seatId];
}

/**
 * The screen's "me too" for one question, through the disclosure rules: a
 * number only from k, a word ("some") under k, "many" when every other child
 * present said it (that would tell each child's answer).
 */
export function meTooAmount(item: QuestionItem, ctx: RoomCtx): Amount | null {
  const n = item.meToo.length;
  if (n === 0) return null;
  const others = presentSeats(ctx).filter((s) => s !== item.seatId && !item.meToo.includes(s)).length;
  const picture = groupPicture(
    { metoo: n, rest: others },
    { k: ctx.k, bins: [{ id: "metoo", sensitive: true }, { id: "rest" }] },
  );
  if (picture.status === "hidden") return { kind: "word", word: "some" };
  const bin = picture.items.find((i) => i.id === "metoo" && i.level === "bin");
  if (bin) return bin.amount;
  const unanimous = picture.items.find((i) => i.id === OTHER_ID && i.amount.kind === "word" && i.amount.word === "many");
  return unanimous && others === 0 ? { kind: "word", word: "many" } : { kind: "word", word: "some" };
}

function composeQuestion(
  action: Extract<QuestionboxAction, { type: "ask" }>,
  state: QuestionboxState,
  ctx: RoomCtx,
): { text: string; starterId: StarterId | null } | Rejection {
  if (action.starterId === undefined) {
    if (!state.config.allowFreeText) return reject("NOT_ALLOWED", "Free text is off here: pick a starter sentence.");
    if (action.text === "") return reject("INVALID", "The question is empty.");
    return { text: action.text, starterId: null };
  }
  const starter = findStarter(action.starterId);
  if (!starter || !state.config.starters.includes(action.starterId)) return reject("INVALID", "That starter is not offered here.");
  if (!state.config.allowFreeText && action.text !== "") return reject("NOT_ALLOWED", "Free text is off here: send the starter as it is.");
  const stem = starterStem(starter, ctx.language);
  const text = action.text === "" ? `${stem}?` : `${stem} ${action.text}`;
  if ([...text].length > MAX_QUESTION_LENGTH) return reject("INVALID", `The question is too long (at most ${MAX_QUESTION_LENGTH} characters).`);
  return { text, starterId: action.starterId };
}

function seatCan(state: QuestionboxState, id: string, seatId: SeatId): QuestionItem | Rejection {
  const item = findItem(state, id);
  if (!item || !isShown(item)) return reject("STALE", "That question is not on the screen.");
  if (item.seatId === seatId) return reject("NOT_ALLOWED", "That is your own question.");
  return item;
}

function hostItem(state: QuestionboxState, id: string): QuestionItem | Rejection {
  const item = findItem(state, id);
  if (!item) return reject("STALE", "That question is no longer in the box.");
  if (item.mergedInto !== null) return reject("NOT_ALLOWED", "That question was merged into another one.");
  return item;
}

/** Items whose target is gone go back to the queue, never straight to the screen. */
function releaseMerged(items: readonly QuestionItem[], goneIds: ReadonlySet<string>): QuestionItem[] {
  return items.map((i) =>
    i.mergedInto !== null && goneIds.has(i.mergedInto) ? { ...i, mergedInto: null, status: "held" as const, reported: false } : i,
  );
}

/** Questions merged into each target, in the order sent. */
function mergedByTarget(state: QuestionboxState): Map<string, QuestionItem[]> {
  const byTarget = new Map<string, QuestionItem[]>();
  for (const i of state.items) {
    if (i.mergedInto === null) continue;
    const list = byTarget.get(i.mergedInto) ?? [];
    list.push(i);
    byTarget.set(i.mergedInto, list);
  }
  return byTarget;
}

function toHostItem(item: QuestionItem, mergedBy: ReadonlyMap<string, QuestionItem[]>, ctx: RoomCtx): QuestionHostItem {
  const merged = mergedBy.get(item.id) ?? [];
  return {
    id: item.id,
    seatId: item.seatId,
    text: item.text,
    starterId: item.starterId,
    displayText: item.displayText,
    submittedAt: item.submittedAt,
    status: item.status,
    flag: mergeFlags([item.flag, ...merged.map((m) => m.flag)]),
    reported: item.reported,
    reports: [...item.reports],
    meToo: [...item.meToo],
    note: item.note,
    merged: merged.map((m) => ({ id: m.id, seatId: m.seatId, text: m.text, submittedAt: m.submittedAt, flag: m.flag })),
    screenMeToo: meTooAmount(item, ctx),
  };
}

function shownInOrder(state: QuestionboxState): QuestionItem[] {
  return inDisplayOrder(state.items.filter(isShown), state.order, (i) => i.id);
}

function seatStatus(item: QuestionItem, state: QuestionboxState): SeatQuestionStatus {
  const target = item.mergedInto !== null ? (findItem(state, item.mergedInto) ?? item) : item;
  switch (target.status) {
    case "held":
      return "sent";
    case "approved":
      return "shown";
    case "answered":
      return "answered";
    case "later":
    case "discarded":
      return "read";
  }
}

// ---------- the kind ----------

export const questionbox: ActivityKind<QuestionboxConfig, QuestionboxState, QuestionboxAction, QuestionboxViews> = {
  kind: "questionbox",
  config: questionboxConfigSchema,
  action: questionboxActionSchema,

  init(config, ctx) {
    return { config, phase: "open", items: [], order: { mode: "shuffle", seed: newSeed(ctx.random) }, passed: [], buckets: {} };
  },

  reduce(state, action, actor, ctx) {
    const hostOnly = () => reject("FORBIDDEN", "Only the host can do that.");
    switch (action.type) {
      case "ask": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can send a question.");
        if (state.phase !== "open") return reject("NOT_ALLOWED", "The question box is closed for now.");
        const composed = composeQuestion(action, state, ctx);
        if ("rejected" in composed) return composed;
        if (state.items.filter((i) => i.seatId === actor.seatId).length >= MAX_QUESTIONS_PER_SEAT) {
          return reject("NOT_ALLOWED", "That is a lot of questions: wait until the grown-ups have read some.");
        }
        const bucket = takeToken(state.buckets[actor.seatId], ctx.now, QUESTION_RATE);
        if (!bucket) return reject("RATE_LIMITED", "Wait a little before sending the next question.");
        const id = newItemId(ctx.random, (candidate) => state.items.some((i) => i.id === candidate));
        const item: QuestionItem = {
          id,
          seatId: actor.seatId,
          text: composed.text,
          starterId: composed.starterId,
          displayText: composed.text,
          submittedAt: ctx.now,
          status: "held",
          flag: flagText(composed.text),
          mergedInto: null,
          meToo: [],
          reports: [],
          reported: false,
          note: null,
        };
        return {
          ...state,
          items: [...state.items, item],
          passed: withoutSeat(state.passed, actor.seatId),
          buckets: { ...state.buckets, [actor.seatId]: bucket },
        };
      }

      case "pass": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can pass.");
        return state.passed.includes(actor.seatId) ? state : { ...state, passed: [...state.passed, actor.seatId] };
      }

      case "withdraw": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only the tablet that sent a question can take it back.");
        const item = findItem(state, action.id);
        if (!item) return reject("STALE", "That question is no longer in the box.");
        if (item.seatId !== actor.seatId) return reject("FORBIDDEN", "Only the tablet that sent a question can take it back.");
        if (item.status !== "held" || item.mergedInto !== null) {
          return reject("NOT_ALLOWED", "The grown-ups have already read it, so it cannot be taken back.");
        }
        // Taken back means gone: nothing of it is kept.
        const items = releaseMerged(
          state.items.filter((i) => i.id !== item.id),
          new Set([item.id]),
        );
        return { ...state, items };
      }

      case "meToo": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can say 'me too'.");
        const item = seatCan(state, action.id, actor.seatId);
        if ("rejected" in item) return item;
        const has = item.meToo.includes(actor.seatId);
        if (has === action.on) return state;
        const meToo = action.on ? [...item.meToo, actor.seatId] : item.meToo.filter((s) => s !== actor.seatId);
        return replaceItems(state, [{ ...item, meToo }]);
      }

      case "report": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can report a question.");
        const item = findItem(state, action.id);
        if (!item || !isShown(item)) return reject("STALE", "That question is not on the screen.");
        return replaceItems(state, [{ ...item, status: "held", reported: true, reports: addSeat(item.reports, actor.seatId) }]);
      }

      case "approve": {
        if (actor.role !== "host") return hostOnly();
        const item = hostItem(state, action.id);
        if ("rejected" in item) return item;
        const displayText = action.text ?? item.displayText;
        // Approving an answered question (e.g. with a new wording) keeps it answered.
        const status = item.status === "answered" ? "answered" : "approved";
        if (item.status === status && displayText === item.displayText && !item.reported) return state;
        return replaceItems(state, [{ ...item, status, displayText, reported: false }]);
      }

      case "markAnswered": {
        if (actor.role !== "host") return hostOnly();
        const item = hostItem(state, action.id);
        if ("rejected" in item) return item;
        if (item.status === "answered") return state;
        if (item.status !== "approved") return reject("NOT_ALLOWED", "Approve the question before marking it answered.");
        return replaceItems(state, [{ ...item, status: "answered" }]);
      }

      case "discard":
      case "hold":
      case "talkLater": {
        if (actor.role !== "host") return hostOnly();
        const item = hostItem(state, action.id);
        if ("rejected" in item) return item;
        const status: QuestionStatus = action.type === "discard" ? "discarded" : action.type === "hold" ? "held" : "later";
        const note = action.type === "talkLater" && action.note !== undefined ? action.note || null : item.note;
        if (item.status === status && note === item.note) return state;
        return replaceItems(state, [{ ...item, status, note, reported: status === "held" ? item.reported : false }]);
      }

      case "merge": {
        if (actor.role !== "host") return hostOnly();
        const target = hostItem(state, action.targetId);
        if ("rejected" in target) return target;
        const ids = [...new Set(action.ids)];
        if (ids.includes(target.id)) return reject("INVALID", "A question cannot be merged into itself.");
        const sources: QuestionItem[] = [];
        for (const id of ids) {
          const source = hostItem(state, id);
          if ("rejected" in source) return source;
          sources.push(source);
        }
        const sourceIds = new Set(ids);
        // Everyone who asked or said "me too" in a source now says "me too" to the target.
        let meToo = target.meToo;
        for (const source of sources) {
          for (const seat of [source.seatId, ...source.meToo]) if (seat !== target.seatId) meToo = addSeat(meToo, seat);
        }
        const items = state.items.map((i): QuestionItem => {
          if (i.id === target.id) return { ...i, meToo };
          if (sourceIds.has(i.id)) return { ...i, mergedInto: target.id };
          if (i.mergedInto !== null && sourceIds.has(i.mergedInto)) return { ...i, mergedInto: target.id };
          return i;
        });
        return { ...state, items };
      }

      case "reorder": {
        if (actor.role !== "host") return hostOnly();
        const known = new Set(state.items.map((i) => i.id));
        const ids = [...new Set(action.ids)].filter((id) => known.has(id));
        return { ...state, order: { mode: "host", seed: state.order.seed, ids } };
      }

      case "shuffle": {
        if (actor.role !== "host") return hostOnly();
        return { ...state, order: { mode: "shuffle", seed: newSeed(ctx.random) } };
      }

      case "close":
      case "open": {
        if (actor.role !== "host") return hostOnly();
        const phase: QuestionboxPhase = action.type === "close" ? "closed" : "open";
        return state.phase === phase ? state : { ...state, phase };
      }
    }
  },

  forgetSeat(state, seatId) {
    const gone = new Set(state.items.filter((i) => i.seatId === seatId).map((i) => i.id));
    const touched = gone.size > 0 || state.items.some((i) => i.meToo.includes(seatId) || i.reports.includes(seatId));
    if (!touched && !state.passed.includes(seatId) && !Object.prototype.hasOwnProperty.call(state.buckets, seatId)) return state;
    const kept = state.items
      .filter((i) => !gone.has(i.id))
      .map((i) => ({ ...i, meToo: withoutSeat(i.meToo, seatId), reports: withoutSeat(i.reports, seatId) }));
    return {
      ...state,
      items: releaseMerged(kept, gone),
      passed: withoutSeat(state.passed, seatId),
      buckets: withoutKey(state.buckets, seatId),
    };
  },

  view: {
    host(state, ctx) {
      const top = state.items.filter((i) => i.mergedInto === null);
      const mergedBy = mergedByTarget(state);
      const byStatus = (s: QuestionStatus) => top.filter((i) => i.status === s).map((i) => toHostItem(i, mergedBy, ctx));
      return {
        phase: state.phase,
        prompt: state.config.prompt,
        allowFreeText: state.config.allowFreeText,
        starters: [...state.config.starters],
        queue: queueOrder(byStatus("held")),
        shown: shownInOrder(state).map((i) => toHostItem(i, mergedBy, ctx)),
        later: byStatus("later"),
        discarded: byStatus("discarded"),
        orderMode: state.order.mode,
        passed: [...state.passed],
      };
    },

    screen(state, ctx) {
      return {
        phase: state.phase,
        prompt: state.config.prompt,
        items: shownInOrder(state).map((i) => ({
          id: i.id,
          text: i.displayText,
          answered: i.status === "answered",
          meToo: meTooAmount(i, ctx),
        })),
      };
    },

    seat(state, seatId, ctx) {
      return {
        phase: state.phase,
        prompt: state.config.prompt,
        allowFreeText: state.config.allowFreeText,
        starters: [...state.config.starters],
        maxLength: MAX_QUESTION_LENGTH,
        passed: state.passed.includes(seatId),
        mine: state.items
          .filter((i) => i.seatId === seatId)
          .map((i) => ({
            id: i.id,
            text: i.text,
            status: seatStatus(i, state),
            canWithdraw: i.status === "held" && i.mergedInto === null,
          })),
        group: shownInOrder(state).map((i) => ({
          id: i.id,
          text: i.displayText,
          answered: i.status === "answered",
          mine: i.seatId === seatId,
          meTooByMe: i.meToo.includes(seatId),
          meToo: meTooAmount(i, ctx),
        })),
      };
    },
  },
};
