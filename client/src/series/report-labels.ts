/** The words of the kept-results table (CSV and printed report) from the console's i18n. */
import type { TFunction } from "i18next";
import type { ReportLabels } from "../../../shared/series/results.js";
import { pictureLabel as evalueringLabel } from "../activities/evaluering/labels.js";

const THUMBS = ["up", "middle", "down"];

export function reportLabels(t: TFunction): ReportLabels {
  return {
    columns: {
      date: t("results.columns.date"),
      meeting: t("results.columns.meeting"),
      activity: t("results.columns.activity"),
      question: t("results.columns.question"),
      answer: t("results.columns.answer"),
      amount: t("results.columns.amount"),
      k: t("results.columns.k"),
    },
    activity: (kind) => (kind === "tommel" || kind === "evaluering" ? t(`${kind}.kind.name`) : kind),
    question: (kind, question) => (kind === "tommel" ? t("tommel.prompt") : t(`evaluering.statements.${question}`, { defaultValue: question })),
    answer: (kind, item) => {
      if (kind === "evaluering") return evalueringLabel(t, item);
      if (item.level === "bin" && THUMBS.includes(item.id)) return t(`tommel.thumbs.${item.id}`);
      return item.level === "group" ? t("tommel.hard") : t("tommel.mixed");
    },
    word: (word) => t(`amount.${word}`),
  };
}
