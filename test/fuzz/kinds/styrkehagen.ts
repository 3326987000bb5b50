/** Fuzz generator for the "styrkehagen" activity kind (found by ../generators.ts). */
import { FLAG_CATEGORIES } from "../../../shared/content/flag-categories.js";
import { GAME_HOST_ACTIONS, WATCH, WORDS, badCommon, strings, field, type KindGenerator } from "../gen-kit.js";
import { GARDEN_STRENGTH_IDS } from "../../../shared/activities/styrkehagen/index.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.2) ? undefined : { allowText: c.g.chance(0.6), perSeat: c.g.int(1, 5) }),
  badConfig: (c) => c.g.pick([{ perSeat: 0 }, { perSeat: 9 }, { allowText: 1 }]),
  seat: (c) => (c.g.chance(0.15) ? WATCH(c) : c.g.chance(0.7) ? { type: "plant", strength: c.g.pick(GARDEN_STRENGTH_IDS) } : { type: "write", text: c.g.pick(WORDS) }),
  host: (c) => {
    // Moderation needs a waiting text; without one, mostly actions the garden takes in any phase
    // (a hint, pause/resume), so every seed gets accepted host actions however soon it blooms.
    const waiting = strings(field(c.hostActivity, "queue"), "id");
    if (waiting.length && c.g.chance(0.8)) {
      const id = c.g.pick(waiting);
      return c.g.pick<unknown>([
        { type: "approve", id },
        { type: "approve", id, text: c.g.pick(WORDS) },
        { type: "approve", id, confirmFlag: c.g.pick(FLAG_CATEGORIES) },
        { type: "discard", id },
      ]);
    }
    return c.g.pick<unknown>([
      { type: "approve", id: c.g.fakeId() },
      { type: "hint", on: c.g.chance(0.5) },
      { type: c.g.pick(["pause", "resume"]) },
      GAME_HOST_ACTIONS(c),
    ]);
  },
  bad: (c) => c.g.pick([{ type: "plant", strength: "laziness" }, { type: "write", text: "" }, { type: "write", text: "a\u0000b" }, badCommon(c)]),
};
