/** Fuzz generator for the "styrkehagen" activity kind (found by ../generators.ts). */
import { FLAG_CATEGORIES } from "../../../shared/content/flag-categories.js";
import { GAME_HOST_ACTIONS, WATCH, WORDS, badCommon, strings, field, type KindGenerator } from "../gen-kit.js";
import { GARDEN_STRENGTH_IDS } from "../../../shared/activities/styrkehagen/index.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.2) ? undefined : { allowText: c.g.chance(0.6), perSeat: c.g.int(1, 5) }),
  badConfig: (c) => c.g.pick([{ perSeat: 0 }, { perSeat: 9 }, { allowText: 1 }]),
  seat: (c) => (c.g.chance(0.15) ? WATCH(c) : c.g.chance(0.7) ? { type: "plant", strength: c.g.pick(GARDEN_STRENGTH_IDS) } : { type: "write", text: c.g.pick(WORDS) }),
  host: (c) => {
    const id = c.g.chance(0.9) ? c.g.pickOr(strings(field(c.hostActivity, "queue"), "id"), () => c.g.fakeId()) : c.g.fakeId();
    return c.g.pick<unknown>([
      { type: "approve", id },
      { type: "approve", id, text: c.g.pick(WORDS) },
      { type: "approve", id, confirmFlag: c.g.pick(FLAG_CATEGORIES) },
      { type: "discard", id },
      GAME_HOST_ACTIONS(c),
    ]);
  },
  bad: (c) => c.g.pick([{ type: "plant", strength: "laziness" }, { type: "write", text: "" }, { type: "write", text: "a\u0000b" }, badCommon(c)]),
};
