/**
 * Feelings quiz / myth or fact. A deck of cards; each card is a statement or a
 * question with 2–4 options, and every child may also answer "vet ikke" (don't
 * know) or pass. Per card:
 *
 *   children answer privately (and may change their answer) → the host reveals
 *   → everyone sees the explanation (in the room's reading level) and, only
 *     when the disclosure rules allow it, a k-safe group picture.
 *
 * No scores, no timer, no right/wrong per child anywhere: the screen and the
 * tablets never learn whose answer was what, and a tablet never hears whether
 * its own answer was right ("Her er svaret", never "feil"). Only the host sees
 * per-seat answers, for the leader's eyes.
 *
 * Texts are resolved here, in the views, for the room's language and age band,
 * so switching either mid-activity keeps every answer and simply changes the
 * words. Card content lives in shared/content/quiz-decks.ts; a plan may also
 * pass its own cards (`custom`), checked by the same schema.
 */
import { z } from "zod";
import { QUIZ_DECK_IDS, findQuizDeck, type QuizCard, type QuizText } from "../../content/quiz-decks.js";
import { quizPicture, screenQuizPicture, type QuizPicture, type ScreenQuizPicture } from "../../disclosure/index.js";
import type { Language, SeatId } from "../../room/types.js";
import { presentSeats, reject, type ActivityKind, type RoomCtx } from "../types.js";

// ---------- config ----------

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
const idSchema = z.string().regex(ID_PATTERN, "ids are 1–40 lower-case letters, digits or dashes");
/** Option ids a card may not use: they are the activity's own answers. */
const RESERVED_OPTION_IDS = ["pass", "dontknow", "vet-ikke", "other"];
const optionIdSchema = idSchema.refine((id) => !RESERVED_OPTION_IDS.includes(id), "reserved option id");

const MAX_TEXT = 600;
export const quizTextSchema = z.strictObject({
  nb: z.string().trim().min(1).max(MAX_TEXT),
  nn: z.string().trim().min(1).max(MAX_TEXT).optional(),
  en: z.string().trim().min(1).max(MAX_TEXT).optional(),
});

export const quizCardSchema = z
  .strictObject({
    id: idSchema,
    statement: quizTextSchema,
    options: z.array(z.strictObject({ id: optionIdSchema, text: quizTextSchema })).min(2).max(4),
    correct: z.string().nullable(),
    explanation: z.strictObject({ "8-10": quizTextSchema, "11+": quizTextSchema }),
    leaderNote: quizTextSchema,
    sensitive: z.boolean().optional(),
  })
  .superRefine((card, ctx) => {
    const ids = card.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: `card ${card.id}: option ids must be unique` });
    if (card.correct !== null && !ids.includes(card.correct)) {
      ctx.addIssue({ code: "custom", message: `card ${card.id}: correct must be one of its options, or null` });
    }
  });

const MAX_CARDS = 30;
const uniqueIds = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const quizConfigSchema = z.union([
  z
    .strictObject({
      deck: z.enum(QUIZ_DECK_IDS),
      /** A subset of the deck's cards, in the order to play them. Default: the whole deck. */
      cards: z.array(idSchema).min(1).max(MAX_CARDS).optional(),
    })
    .refine((c) => c.cards === undefined || uniqueIds(c.cards), "card ids must be unique")
    .refine(
      (c) => c.cards === undefined || c.cards.every((id) => findQuizDeck(c.deck)?.cards.some((card) => card.id === id)),
      "every card must be in the deck",
    ),
  z.strictObject({
    custom: z
      .strictObject({ title: quizTextSchema, cards: z.array(quizCardSchema).min(1).max(MAX_CARDS) })
      .refine((d) => uniqueIds(d.cards.map((c) => c.id)), "card ids must be unique"),
  }),
]);
export type QuizConfig = z.output<typeof quizConfigSchema>;

// ---------- actions ----------

/** Every answer names the card it is for, so a tap that crosses the host's "next" can never land on the wrong card. */
export const quizActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("answer"), card: idSchema, option: idSchema }),
  z.strictObject({ type: z.literal("dontKnow"), card: idSchema }),
  z.strictObject({ type: z.literal("pass"), card: idSchema }),
  z.strictObject({ type: z.literal("reveal"), card: idSchema }),
  /** Go to a card by index (0-based); index === number of cards is the closing screen. Idempotent. */
  z.strictObject({ type: z.literal("goto"), index: z.number().int().min(0).max(MAX_CARDS) }),
]);
export type QuizAction = z.infer<typeof quizActionSchema>;

// ---------- state ----------

export type QuizAnswer = { kind: "option"; option: string } | { kind: "dontKnow" } | { kind: "pass" };

export interface QuizState {
  title: QuizText;
  cards: readonly QuizCard[];
  /** 0..cards.length; cards.length is the closing screen. */
  position: number;
  /** Card ids whose answer has been shown. A revealed card stays revealed and closed to answers. */
  revealed: readonly string[];
  /** Per card id, per seat. */
  answers: Readonly<Record<string, Readonly<Record<SeatId, QuizAnswer>>>>;
  /**
   * Per revealed card, the counts per option the screen's picture is drawn from, frozen at the
   * reveal (aggregates only, no seat ids). A tablet removed afterwards must not change the
   * projected picture: that change would tell the room what that child answered. k still applies.
   */
  shownCounts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

// ---------- views ----------

/** A card as the room sees it before the answer: the words, no answer key. */
export interface QuizCardFace {
  id: string;
  statement: string;
  options: { id: string; text: string }[];
}

/** What the answer looks like once shown: the right option (or none) and the explanation for the room's age band. */
export interface QuizSolution {
  /** The right option's id, or null when there is no single right answer. */
  correct: string | null;
  explanation: string;
}

export type QuizScreenView =
  | { phase: "card"; title: string; index: number; total: number; card: QuizCardFace; revealed: false }
  | {
      phase: "card";
      title: string;
      index: number;
      total: number;
      card: QuizCardFace;
      revealed: true;
      solution: QuizSolution;
      /** Only ever through quizPicture, as relative sizes (screenQuizPicture): k-safe, no count, no seat, no passes or "vet ikke". */
      picture: ScreenQuizPicture;
    }
  | { phase: "end"; title: string; total: number };

export type QuizSeatView =
  | { phase: "card"; index: number; total: number; card: QuizCardFace; revealed: false; mine: QuizAnswer | null }
  /** After the reveal the tablet gets the answer and explanation, and no longer its own answer: nothing to compare, no "feil". */
  | { phase: "card"; index: number; total: number; card: QuizCardFace; revealed: true; solution: QuizSolution }
  | { phase: "end"; total: number };

export interface QuizHostView {
  phase: "card" | "end";
  title: string;
  index: number;
  total: number;
  /** The current card with its answer key and leader note (host only); null on the closing screen. */
  card:
    | (QuizCardFace & { correct: string | null; explanation: string; leaderNote: string; sensitive: boolean })
    | null;
  revealed: boolean;
  /** Leader's eyes only: one row per seat in the room, answered or not. */
  rows: { seatId: SeatId; answer: QuizAnswer | null }[];
  /** Exactly what the projector shows (after reveal) or would show (before). */
  picture: QuizPicture | null;
}

// ---------- helpers ----------

/** Own keys only: a custom card or option may be called "constructor". */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function answersTo(state: QuizState, cardId: string): Readonly<Record<SeatId, QuizAnswer>> {
  return own(state.answers, cardId) ?? {};
}

export function localText(text: QuizText, language: Language): string {
  return (language === "nn" ? text.nn : language === "en" ? text.en : undefined) ?? text.nb;
}

function currentCard(state: QuizState): QuizCard | null {
  return state.position < state.cards.length ? state.cards[state.position] : null;
}

function cardFace(card: QuizCard, language: Language): QuizCardFace {
  return {
    id: card.id,
    statement: localText(card.statement, language),
    options: card.options.map((o) => ({ id: o.id, text: localText(o.text, language) })),
  };
}

/** Adults at a parent meeting read the fuller ("11+") explanation, whatever the age band says. */
function explanationBand(ctx: RoomCtx): "8-10" | "11+" {
  return ctx.audience === "voksne" ? "11+" : ctx.ageBand;
}

function solutionOf(card: QuizCard, ctx: RoomCtx): QuizSolution {
  return { correct: card.correct, explanation: localText(card.explanation[explanationBand(ctx)], ctx.language) };
}

/** Answers to one card as counts per option id; "vet ikke" and pass are kept out altogether. */
export function countQuizAnswers(answers: Iterable<QuizAnswer>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) if (a.kind === "option") counts[a.option] = (own(counts, a.option) ?? 0) + 1;
  return counts;
}

function pictureOf(state: QuizState, card: QuizCard, ctx: RoomCtx): QuizPicture {
  const counts = own(state.shownCounts, card.id) ?? countQuizAnswers(Object.values(answersTo(state, card.id)));
  return quizPicture(counts, {
    k: ctx.k,
    options: card.options.map((o) => o.id),
    correct: card.correct,
    sensitive: card.sensitive === true,
  });
}

function cardsOf(config: QuizConfig): { title: QuizText; cards: QuizCard[] } {
  if ("custom" in config) return { title: config.custom.title, cards: config.custom.cards };
  const deck = findQuizDeck(config.deck);
  if (!deck) return { title: { nb: config.deck }, cards: [] }; // unreachable: the schema checks the deck id
  const cards = config.cards ? config.cards.map((id) => deck.cards.find((c) => c.id === id)).filter((c): c is QuizCard => !!c) : [...deck.cards];
  return { title: deck.title, cards };
}

// ---------- the kind ----------

export const quiz: ActivityKind<QuizConfig, QuizState, QuizAction, { host: QuizHostView; screen: QuizScreenView; seat: QuizSeatView }> = {
  kind: "quiz",
  /** Also at parent meetings, with adult wording on the tablets and the projector. */
  audiences: ["barn", "voksne"],
  config: quizConfigSchema,
  action: quizActionSchema,

  init(config) {
    const { title, cards } = cardsOf(config);
    return { title, cards, position: 0, revealed: [], answers: {}, shownCounts: {} };
  },

  reduce(state, action, actor) {
    switch (action.type) {
      case "answer":
      case "dontKnow":
      case "pass": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can answer a quiz card.");
        const card = currentCard(state);
        if (!card || card.id !== action.card) return reject("STALE", "That card is no longer the current card.");
        if (state.revealed.includes(card.id)) return reject("STALE", "The answer is shown; this card is closed.");
        let answer: QuizAnswer;
        if (action.type === "answer") {
          if (!card.options.some((o) => o.id === action.option)) return reject("INVALID", `"${action.option}" is not an option on this card.`);
          answer = { kind: "option", option: action.option };
        } else answer = { kind: action.type };
        const perSeat = answersTo(state, card.id);
        const before = own(perSeat, actor.seatId);
        if (before && JSON.stringify(before) === JSON.stringify(answer)) return state;
        return { ...state, answers: { ...state.answers, [card.id]: { ...perSeat, [actor.seatId]: answer } } };
      }
      case "reveal": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can show the answer.");
        const card = currentCard(state);
        if (!card || card.id !== action.card) return reject("STALE", "That card is no longer the current card.");
        if (state.revealed.includes(card.id)) return state;
        const counts = countQuizAnswers(Object.values(answersTo(state, card.id)));
        return { ...state, revealed: [...state.revealed, card.id], shownCounts: { ...state.shownCounts, [card.id]: counts } };
      }
      case "goto": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can change the card.");
        if (action.index > state.cards.length) return reject("INVALID", "There is no such card.");
        return action.index === state.position ? state : { ...state, position: action.index };
      }
    }
  },

  forgetSeat(state, seatId) {
    let changed = false;
    const answers: Record<string, Record<SeatId, QuizAnswer>> = {};
    for (const [cardId, perSeat] of Object.entries(state.answers)) {
      if (Object.prototype.hasOwnProperty.call(perSeat, seatId)) {
        const copy = { ...perSeat };
        delete copy[seatId];
        answers[cardId] = copy;
        changed = true;
      } else answers[cardId] = perSeat;
    }
    // `shownCounts` stays as it was (see QuizState).
    return changed ? { ...state, answers } : state;
  },

  // Every present tablet has answered the current card (and it is not shown yet).
  settled(state, ctx) {
    const card = currentCard(state);
    if (!card || state.revealed.includes(card.id)) return false;
    const perSeat = answersTo(state, card.id);
    const present = presentSeats(ctx);
    return present.length > 0 && present.every((seat) => own(perSeat, seat) !== undefined);
  },

  view: {
    host(state, ctx) {
      const card = currentCard(state);
      const title = localText(state.title, ctx.language);
      const total = state.cards.length;
      if (!card) return { phase: "end", title, index: state.position, total, card: null, revealed: false, rows: [], picture: null };
      const answers = answersTo(state, card.id);
      return {
        phase: "card",
        title,
        index: state.position,
        total,
        card: {
          ...cardFace(card, ctx.language),
          correct: card.correct,
          explanation: localText(card.explanation[explanationBand(ctx)], ctx.language),
          leaderNote: localText(card.leaderNote, ctx.language),
          sensitive: card.sensitive === true,
        },
        revealed: state.revealed.includes(card.id),
        rows: ctx.seats.map((seatId) => ({ seatId, answer: own(answers, seatId) ?? null })),
        picture: pictureOf(state, card, ctx),
      };
    },

    screen(state, ctx) {
      const card = currentCard(state);
      const title = localText(state.title, ctx.language);
      const total = state.cards.length;
      if (!card) return { phase: "end", title, total };
      const base = { phase: "card" as const, title, index: state.position, total, card: cardFace(card, ctx.language) };
      if (!state.revealed.includes(card.id)) return { ...base, revealed: false };
      return { ...base, revealed: true, solution: solutionOf(card, ctx), picture: screenQuizPicture(pictureOf(state, card, ctx)) };
    },

    seat(state, seatId, ctx) {
      const card = currentCard(state);
      const total = state.cards.length;
      if (!card) return { phase: "end", total };
      const base = { phase: "card" as const, index: state.position, total, card: cardFace(card, ctx.language) };
      if (!state.revealed.includes(card.id)) return { ...base, revealed: false, mine: own(answersTo(state, card.id), seatId) ?? null };
      return { ...base, revealed: true, solution: solutionOf(card, ctx) };
    },
    // Everything `seat` reads: the deck and where it is, what is revealed, this seat's answer to
    // the card on show, and the language, age band and audience its texts are chosen by.
    seatKey: (state, seatId, ctx) => {
      const card = currentCard(state);
      return [state.cards, state.position, state.revealed, card ? own(answersTo(state, card.id), seatId) : undefined, ctx.language, ctx.ageBand, ctx.audience];
    },
  },
};
