/** Fuzz generator for the "checkin" activity kind (found by ../generators.ts). */
import { badCommon, type KindGenerator } from "../gen-kit.js";
import { FEELING_IDS, STRENGTHS } from "../../../shared/content/feelings.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.2) ? undefined : { moment: c.g.pick(["checkin", "checkout"]), askStrength: c.g.chance(0.5) }),
  badConfig: (c) => c.g.pick([{ moment: "lunch" }, { askStrength: "yes" }, { moment: "checkin", extra: 1 }]),
  seat: (c) =>
    c.g.chance(0.85)
      ? { type: "answer", feeling: c.g.pick(FEELING_IDS), ...(c.g.chance(0.7) ? { strength: c.g.pick(STRENGTHS) } : {}) }
      : { type: "pass" },
  host: (c) => c.g.pick([{ type: "reveal" }, { type: "reopen" }]),
  bad: (c) => c.g.pick([{ type: "answer", feeling: "nope" }, { type: "answer", feeling: "glad", strength: "max" }, badCommon(c)]),
};
