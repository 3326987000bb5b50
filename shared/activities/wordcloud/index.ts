/**
 * One word / word cloud ("Hva gjør deg glad?"): each tablet sends a word (or
 * passes). Words wait in the host's queue exactly like questions in the
 * question box (flagged first, then oldest); only approved words reach the
 * screen. The cloud appears once words from at least k children are approved,
 * and a word's size grows only with counts of k or more (through the disclosure
 * rules): a word fewer than k children chose looks like every other small word.
 */
import { z } from "zod";
import { cloudPicture } from "../../disclosure/index.js";
import type { SeatId } from "../../room/types.js";
import { flagText, type Flag } from "../../safeguarding/index.js";
import {
  checkApproval,
  confirmFlagSchema,
  forgetSeatInQueue,
  freeText,
  hostItem,
  inDisplayOrder,
  itemId,
  moderate,
  newSeed,
  passInQueue,
  queueOrder,
  sendToQueue,
  setQueuePhase,
  withdrawFromQueue,
  withStatus,
  sameWords,
  seatItemStatus,
  type ModerationStatus,
  type SeatItemStatus,
  type QueuePhase,
  type RateBucket,
  type RatePolicy,
} from "../../moderation/index.js";
import { isRejection, reject, type ActivityKind, type RoomCtx } from "../types.js";

export const MAX_WORD_LENGTH = 30;
export const MAX_WORDS_PER_SEAT = 5;
export const WORD_RATE: RatePolicy = { burst: 3, intervalMs: 5_000 };

/** Letters (any script, with accents) and single hyphens between them: "glad", "is-krem". */
const ONE_WORD = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u;

const wordText = freeText({ max: MAX_WORD_LENGTH, label: "The word" }).refine(
  (w) => ONE_WORD.test(w),
  "Send one word: letters, and a hyphen between parts.",
);

export const wordcloudConfigSchema = z
  .strictObject({
    /** The question on the screen and tablets, e.g. "Hva gjør deg glad?". */
    prompt: freeText({ max: 140, label: "Prompt" }).nullable().default(null),
    /** Words one tablet may have waiting or shown at once. */
    maxPerSeat: z.number().int().min(1).max(MAX_WORDS_PER_SEAT).default(1),
  })
  .default({ prompt: null, maxPerSeat: 1 });
export type WordcloudConfig = z.output<typeof wordcloudConfigSchema>;
export type WordcloudConfigInput = z.input<typeof wordcloudConfigSchema>;

export const wordcloudActionSchema = z.discriminatedUnion("type", [
  // tablets
  z.strictObject({ type: z.literal("send"), word: wordText }),
  z.strictObject({ type: z.literal("pass") }),
  z.strictObject({ type: z.literal("withdraw"), id: itemId }),
  // host
  /** Approve as sent, or with a corrected spelling. */
  /** A flagged word needs a corrected word or `confirmFlag` naming its flag (shared/moderation/approval.ts). */
  z.strictObject({ type: z.literal("approve"), id: itemId, word: wordText.optional(), confirmFlag: confirmFlagSchema.optional() }),
  z.strictObject({ type: z.literal("discard"), id: itemId }),
  /** Back to the queue (take a word off the screen). */
  z.strictObject({ type: z.literal("hold"), id: itemId }),
  z.strictObject({ type: z.literal("shuffle") }),
  z.strictObject({ type: z.literal("close") }),
  z.strictObject({ type: z.literal("open") }),
]);
export type WordcloudAction = z.output<typeof wordcloudActionSchema>;
export type WordcloudActionInput = z.input<typeof wordcloudActionSchema>;

/** The moderation statuses a word can have (shared/moderation/queue.ts). */
export type WordStatus = Extract<ModerationStatus, "held" | "approved" | "discarded">;
export type WordcloudPhase = QueuePhase;

export interface WordItem {
  id: string;
  seatId: SeatId;
  /** As the child sent it. */
  word: string;
  /** What the cloud shows once approved (the host may correct the spelling). */
  displayWord: string;
  submittedAt: number;
  status: WordStatus;
  flag: Flag | null;
  /** It was in the cloud, and is not now (the host took it off). */
  takenDown: boolean;
}

export interface WordcloudState {
  config: WordcloudConfig;
  phase: WordcloudPhase;
  items: readonly WordItem[];
  /** Seed of the cloud's layout order (never the order words came in). */
  seed: number;
  passed: readonly SeatId[];
  buckets: Readonly<Record<SeatId, RateBucket>>;
}

/** A word in the cloud. size 1 = the base size every word has; 2 and 3 only for words k or more children chose. */
export interface CloudWord {
  text: string;
  size: 1 | 2 | 3;
}

export type Cloud = { status: "hidden"; reason: "too-few" } | { status: "shown"; words: CloudWord[] };

export interface WordHostItem {
  id: string;
  /** Host only: map to the avatar with HostView.seats. */
  seatId: SeatId;
  word: string;
  displayWord: string;
  submittedAt: number;
  status: WordStatus;
  flag: Flag | null;
}

export interface WordcloudHostView {
  phase: WordcloudPhase;
  prompt: string | null;
  maxPerSeat: number;
  /** Waiting: flagged first, then oldest first. */
  queue: WordHostItem[];
  approved: WordHostItem[];
  discarded: WordHostItem[];
  passed: SeatId[];
  /** Exactly what the screen shows (or would show). */
  cloud: Cloud;
}

export interface WordcloudScreenView {
  phase: WordcloudPhase;
  prompt: string | null;
  cloud: Cloud;
}

/** The statuses a child's word can have (one place for all kinds: shared/moderation/queue.ts). */
export type SeatWordStatus = Extract<SeatItemStatus, "sent" | "shown" | "rephrased" | "takenDown" | "read">;

export interface WordcloudSeatView {
  phase: WordcloudPhase;
  prompt: string | null;
  maxPerSeat: number;
  maxLength: number;
  passed: boolean;
  /** Open, and this tablet has room for another word. */
  canSend: boolean;
  mine: { id: string; word: string; status: SeatWordStatus; canWithdraw: boolean }[];
  cloud: Cloud;
}

export type WordcloudViews = { host: WordcloudHostView; screen: WordcloudScreenView; seat: WordcloudSeatView };

const counted = (item: WordItem) => item.status === "held" || item.status === "approved";
const cloudKey = (word: string) => word.normalize("NFC").toLowerCase();

/**
 * The cloud through the disclosure rules: hidden until approved words come
 * from at least k children; a word is larger only when groupPicture shows its
 * count (k or more children), never because one or two chose it.
 */
export function cloudOf(state: WordcloudState, ctx: RoomCtx): Cloud {
  const approved = state.items.filter((i) => i.status === "approved");
  const seatsByWord = new Map<string, Set<SeatId>>();
  for (const item of approved) {
    const key = cloudKey(item.displayWord);
    const seats = seatsByWord.get(key) ?? new Set<SeatId>();
    seats.add(item.seatId);
    seatsByWord.set(key, seats);
  }
  const keys = [...seatsByWord.keys()];
  const contributors = new Set(approved.map((i) => i.seatId)).size;
  const picture = cloudPicture(Object.fromEntries(keys.map((key) => [key, seatsByWord.get(key)!.size])), contributors, ctx.k);
  if (picture.status === "hidden") return picture;
  const words = inDisplayOrder(keys, { mode: "shuffle", seed: state.seed }, (key) => key).map(
    (text): CloudWord => ({ text, size: picture.sizes[text] ?? 1 }),
  );
  return { status: "shown", words };
}

function toHostItem(item: WordItem): WordHostItem {
  return {
    id: item.id,
    seatId: item.seatId,
    word: item.word,
    displayWord: item.displayWord,
    submittedAt: item.submittedAt,
    status: item.status,
    flag: item.flag,
  };
}

export const wordcloud: ActivityKind<WordcloudConfig, WordcloudState, WordcloudAction, WordcloudViews> = {
  kind: "wordcloud",
  /** Also at parent meetings, with adult wording on the tablets and the projector. */
  audiences: ["barn", "voksne"],
  config: wordcloudConfigSchema,
  action: wordcloudActionSchema,

  init(config, ctx) {
    return { config, phase: "open", items: [], seed: newSeed(ctx.random), passed: [], buckets: {} };
  },

  reduce(state, action, actor, ctx) {
    const hostOnly = () => reject("FORBIDDEN", "Only the host can do that.");
    switch (action.type) {
      case "send": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can send a word.");
        const seatId = actor.seatId;
        return sendToQueue(state, seatId, ctx, {
          rate: WORD_RATE,
          maxPerSeat: state.config.maxPerSeat,
          counts: counted,
          messages: {
            closed: "No more words for now.",
            tooMany: state.config.maxPerSeat === 1 ? "You have sent your word." : "You have sent all your words.",
            tooFast: "Wait a little before sending the next word.",
          },
        }, (id): WordItem => ({
          id,
          seatId,
          word: action.word,
          displayWord: action.word,
          submittedAt: ctx.now,
          status: "held",
          flag: flagText(action.word),
          takenDown: false,
        }));
      }

      case "pass": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can pass.");
        return passInQueue(state, actor.seatId);
      }

      case "withdraw": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only the tablet that sent a word can take it back.");
        return withdrawFromQueue(state, actor.seatId, action.id, {
          messages: {
            gone: "That word is no longer here.",
            notYours: "Only the tablet that sent a word can take it back.",
            read: "The grown-ups have already read it, so it cannot be taken back.",
          },
        });
      }

      case "approve":
      case "discard":
      case "hold": {
        if (actor.role !== "host") return hostOnly();
        const item = hostItem(state, action.id, "That word is no longer here.");
        if (isRejection(item)) return item;
        const status: WordStatus = action.type === "approve" ? "approved" : action.type === "discard" ? "discarded" : "held";
        const displayWord = action.type === "approve" && action.word !== undefined ? action.word : item.displayWord;
        if (action.type === "approve") {
          const refused = checkApproval(item.flag, item.word, displayWord, action.confirmFlag);
          if (refused) return refused;
        }
        const takenDown = status === "approved" ? false : item.takenDown || item.status === "approved";
        return moderate(state, item, { ...item, status, displayWord, takenDown });
      }

      case "shuffle": {
        if (actor.role !== "host") return hostOnly();
        return { ...state, seed: newSeed(ctx.random) };
      }

      case "close":
      case "open": {
        if (actor.role !== "host") return hostOnly();
        return setQueuePhase(state, action.type === "close" ? "closed" : "open");
      }
    }
  },

  forgetSeat(state, seatId) {
    return forgetSeatInQueue(state, seatId);
  },

  attention(state) {
    return state.items
      .filter((i) => i.status === "held" && i.flag !== null)
      .map((i) => ({ key: i.id, kind: "flagged" as const, seatId: i.seatId, text: i.word, flag: i.flag, note: null, at: i.submittedAt }));
  },

  view: {
    host(state, ctx) {
      const byStatus = (s: WordStatus) => withStatus(state.items, s).map(toHostItem);
      return {
        phase: state.phase,
        prompt: state.config.prompt,
        maxPerSeat: state.config.maxPerSeat,
        queue: queueOrder(byStatus("held")),
        approved: byStatus("approved"),
        discarded: byStatus("discarded"),
        passed: [...state.passed],
        cloud: cloudOf(state, ctx),
      };
    },

    screen(state, ctx) {
      return { phase: state.phase, prompt: state.config.prompt, cloud: cloudOf(state, ctx) };
    },

    seat(state, seatId, ctx) {
      const own = state.items.filter((i) => i.seatId === seatId);
      return {
        phase: state.phase,
        prompt: state.config.prompt,
        maxPerSeat: state.config.maxPerSeat,
        maxLength: MAX_WORD_LENGTH,
        passed: state.passed.includes(seatId),
        canSend: state.phase === "open" && own.filter(counted).length < state.config.maxPerSeat,
        mine: own.map((i) => ({
          id: i.id,
          word: i.word,
          status: seatItemStatus({ status: i.status, rephrased: !sameWords(i.displayWord, i.word), takenDown: i.takenDown }) as SeatWordStatus,
          canWithdraw: i.status === "held",
        })),
        cloud: cloudOf(state, ctx),
      };
    },
  },
};
