/** Fuzz generator for the "tommel" activity kind (found by ../generators.ts). */
import { badCommon, type KindGenerator } from "../gen-kit.js";
import { THUMBS } from "../../../shared/activities/tommel/index.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.5) ? undefined : {}),
  badConfig: (c) => c.g.pick([{ thumbs: 2 }, { prompt: "?" }, "tommel"]),
  seat: (c) => (c.g.chance(0.8) ? { type: "vote", thumb: c.g.pick(THUMBS) } : { type: "pass" }),
  host: (c) => c.g.pick([{ type: "reveal" }, { type: "reopen" }]),
  bad: (c) => c.g.pick([{ type: "vote", thumb: "sideways" }, { type: "vote" }, badCommon(c)]),
};
