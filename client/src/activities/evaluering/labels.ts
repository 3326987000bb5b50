/** Words for the evaluation's picture items and statements, shared by the three views and the kept results. */
import type { TFunction } from "i18next";
import type { PictureItem } from "../../../../shared/disclosure/index.js";
import { EVALUATION_SCALE, type ScaleAnswer } from "../../../../shared/activities/evaluering/index.js";

export const isScale = (id: string): id is ScaleAnswer => (EVALUATION_SCALE as readonly string[]).includes(id);

/** A bin is one step of the scale; a family or "other" is a word for several answers. */
export function pictureLabel(t: TFunction, item: Pick<PictureItem, "id" | "level">): string {
  if (item.level === "bin" && isScale(item.id)) return t(`evaluering.scale.${item.id}`);
  if (item.level === "group") return item.id === "mostly" ? t("evaluering.mostly") : t("evaluering.notYet");
  return t("evaluering.mixed");
}
