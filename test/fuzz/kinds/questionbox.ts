/** Fuzz generator for the "questionbox" activity kind (found by ../generators.ts). */
import { FLAG_CATEGORIES } from "../../../shared/content/flag-categories.js";
import { REPORT_REASONS } from "../../../shared/moderation/report.js";
import { WORDS, SENTENCES, badCommon, strings, type KindGenerator } from "../gen-kit.js";
import { STARTER_IDS } from "../../../shared/content/starters.js";

export const generator: KindGenerator = {
  config: (c) =>
    c.g.chance(0.2)
      ? undefined
      : { allowFreeText: c.g.chance(0.7), starters: c.g.subset(STARTER_IDS), prompt: c.g.chance(0.5) ? "Hva lurer du på?" : null },
  badConfig: (c) => c.g.pick([{ starters: ["nope"] }, { allowFreeText: "yes" }, { prompt: "x".repeat(500) }]),
  seat: (c) => {
    const id = c.g.pickOr([...strings(c.seatActivity, "id")], () => c.g.fakeId());
    return c.g.pick<unknown>([
      { type: "ask", text: c.g.pick(SENTENCES) },
      { type: "ask", text: c.g.chance(0.5) ? "" : c.g.pick(WORDS), starterId: c.g.pick(STARTER_IDS) },
      { type: "pass" },
      { type: "withdraw", id },
      { type: "meToo", id, on: c.g.chance(0.7) },
      { type: "report", id },
      { type: "report", id, reason: c.g.pick(REPORT_REASONS) },
    ]);
  },
  host: (c) => {
    const ids = strings(c.hostActivity, "id");
    const id = c.g.chance(0.9) ? c.g.pickOr(ids, () => c.g.fakeId()) : c.g.fakeId();
    return c.g.pick<unknown>([
      { type: "approve", id },
      { type: "approve", id, text: c.g.pick(SENTENCES) },
      { type: "approve", id, confirmFlag: c.g.pick(FLAG_CATEGORIES) },
      { type: "merge", targetId: id, ids: c.g.subset(ids, 5).length ? c.g.subset(ids, 5) : [c.g.fakeId()] },
      { type: "markAnswered", id },
      { type: "discard", id },
      { type: "talkLater", id, ...(c.g.chance(0.5) ? { note: "snakke etterpå" } : {}) },
      { type: "hold", id },
      { type: "reorder", ids: c.g.subset(ids) },
      { type: "shuffle" },
      { type: "close" },
      { type: "open" },
    ]);
  },
  bad: (c) => c.g.pick([{ type: "ask", text: "x".repeat(2000) }, { type: "merge", targetId: "a1", ids: [] }, { type: "ask", starterId: "nope", text: "" }, badCommon(c)]),
};
