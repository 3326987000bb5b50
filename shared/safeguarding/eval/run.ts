/**
 * Runs the built-in flagger on both halves of the evaluation set, the way the
 * activities call it: a question after a starter is checked on the child's
 * own words only (flagOwnWords), everything else on the whole text.
 */
import { flagOwnWords, flagText } from "../index.js";
import { evaluate, reportMarkdown, type EvalReport, type Flagger } from "./evaluate.js";
import { BLIND_CHECK } from "./blind-check.js";
import { HELD_OUT } from "./held-out.js";
import { TUNING } from "./tuning.js";

export const builtInFlagger: Flagger = (m) => (m.channel === "starter" ? flagOwnWords(m.text) : flagText(m.text));

export interface EvaluationRun {
  heldOut: EvalReport;
  tuning: EvalReport;
  blindCheck: EvalReport;
}

export function runEvaluation(flagger: Flagger = builtInFlagger): EvaluationRun {
  return { heldOut: evaluate(HELD_OUT, flagger), tuning: evaluate(TUNING, flagger), blindCheck: evaluate(BLIND_CHECK, flagger) };
}

export const DOCS_START = "<!-- flag-eval:start (written by `npm run eval:flags`; checked by test/unit/flagging-eval.test.ts) -->";
export const DOCS_END = "<!-- flag-eval:end -->";

/** The figures block in docs/safeguarding.md. */
export function docsBlock(run: EvaluationRun): string {
  return [
    DOCS_START,
    "",
    reportMarkdown("Held-out half", run.heldOut),
    "",
    reportMarkdown("Tuning half", run.tuning),
    "",
    reportMarkdown("Blind check (no longer blind, see above)", run.blindCheck),
    "",
    DOCS_END,
  ].join("\n");
}
