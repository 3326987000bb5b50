/** Fuzz generator for the "quiz" activity kind (found by ../generators.ts). */
import { badCommon, strings, numbers, field, type KindGenerator } from "../gen-kit.js";
import { QUIZ_DECKS, QUIZ_DECK_IDS } from "../../../shared/content/quiz-decks.js";

export const generator: KindGenerator = {
  config: (c) => {
    const deck = c.g.pick(QUIZ_DECKS);
    if (c.g.chance(0.5)) return { deck: deck.id };
    const cards = c.g.subset(deck.cards.map((card) => card.id)).slice(0, 5);
    return cards.length ? { deck: deck.id, cards } : { deck: deck.id };
  },
  badConfig: (c) => c.g.pick([{ deck: "nope" }, { deck: QUIZ_DECK_IDS[0], cards: ["no-such-card"] }, { deck: QUIZ_DECK_IDS[0], cards: [] }]),
  seat: (c) => {
    const card = c.g.chance(0.9) ? c.g.pickOr(strings(field(c.seatActivity, "card"), "id").slice(0, 1), () => c.g.fakeId()) : c.g.fakeId();
    const options = strings(field(c.seatActivity, "card", "options"), "id");
    return c.g.pick<unknown>([
      { type: "answer", card, option: c.g.pickOr(options, () => c.g.fakeId()) },
      { type: "answer", card, option: c.g.pickOr(options, () => c.g.fakeId()) },
      { type: "dontKnow", card },
      { type: "pass", card },
    ]);
  },
  host: (c) => {
    const card = c.g.pickOr(strings(field(c.hostActivity, "card"), "id").slice(0, 1), () => c.g.fakeId());
    const total = numbers(c.hostActivity, "total")[0] ?? 3;
    return c.g.chance(0.5) ? { type: "reveal", card } : { type: "goto", index: c.g.int(0, total) };
  },
  bad: (c) => c.g.pick([{ type: "answer", card: "Card!", option: "a" }, { type: "goto", index: -1 }, { type: "goto", index: 1.5 }, badCommon(c)]),
};
