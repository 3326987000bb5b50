/**
 * Question box views: what the host, the projector and one tablet may see. The
 * projector and the tablets see approved and answered questions only, without
 * seat, avatar, time or sending order; "me too" goes through the disclosure
 * rules (meTooPicture).
 */
import type { StarterId } from "../../content/starters.js";
import { meTooPicture, screenWords, type Amount, type ScreenWordAmount } from "../../disclosure/index.js";
import type { SeatId } from "../../room/types.js";
import { mergeFlags, type Flag } from "../../safeguarding/index.js";
import type { AttentionItem } from "../../safeguarding/attention.js";
import {
  inDisplayOrder,
  queueOrder,
  sameWords,
  seatItemStatus,
  withStatus,
  type DisplayOrder,
  type ReportReason,
  type SeatItemStatus,
} from "../../moderation/index.js";
import { presentSeats, type RoomCtx } from "../types.js";
import {
  MAX_QUESTION_LENGTH,
  type QuestionboxPhase,
  type QuestionboxState,
  type QuestionItem,
  type QuestionStatus,
} from "./schema.js";

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
  /** Why tablets said "Si fra" (host only), one per report. */
  reportReasons: ReportReason[];
  meToo: SeatId[];
  note: string | null;
  merged: QuestionHostMerged[];
  /** Exactly what the screen shows (or would show) for "me too". */
  screenMeToo: ScreenWordAmount | null;
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
  /** k-safe and a word only ("noen", "flere", "mange"; screenWords), null when nobody. */
  meToo: ScreenWordAmount | null;
}

export interface QuestionboxScreenView {
  phase: QuestionboxPhase;
  prompt: string | null;
  /** Approved and answered questions only, shuffled or in the host's order. */
  items: QuestionScreenItem[];
}

/** What a child is told about their own question. "read" covers talk-later and discarded alike. */
export type SeatQuestionStatus = SeatItemStatus;

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

export const isShown = (item: QuestionItem) => item.mergedInto === null && (item.status === "approved" || item.status === "answered");

export function findItem(state: QuestionboxState, id: string): QuestionItem | undefined {
  return state.items.find((i) => i.id === id);
}

/**
 * The screen's "me too" for one question, through the disclosure rules: a
 * number only from k, a word ("some") under k, "many" when every other child
 * present said it (that would tell each child's answer).
 */
export function meTooAmount(item: QuestionItem, ctx: RoomCtx): Amount | null {
  const others = presentSeats(ctx).filter((s) => s !== item.seatId && !item.meToo.includes(s)).length;
  return meTooPicture(item.meToo.length, others, ctx.k);
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
    reportReasons: [...item.reportReasons],
    meToo: [...item.meToo],
    note: item.note,
    merged: merged.map((m) => ({ id: m.id, seatId: m.seatId, text: m.text, submittedAt: m.submittedAt, flag: m.flag })),
    screenMeToo: screenWords(meTooAmount(item, ctx)),
  };
}

function shownInOrder(state: QuestionboxState): QuestionItem[] {
  return inDisplayOrder(state.items.filter(isShown), state.order, (i) => i.id);
}

/** The truth about a child's own question (the words live in shared/moderation/queue.ts). */
function seatStatus(item: QuestionItem): SeatQuestionStatus {
  return seatItemStatus({
    status: item.status,
    merged: item.mergedInto !== null,
    rephrased: !sameWords(item.displayText, item.text),
    takenDown: item.takenDown,
  });
}

// ---------- the three views ----------

/** What needs a leader (docs/safeguarding.md): flagged questions still waiting (own or merged-in flag) and talk-later ones. */
export function questionboxAttention(state: QuestionboxState): AttentionItem[] {
  const mergedBy = mergedByTarget(state);
  return state.items
    .filter((i) => i.mergedInto === null && (i.status === "later" || i.status === "held"))
    .map((item) => ({ item, flag: mergeFlags([item.flag, ...(mergedBy.get(item.id) ?? []).map((m) => m.flag)]) }))
    .filter(({ item, flag }) => item.status === "later" || flag !== null)
    .map(({ item, flag }) => ({
      key: item.id,
      kind: item.status === "later" ? ("later" as const) : ("flagged" as const),
      seatId: item.seatId,
      text: item.text,
      flag,
      note: item.note,
      at: item.submittedAt,
    }));
}

export function questionboxHostView(state: QuestionboxState, ctx: RoomCtx): QuestionboxHostView {
  const top = state.items.filter((i) => i.mergedInto === null);
  const mergedBy = mergedByTarget(state);
  const byStatus = (s: QuestionStatus) => withStatus(top, s).map((i) => toHostItem(i, mergedBy, ctx));
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
}

export function questionboxScreenView(state: QuestionboxState, ctx: RoomCtx): QuestionboxScreenView {
  return {
    phase: state.phase,
    prompt: state.config.prompt,
    items: shownInOrder(state).map((i) => ({
      id: i.id,
      text: i.displayText,
      answered: i.status === "answered",
      meToo: screenWords(meTooAmount(i, ctx)),
    })),
  };
}

export function questionboxSeatView(state: QuestionboxState, seatId: SeatId, ctx: RoomCtx): QuestionboxSeatView {
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
        status: seatStatus(i),
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
}
