/** Fuzz generator for the "ballongen" activity kind (found by ../generators.ts). */
import { GAME_HOST_ACTIONS, WATCH, badCommon, type KindGenerator } from "../gen-kit.js";
import { CALM_PATTERN_IDS } from "../../../shared/room/calm.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.2) ? undefined : { targetSeconds: c.g.int(5, 120), pattern: c.g.pick(CALM_PATTERN_IDS) }),
  badConfig: (c) => c.g.pick([{ targetSeconds: 1 }, { targetSeconds: 60.5 }, { pattern: "fast" }]),
  seat: (c) => (c.g.chance(0.3) ? WATCH(c) : GAME_HOST_ACTIONS(c)),
  host: GAME_HOST_ACTIONS,
  input: (c) => ({ holding: c.g.chance(0.6) }),
  bad: (c) => c.g.pick([{ type: "hint" }, { type: "lift" }, { type: "watch" }, { type: "watch", on: "yes" }, badCommon(c)]),
};
