/** Fuzz generator for the "evaluering" activity kind (found by ../generators.ts). */
import { badCommon, type KindGenerator } from "../gen-kit.js";
import { EVALUATION_SCALE, EVALUATION_STATEMENTS } from "../../../shared/activities/evaluering/index.js";

export const generator: KindGenerator = {
  config: (c) =>
    c.g.pick<unknown>([
      undefined,
      {},
      { layout: "list" },
      { statements: ["notAlone", "goodHere"], layout: "one" },
      { statements: [c.g.pick(EVALUATION_STATEMENTS)] },
    ]),
  badConfig: (c) =>
    c.g.pick<unknown>([
      { statements: [] },
      { statements: ["notAlone", "notAlone"] },
      { statements: ["sdq1"] },
      { layout: "grid" },
      { instrument: "KIDSCREEN" },
      "evaluering",
    ]),
  // A statement the room may not ask (refused NOT_ALLOWED) now and then, so that refusal is exercised.
  seat: (c) =>
    c.g.chance(0.75)
      ? { type: "answer", statement: c.g.pick(EVALUATION_STATEMENTS), value: c.g.pick(EVALUATION_SCALE) }
      : { type: "pass", statement: c.g.pick(EVALUATION_STATEMENTS) },
  host: (c) => c.g.pick<unknown>([{ type: "reveal" }, { type: "reopen" }, { type: "focus", index: c.g.int(0, EVALUATION_STATEMENTS.length - 1) }]),
  bad: (c) =>
    c.g.pick<unknown>([
      { type: "answer", statement: "notAlone", value: 3 },
      { type: "answer", statement: "notAlone" },
      { type: "answer", statement: "sdq1", value: "yes" },
      { type: "pass" },
      { type: "pass", statement: "notAlone", seat: "x" },
      { type: "focus", index: 99 },
      { type: "focus" },
      badCommon(c),
    ]),
};
