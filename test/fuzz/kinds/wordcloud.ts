/** Fuzz generator for the "wordcloud" activity kind (found by ../generators.ts). */
import { FLAG_CATEGORIES } from "../../../shared/content/flag-categories.js";
import { WORDS, badCommon, strings, type KindGenerator } from "../gen-kit.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.2) ? undefined : { prompt: c.g.chance(0.5) ? "Hva gjør deg glad?" : null, maxPerSeat: c.g.int(1, 5) }),
  badConfig: (c) => c.g.pick([{ maxPerSeat: 0 }, { maxPerSeat: 99 }, { prompt: 7 }]),
  seat: (c) => {
    const id = c.g.pickOr(strings(c.seatActivity, "id"), () => c.g.fakeId());
    return c.g.pick<unknown>([{ type: "send", word: c.g.pick(WORDS) }, { type: "send", word: c.g.pick(WORDS) }, { type: "pass" }, { type: "withdraw", id }]);
  },
  host: (c) => {
    const id = c.g.chance(0.9) ? c.g.pickOr(strings(c.hostActivity, "id"), () => c.g.fakeId()) : c.g.fakeId();
    return c.g.pick<unknown>([
      { type: "approve", id },
      { type: "approve", id, word: c.g.pick(WORDS) },
      { type: "approve", id, confirmFlag: c.g.pick(FLAG_CATEGORIES) },
      { type: "discard", id },
      { type: "hold", id },
      { type: "shuffle" },
      { type: "close" },
      { type: "open" },
    ]);
  },
  bad: (c) => c.g.pick([{ type: "send", word: "two words" }, { type: "send", word: "" }, { type: "send" }, badCommon(c)]),
};
