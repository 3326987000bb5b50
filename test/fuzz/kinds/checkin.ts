/** Fuzz generator for the "checkin" activity kind (found by ../generators.ts). */
import { badCommon, SENTENCES, type KindGenerator } from "../gen-kit.js";
import { FEELING_IDS, GRID_WORD_IDS, STRENGTHS, TAKEAWAYS } from "../../../shared/content/feelings.js";

export const generator: KindGenerator = {
  config: (c) =>
    c.g.chance(0.2)
      ? undefined
      : {
          moment: c.g.pick(["checkin", "checkout"]),
          askStrength: c.g.chance(0.5),
          ...(c.g.chance(0.3) ? { tool: c.g.pick(["auto", "faces", "thermometer", "grid"]) } : {}),
          ...(c.g.chance(0.2) ? { askMore: false } : {}),
        },
  badConfig: (c) => c.g.pick([{ moment: "lunch" }, { askStrength: "yes" }, { moment: "checkin", extra: 1 }]),
  // Mostly an answer with the faces; now and then the other tools, "vet ikke", a "say more" note
  // (some of them flagged) and a takeaway, so what the console's rows keep follows each of them.
  seat: (c) => {
    const r = c.g.random();
    if (r < 0.6) return { type: "answer", feeling: c.g.pick(FEELING_IDS), ...(c.g.chance(0.7) ? { strength: c.g.pick(STRENGTHS) } : {}) };
    if (r < 0.7) return { type: "pass" };
    if (r < 0.75) return { type: "unsure" };
    if (r < 0.8) return c.g.chance(0.5) ? { type: "thermometer", value: c.g.int(0, 10) } : { type: "grid", word: c.g.pick(GRID_WORD_IDS) };
    if (r < 0.9) return { type: "more", text: c.g.pick(SENTENCES) };
    return { type: "takeaway", id: c.g.pick(TAKEAWAYS) };
  },
  host: (c) => c.g.pick([{ type: "reveal" }, { type: "reopen" }]),
  bad: (c) => c.g.pick([{ type: "answer", feeling: "nope" }, { type: "answer", feeling: "glad", strength: "max" }, badCommon(c)]),
};
