/** Fuzz generator for the "detective" activity kind (found by ../generators.ts). */
import { badCommon, numbers, type KindGenerator } from "../gen-kit.js";
import { FEELING_IDS } from "../../../shared/content/feelings.js";
import { DETECTIVE_PUZZLE_IDS } from "../../../shared/content/detective.js";

export const generator: KindGenerator = {
  config: (c) =>
    c.g.chance(0.5)
      ? { rounds: c.g.int(1, 3) }
      : { puzzles: [...new Set([c.g.pick(DETECTIVE_PUZZLE_IDS), c.g.pick(DETECTIVE_PUZZLE_IDS)])] },
  badConfig: (c) => c.g.pick([{ rounds: 0 }, { puzzles: [] }, { puzzles: ["nope"] }]),
  seat: (c) => {
    const round = c.g.chance(0.9) ? (numbers(c.seatActivity, "round")[0] ?? 0) : c.g.int(0, 3);
    return c.g.pick<unknown>([
      { type: "propose", round, feeling: c.g.pick(FEELING_IDS) },
      { type: "propose", round, feeling: c.g.pick(FEELING_IDS) },
      { type: "dontKnow", round },
      { type: "pass", round },
      { type: "watch", on: c.g.chance(0.6) },
    ]);
  },
  host: (c) => {
    const round = c.g.chance(0.9) ? (numbers(c.hostActivity, "round")[0] ?? 0) : c.g.int(0, 3);
    const rounds = numbers(c.hostActivity, "rounds")[0] ?? 3;
    return c.g.pick<unknown>([
      { type: "showIdeas", round },
      { type: "reopen", round },
      { type: "choose", round, feeling: c.g.chance(0.8) ? c.g.pick(FEELING_IDS) : null },
      { type: "reveal", round },
      { type: "goto", round: c.g.int(0, rounds) },
    ]);
  },
  bad: (c) => c.g.pick([{ type: "propose", round: -1, feeling: "glad" }, { type: "propose", round: 0, feeling: "meh" }, badCommon(c)]),
};
