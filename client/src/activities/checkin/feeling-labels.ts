import type { TFunction } from "i18next";
import type { CheckinAnswer, CheckinTool } from "../../../../shared/activities/checkin/index.js";
import { FEELINGS, TAKEAWAYS } from "../../../../shared/content/feelings.js";
import type { AgeBand } from "../../../../shared/room/types.js";
import type { PictureItem } from "../../../../shared/disclosure/index.js";

export const feelingById = new Map<string, (typeof FEELINGS)[number]>(FEELINGS.map((f) => [f.id, f]));
export const readingLevel = (band: AgeBand) => (band === "8-10" ? "young" : "older");

/** Label of a picture item for the tool the check-in uses. */
export function pictureLabel(t: TFunction, item: Pick<PictureItem, "id" | "level">, tool: CheckinTool = "faces"): string {
  // "Other" says what it is a remainder of: numbers on the thermometer, feelings otherwise.
  if (item.level === "other") return tool === "thermometer" ? t("checkin.otherBands") : t("feelings.other");
  if (tool === "thermometer") return t(`checkin.bands.${item.id}`);
  if (tool === "grid") return item.level === "group" ? t(`checkin.grid.quadrants.${item.id}`) : t(`checkin.grid.words.${item.id}`);
  return item.level === "bin" ? t(`feelings.${item.id}`) : t(`feelings.family.${item.id}`);
}

export function changeLabel(t: TFunction, item: Pick<PictureItem, "id" | "level">): string {
  return t(`checkin.change.${item.id}`);
}

export function takeawayLabel(t: TFunction, item: Pick<PictureItem, "id" | "level">): string {
  return (TAKEAWAYS as readonly string[]).includes(item.id) ? t(`checkin.takeaway.items.${item.id}`) : t("checkin.takeaway.other");
}

/** How an answer reads for the leader. */
export function answerText(t: TFunction, answer: CheckinAnswer | null): string {
  if (answer === null) return t("checkin.noAnswer");
  switch (answer.kind) {
    case "pass":
      return t("checkin.passed");
    case "unsure":
      return t("checkin.unsure");
    case "thermometer":
      return t("checkin.thermometer.value", { value: answer.value });
    case "grid":
      return t(`checkin.grid.words.${answer.word}`);
    case "feeling":
      return `${t(`feelings.${answer.feeling}`)}${answer.strength ? ` (${t(`feelings.strength.${answer.strength}`)})` : ""}`;
  }
}
