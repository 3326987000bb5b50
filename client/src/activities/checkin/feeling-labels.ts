import type { TFunction } from "i18next";
import { FEELINGS } from "../../../../shared/content/feelings.js";
import type { PictureItem } from "../../../../shared/room/disclosure.js";

export const feelingById = new Map<string, (typeof FEELINGS)[number]>(FEELINGS.map((f) => [f.id, f]));

export function pictureLabel(t: TFunction, item: PictureItem): string {
  if (item.level === "bin") return t(`feelings.${item.id}`);
  if (item.level === "group") return t(`feelings.family.${item.id}`);
  return t("feelings.other");
}
