/** Fuzz generator for the "hvahjelper" activity kind (found by ../generators.ts). */
import { GAME_HOST_ACTIONS, WATCH, badCommon, strings, field, type KindGenerator } from "../gen-kit.js";
import { COLUMNS, COPING_CARD_IDS } from "../../../shared/activities/hvahjelper/index.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.4) ? undefined : { cards: c.g.int(3, COPING_CARD_IDS.length) }),
  badConfig: (c) => c.g.pick([{ cards: 1 }, { cards: COPING_CARD_IDS.length + 1 }]),
  seat: (c) => {
    if (c.g.chance(0.15)) return WATCH(c);
    const card = c.g.chance(0.9) ? c.g.pickOr(strings(field(c.seatActivity, "mine"), "card"), () => c.g.pick(COPING_CARD_IDS)) : c.g.pick(COPING_CARD_IDS);
    return c.g.chance(0.8) ? { type: "sort", card, column: c.g.pick(COLUMNS) } : { type: "pass", card };
  },
  host: (c) =>
    c.g.chance(0.6)
      ? { type: "settle", card: c.g.pickOr(strings(c.hostActivity, "card"), () => c.g.pick(COPING_CARD_IDS)), column: c.g.pick(COLUMNS) }
      : GAME_HOST_ACTIONS(c),
  bad: (c) => c.g.pick([{ type: "sort", card: "nope", column: "helps" }, { type: "sort", card: COPING_CARD_IDS[0], column: "maybe" }, badCommon(c)]),
};
