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
import type { ActivityKind } from "../types.js";
import { forgetSeatInQuestionbox, initQuestionbox, reduceQuestionbox } from "./reduce.js";
import {
  questionboxActionSchema,
  questionboxConfigSchema,
  type QuestionboxAction,
  type QuestionboxConfig,
  type QuestionboxState,
} from "./schema.js";
import { questionboxAttention, questionboxHostView, questionboxScreenView, questionboxSeatView, type QuestionboxViews } from "./views.js";

export * from "./schema.js";
export * from "./views.js";

export const questionbox: ActivityKind<QuestionboxConfig, QuestionboxState, QuestionboxAction, QuestionboxViews> = {
  kind: "questionbox",
  /** Also at parent meetings, with adult wording on the tablets and the projector. */
  audiences: ["barn", "voksne"],
  config: questionboxConfigSchema,
  action: questionboxActionSchema,
  init: initQuestionbox,
  reduce: reduceQuestionbox,
  forgetSeat: forgetSeatInQuestionbox,
  attention: questionboxAttention,
  view: {
    host: questionboxHostView,
    screen: questionboxScreenView,
    seat: questionboxSeatView,
  },
};
