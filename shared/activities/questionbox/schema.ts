/**
 * Question box: its limits, config and action schemas, and the state it keeps.
 * The queue part of the state (`phase`, `items`, `passed`, `buckets`) is the
 * shared moderation queue (shared/moderation/queue.ts).
 */
import { z } from "zod";
import { STARTER_IDS, type StarterId } from "../../content/starters.js";
import type { SeatId } from "../../room/types.js";
import type { Flag } from "../../safeguarding/index.js";
import {
  MAX_TEXT_LENGTH,
  REPORT_REASONS,
  confirmFlagSchema,
  freeText,
  itemId,
  type DisplayOrder,
  type ReportReason,
  type ModerationStatus,
  type QueuePhase,
  type RateBucket,
  type RatePolicy,
} from "../../moderation/index.js";

/** Per seat: three at once, then one more every five seconds. Refused questions are not kept; sent ones never lost. */
export const QUESTION_RATE: RatePolicy = { burst: 3, intervalMs: 5_000 };
/** Questions one seat may have in the box at once (withdrawn ones do not count). */
export const MAX_QUESTIONS_PER_SEAT = 30;
export const MAX_QUESTION_LENGTH = MAX_TEXT_LENGTH;
export const MAX_PROMPT_LENGTH = 140;

// ---------- config ----------

export const questionboxConfigSchema = z
  .strictObject({
    /** docs/rules.md, "Free text can be switched off": leaders may turn free typing off and offer starters only. */
    allowFreeText: z.boolean().default(true),
    /**
     * Which starter sentences the tablets offer, in this order. Absent: the room's audience's own
     * (the children's, or the parents' at a parent meeting), chosen when the box opens.
     */
    starters: z.array(z.enum(STARTER_IDS)).max(STARTER_IDS.length).optional(),
    /** The host's own heading for the box, shown on the screen and tablets. */
    prompt: freeText({ max: MAX_PROMPT_LENGTH, label: "Prompt" }).nullable().default(null),
  })
  .default({ allowFreeText: true, prompt: null });
export type QuestionboxConfig = z.output<typeof questionboxConfigSchema>;
/** The config as the box runs it: the starters are settled when it opens. */
export type RunningQuestionboxConfig = QuestionboxConfig & { starters: StarterId[] };
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
  /** "Si fra": this approved question upsets me: back to the host with the reason, off the screen. */
  z.strictObject({ type: z.literal("report"), id: itemId, reason: z.enum(REPORT_REASONS).optional() }),
  // host
  /**
   * Approve as written, or with the host's rephrasing. A flagged question needs a rephrase or
   * `confirmFlag` naming its flag (shared/moderation/approval.ts).
   */
  z.strictObject({ type: z.literal("approve"), id: itemId, text: questionText.optional(), confirmFlag: confirmFlagSchema.optional() }),
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

/** The moderation statuses (shared/moderation/queue.ts): a question can have every one. */
export type QuestionStatus = ModerationStatus;
export type QuestionboxPhase = QueuePhase;

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
  /** Seats that reported it ("Si fra"). */
  reports: readonly SeatId[];
  /** Why, as the tablets said it (one of REPORT_REASONS each, no free text); host only. */
  reportReasons: readonly ReportReason[];
  /** It was on the screen, and is not now (the host took it off, or a report did). */
  takenDown: boolean;
  /** Back in the queue because a tablet reported it. */
  reported: boolean;
  /** The host's private note (talk later). */
  note: string | null;
}

export interface QuestionboxState {
  config: RunningQuestionboxConfig;
  phase: QuestionboxPhase;
  /** In the order sent. Only the host's view ever reflects that order (oldest first in its queue). */
  items: readonly QuestionItem[];
  order: DisplayOrder;
  passed: readonly SeatId[];
  buckets: Readonly<Record<SeatId, RateBucket>>;
}
