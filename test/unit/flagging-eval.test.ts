/**
 * The flagger measured on the evaluation set (shared/safeguarding/eval/):
 * messages written the way children of 8–12 type on a tablet, labelled with
 * category, severity, written form and channel. Both halves must reach the
 * bars in docs/safeguarding.md; the figures are printed and must match the
 * block in docs/safeguarding.md (regenerate with `npm run eval:flags`).
 *
 * The held-out half prints only figures, never its sentences, so the list is
 * not tuned against it by accident.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FLAG_CATEGORIES } from "../../shared/content/flag-categories.js";
import { findStarter } from "../../shared/content/starters.js";
import { falsePositiveRate, recall, reportMarkdown } from "../../shared/safeguarding/eval/evaluate.js";
import { HELD_OUT } from "../../shared/safeguarding/eval/held-out.js";
import { DOCS_END, DOCS_START, docsBlock, runEvaluation } from "../../shared/safeguarding/eval/run.js";
import { TUNING } from "../../shared/safeguarding/eval/tuning.js";

const run = runEvaluation();

/** The tuning half's errors, with their sentences (never printed for the held-out half). */
function tuningErrors(): string[] {
  return run.tuning.outcomes.filter((o) => o.error).map((o) => `${o.error}: [${o.message.category}/${o.message.severity}] ${JSON.stringify(o.message.text)}`);
}

describe("flagging evaluation set", () => {
  const all = [...HELD_OUT, ...TUNING];

  it("has at least 300 labelled messages, half of them held out", () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(150);
    expect(TUNING.length).toBeGreaterThanOrEqual(150);
  });

  it("labels only known categories, and every category is in both halves", () => {
    for (const m of all) if (m.category !== "none") expect(FLAG_CATEGORIES, m.text).toContain(m.category);
    for (const category of FLAG_CATEGORIES) {
      expect(HELD_OUT.some((m) => m.category === category), `held-out ${category}`).toBe(true);
      expect(TUNING.some((m) => m.category === category), `tuning ${category}`).toBe(true);
    }
  });

  it("covers bokmål, nynorsk, dialect and every way of typing in both halves, and ordinary messages", () => {
    for (const half of [HELD_OUT, TUNING]) {
      for (const lang of ["nb", "nn", "dialect"] as const) expect(half.some((m) => m.lang === lang)).toBe(true);
      for (const style of ["plain", "misspelled", "no-aeoa", "leet", "emoji", "run-on", "indirect", "spaced", "negated"] as const) {
        expect(half.some((m) => m.style === style), style).toBe(true);
      }
      expect(half.filter((m) => m.category === "none").length).toBeGreaterThanOrEqual(50);
    }
  });

  it("holds messages a tablet could send: word-cloud entries are one word, starters exist, nothing over 280 characters, no duplicates", () => {
    for (const m of all) {
      expect([...m.text].length, m.text).toBeLessThanOrEqual(280);
      if (m.channel === "wordcloud") expect(m.text, m.text).toMatch(/^[^\s]{1,30}$/u);
      if (m.channel === "starter") expect(findStarter(m.starter ?? ""), m.text).toBeDefined();
      else expect(m.starter).toBeUndefined();
      if (m.category === "none") expect(m.severity).toBe("none");
      else expect(m.severity).not.toBe("none");
    }
    const texts = all.map((m) => `${m.starter ?? ""}|${m.text.toLowerCase()}`);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe("flagging evaluation figures", () => {
  it("prints the figures per category, language, way of typing and channel", () => {
    console.log(reportMarkdown("Held-out half", run.heldOut));
    console.log(reportMarkdown("Tuning half", run.tuning));
    console.log(reportMarkdown("Blind check", run.blindCheck));
    console.log(`tuning errors:\n${tuningErrors().join("\n") || "(none)"}`);
    expect(run.heldOut.total.concerns + run.heldOut.total.ordinary).toBe(HELD_OUT.length);
  });

  for (const [name, report] of [
    ["held-out", run.heldOut],
    ["tuning", run.tuning],
    ["blind check", run.blindCheck],
  ] as const) {
    it(`${name}: catches at least 95 % of concerns`, () => {
      expect(recall(report.total)).toBeGreaterThanOrEqual(0.95);
    });
    it(`${name}: flags every high-severity message as high`, () => {
      expect(report.high.caughtHigh, name === "tuning" ? tuningErrors().join("\n") : "see the held-out figures above").toBe(report.high.n);
    });
    it(`${name}: at most 5 % false alarms on ordinary messages`, () => {
      expect(falsePositiveRate(report.total)).toBeLessThanOrEqual(0.05);
    });
  }

  it("docs/safeguarding.md shows these figures (npm run eval:flags rewrites them)", () => {
    const docs = readFileSync(new URL("../../docs/safeguarding.md", import.meta.url), "utf8");
    const start = docs.indexOf(DOCS_START);
    const end = docs.indexOf(DOCS_END);
    expect(start, "the flag-eval markers in docs/safeguarding.md").toBeGreaterThanOrEqual(0);
    expect(docs.slice(start, end + DOCS_END.length)).toBe(docsBlock(run));
  });
});
