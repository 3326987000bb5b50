/**
 * Question box transitions. The queue moves (send, withdraw, pass, open/close,
 * host moves, forgetSeat) are the shared moderation queue's; what is the
 * question box's own is composing a starter, "me too", report, merge and the
 * screen's order.
 */
import { defaultStarterIds, findStarter, starterStem, type StarterId } from "../../content/starters.js";
import { isRejection, reject, type Rejection } from "../../errors.js";
import type { Actor, SeatId } from "../../room/types.js";
import { flagOwnWords, mergeFlags } from "../../safeguarding/index.js";
import {
  checkApproval,
  forgetSeatInQueue,
  hostItem as queueHostItem,
  moderate,
  newSeed,
  passInQueue,
  replaceInQueue,
  sendToQueue,
  setQueuePhase,
  withdrawFromQueue,
  withoutSeat,
} from "../../moderation/index.js";
import type { RoomCtx } from "../types.js";
import {
  MAX_QUESTIONS_PER_SEAT,
  MAX_QUESTION_LENGTH,
  QUESTION_RATE,
  type QuestionboxAction,
  type QuestionboxConfig,
  type QuestionboxState,
  type QuestionItem,
  type QuestionStatus,
} from "./schema.js";
import { findItem, isShown } from "./views.js";

/** Its own flag and those of questions merged into it. */
function flagWithMerged(state: QuestionboxState, item: QuestionItem) {
  return mergeFlags([item.flag, ...state.items.filter((i) => i.mergedInto === item.id).map((i) => i.flag)]);
}

function addSeat(seats: readonly SeatId[], seatId: SeatId): readonly SeatId[] {
  return seats.includes(seatId) ? seats : [...seats, seatId];
}

function composeQuestion(
  action: Extract<QuestionboxAction, { type: "ask" }>,
  state: QuestionboxState,
  ctx: RoomCtx,
): { text: string; ownWords: string; starterId: StarterId | null } | Rejection {
  if (action.starterId === undefined) {
    if (!state.config.allowFreeText) return reject("NOT_ALLOWED", "Free text is off here: pick a starter sentence.");
    if (action.text === "") return reject("INVALID", "The question is empty.");
    return { text: action.text, ownWords: action.text, starterId: null };
  }
  const starter = findStarter(action.starterId);
  if (!starter || !state.config.starters.includes(action.starterId)) return reject("INVALID", "That starter is not offered here.");
  if (!state.config.allowFreeText && action.text !== "") return reject("NOT_ALLOWED", "Free text is off here: send the starter as it is.");
  const stem = starterStem(starter, ctx.language);
  const text = action.text === "" ? starter.complete[ctx.language] : `${stem} ${action.text}`;
  if ([...text].length > MAX_QUESTION_LENGTH) return reject("INVALID", `The question is too long (at most ${MAX_QUESTION_LENGTH} characters).`);
  return { text, ownWords: action.text, starterId: action.starterId };
}

function seatCan(state: QuestionboxState, id: string, seatId: SeatId): QuestionItem | Rejection {
  const item = findItem(state, id);
  if (!item || !isShown(item)) return reject("STALE", "That question is not on the screen.");
  if (item.seatId === seatId) return reject("NOT_ALLOWED", "That is your own question.");
  return item;
}

function hostItem(state: QuestionboxState, id: string): QuestionItem | Rejection {
  return queueHostItem(state, id, "That question is no longer in the box.", (item) =>
    item.mergedInto !== null ? reject("NOT_ALLOWED", "That question was merged into another one.") : null,
  );
}

/** Items whose target is gone go back to the queue, never straight to the screen. */
function releaseMerged(items: readonly QuestionItem[], goneIds: ReadonlySet<string>): QuestionItem[] {
  return items.map((i) =>
    i.mergedInto !== null && goneIds.has(i.mergedInto) ? { ...i, mergedInto: null, status: "held" as const, reported: false } : i,
  );
}

export function initQuestionbox(config: QuestionboxConfig, ctx: RoomCtx): QuestionboxState {
  const starters = config.starters ?? defaultStarterIds(ctx.audience ?? "barn");
  return { config: { ...config, starters }, phase: "open", items: [], order: { mode: "shuffle", seed: newSeed(ctx.random) }, passed: [], buckets: {} };
}

export function reduceQuestionbox(state: QuestionboxState, action: QuestionboxAction, actor: Actor, ctx: RoomCtx): QuestionboxState | Rejection {
  const hostOnly = () => reject("FORBIDDEN", "Only the host can do that.");
  switch (action.type) {
    case "ask": {
      if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can send a question.");
      const seatId = actor.seatId;
      return sendToQueue(
        state,
        seatId,
        ctx,
        {
          rate: QUESTION_RATE,
          maxPerSeat: MAX_QUESTIONS_PER_SEAT,
          counts: () => true,
          messages: {
            closed: "The question box is closed for now.",
            tooMany: "That is a lot of questions: wait until the grown-ups have read some.",
            tooFast: "Wait a little before sending the next question.",
          },
        },
        (id) => {
          const composed = composeQuestion(action, state, ctx);
          if (isRejection(composed)) return composed;
          return {
            id,
            seatId,
            text: composed.text,
            starterId: composed.starterId,
            displayText: composed.text,
            submittedAt: ctx.now,
            status: "held",
            // Only the child's own words: a starter ("Er det min skyld at …") is not a concern by itself.
            flag: flagOwnWords(composed.ownWords),
            mergedInto: null,
            meToo: [],
            reports: [],
            reportReasons: [],
            reported: false,
            takenDown: false,
            note: null,
          };
        },
      );
    }

    case "pass": {
      if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can pass.");
      return passInQueue(state, actor.seatId);
    }

    case "withdraw": {
      if (actor.role !== "seat") return reject("FORBIDDEN", "Only the tablet that sent a question can take it back.");
      return withdrawFromQueue(state, actor.seatId, action.id, {
        canWithdraw: (item) => item.mergedInto === null,
        afterRemove: releaseMerged,
        messages: {
          gone: "That question is no longer in the box.",
          notYours: "Only the tablet that sent a question can take it back.",
          read: "The grown-ups have already read it, so it cannot be taken back.",
        },
      });
    }

    case "meToo": {
      if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can say 'me too'.");
      const item = seatCan(state, action.id, actor.seatId);
      if (isRejection(item)) return item;
      const has = item.meToo.includes(actor.seatId);
      if (has === action.on) return state;
      const meToo = action.on ? [...item.meToo, actor.seatId] : item.meToo.filter((s) => s !== actor.seatId);
      return replaceInQueue(state, [{ ...item, meToo }]);
    }

    case "report": {
      if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can report a question.");
      const item = findItem(state, action.id);
      if (!item || !isShown(item)) return reject("STALE", "That question is not on the screen.");
      const reason = action.reason ?? "other";
      return replaceInQueue(state, [
        {
          ...item,
          status: "held",
          reported: true,
          takenDown: true,
          reports: addSeat(item.reports, actor.seatId),
          reportReasons: [...item.reportReasons, reason],
        },
      ]);
    }

    case "approve": {
      if (actor.role !== "host") return hostOnly();
      const item = hostItem(state, action.id);
      if (isRejection(item)) return item;
      const displayText = action.text ?? item.displayText;
      // Flagged (its own flag or one merged into it): a rephrase or a confirmation naming the flag.
      const refused = checkApproval(flagWithMerged(state, item), item.text, displayText, action.confirmFlag);
      if (refused) return refused;
      // Approving an answered question (e.g. with a new wording) keeps it answered.
      const status = item.status === "answered" ? "answered" : "approved";
      return moderate(state, item, { ...item, status, displayText, reported: false, takenDown: false });
    }

    case "markAnswered": {
      if (actor.role !== "host") return hostOnly();
      const item = hostItem(state, action.id);
      if (isRejection(item)) return item;
      if (item.status === "answered") return state;
      if (item.status !== "approved") return reject("NOT_ALLOWED", "Approve the question before marking it answered.");
      return moderate(state, item, { ...item, status: "answered" });
    }

    case "discard":
    case "hold":
    case "talkLater": {
      if (actor.role !== "host") return hostOnly();
      const item = hostItem(state, action.id);
      if (isRejection(item)) return item;
      const status: QuestionStatus = action.type === "discard" ? "discarded" : action.type === "hold" ? "held" : "later";
      const note = action.type === "talkLater" && action.note !== undefined ? action.note || null : item.note;
      if (item.status === status && note === item.note) return state;
      const takenDown = item.takenDown || isShown(item);
      return moderate(state, item, { ...item, status, note, takenDown, reported: status === "held" ? item.reported : false });
    }

    case "merge": {
      if (actor.role !== "host") return hostOnly();
      const target = hostItem(state, action.targetId);
      if (isRejection(target)) return target;
      const ids = [...new Set(action.ids)];
      if (ids.includes(target.id)) return reject("INVALID", "A question cannot be merged into itself.");
      const sources: QuestionItem[] = [];
      for (const id of ids) {
        const source = hostItem(state, id);
        if (isRejection(source)) return source;
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
      return setQueuePhase(state, action.type === "close" ? "closed" : "open");
    }
  }
}

/** A removed seat's questions go (merged ones return to the queue); its me-too and reports too. */
export function forgetSeatInQuestionbox(state: QuestionboxState, seatId: SeatId): QuestionboxState {
  return forgetSeatInQueue(state, seatId, {
    scrub: (i) => {
      const meToo = withoutSeat(i.meToo, seatId);
      const reports = withoutSeat(i.reports, seatId);
      return meToo === i.meToo && reports === i.reports ? i : { ...i, meToo, reports };
    },
    afterRemove: releaseMerged,
  });
}
