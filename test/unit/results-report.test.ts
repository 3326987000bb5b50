/**
 * The CSV file and the printed report of a group's kept results come from the same k-safe data:
 * one `keptReport`, one `reportTable`. Rendered for real (react-dom/server) in bokmål, nynorsk
 * and English, the printed table's cells are the CSV's cells, row for row; a leader's meeting
 * title that a spreadsheet would run as a formula is defused in the CSV; nothing under k is in
 * either.
 */
import i18next from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { evalueringMeta } from "../../client/src/activities/evaluering/meta.js";
import { tommelMeta } from "../../client/src/activities/tommel/meta.js";
import { en } from "../../client/src/i18n/en.js";
import { nb } from "../../client/src/i18n/nb.js";
import { nn } from "../../client/src/i18n/nn.js";
import { reportLabels } from "../../client/src/series/report-labels.js";
import { ReportSheet } from "../../client/src/series/ReportSheet.js";
import { resultsStrings } from "../../client/src/series/results-strings.js";
import { keptReport, parseCsv, reportTable, toCsv, unformula, type KeptRun } from "../../shared/series/results.js";

const RUNS: KeptRun[] = [
  { runId: "a", kind: "tommel", meetingId: "m1", meetingTitle: "Hvem er vi", recordedAt: Date.UTC(2026, 8, 3), k: 3, questions: [{ question: "today", items: [{ id: "up", level: "bin", n: 4 }, { id: "other", level: "other", n: null, word: "some" }] }] },
  {
    runId: "b", kind: "evaluering", meetingId: "m12", meetingTitle: "=HYPERLINK(\"x\"), «Feiring»", recordedAt: Date.UTC(2026, 10, 26), k: 3,
    questions: [
      { question: "notAlone", items: [{ id: "mostly", level: "group", n: 6 }] },
      { question: "notMyFault", items: [{ id: "yes", level: "bin", n: 3 }, { id: "other", level: "other", n: null, word: "some" }] },
      // Corrupt input that must never be exported: a count under k.
      { question: "haveAdult", items: [{ id: "yes", level: "bin", n: 2 }] },
    ],
  },
].map((r) => ({ ...r, questions: r.questions.map((q) => ({ ...q, items: q.items.map((i) => ({ word: null, ...i })) })) })) as KeptRun[];

async function translator(lng: "nb" | "nn" | "en") {
  const common = { nb, nn, en }[lng];
  const t = i18next.createInstance();
  await t.init({
    lng,
    resources: { [lng]: { translation: { ...common, tommel: tommelMeta.strings[lng], evaluering: evalueringMeta.strings[lng], results: resultsStrings[lng] } } },
    interpolation: { escapeValue: false },
  });
  return t.t.bind(t);
}

/** The printed table's cells, read back out of the rendered HTML. */
function htmlCells(html: string): string[][] {
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => decode(c[1])));
}

describe("kept results: the CSV and the printed report are one table", () => {
  for (const lng of ["nb", "nn", "en"] as const) {
    it(`in ${lng}: the same cells, row for row, and nothing under k in either`, async () => {
      const t = await translator(lng);
      const report = keptReport({ id: "g", name: "Torsdagsgruppa", k: 3, keepResults: true }, RUNS, 0);
      const table = reportTable(report, reportLabels(t));
      const csv = parseCsv(toCsv(table)).map((row) => row.map(unformula));
      const html = renderToStaticMarkup(createElement(ReportSheet, { title: "Gruppesvar", lines: ["k = 3"], empty: "-", table }));
      const printed = htmlCells(html);
      expect(printed.length).toBe(1 + 6); // header + six kept amounts (the count under k became the word)
      expect(csv).toEqual(printed);
      // Real words, not keys; amounts are counts of at least k or a word.
      const amountCol = 5;
      for (const row of printed.slice(1)) {
        const amount = row[amountCol];
        if (/^\d+$/.test(amount)) expect(Number(amount)).toBeGreaterThanOrEqual(3);
        else expect(amount).toBe(t("amount.some"));
        for (const cell of row) expect(cell).not.toMatch(/^(results|tommel|evaluering)\./);
      }
      expect(printed.map((r) => r[3])).toContain(t("evaluering.statements.notAlone"));
      expect(printed.map((r) => r[4])).toContain(t("evaluering.mostly"));
      expect(printed.find((r) => r[3] === t("evaluering.statements.haveAdult"))?.[amountCol]).toBe(t("amount.some"));
    });
  }

  it("a meeting title a spreadsheet would run as a formula is defused in the CSV file", async () => {
    const table = reportTable(keptReport({ id: "g", name: "G", k: 3, keepResults: true }, RUNS, 0), reportLabels(await translator("nb")));
    const text = toCsv(table);
    expect(text).toContain(`"'=HYPERLINK(""x""), «Feiring»"`);
    expect(text.split("\r\n").every((line) => !line.startsWith("="))).toBe(true);
  });
});
