import type { TFunction } from "i18next";
import { useAudienceT } from "../../i18n/audience.js";
import type { PictureItem } from "../../../../shared/disclosure/index.js";
import type { Thumb as ThumbId } from "../../../../shared/activities/tommel/index.js";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { ScreenViewProps } from "../types.js";
import { Thumb } from "./Thumb.js";

const isThumb = (id: string): id is ThumbId => id === "up" || id === "middle" || id === "down";

/** A bin is one thumb; the group "hard" and "other" are words for several answers. */
export function pictureLabel(t: TFunction, item: Pick<PictureItem, "id" | "level">): string {
  if (item.level === "bin" && isThumb(item.id)) return t(`tommel.thumbs.${item.id}`);
  return item.level === "group" ? t("tommel.hard") : t("tommel.mixed");
}

export default function TommelScreen({ view }: ScreenViewProps<"tommel">) {
  const t = useAudienceT();
  return (
    <section className="screen-activity" aria-labelledby="tommel-screen-title">
      <h1 id="tommel-screen-title">{view.picture ? t("tommel.screenTitle") : t("tommel.prompt")}</h1>
      {view.picture ? (
        <GroupPictureView
          picture={view.picture}
          labelFor={(item) => pictureLabel(t, item)}
          iconFor={(item) => (item.level === "bin" && isThumb(item.id) ? <Thumb thumb={item.id} size={72} /> : null)}
          hiddenText={t("tommel.screenTooFew")}
        />
      ) : (
        <p className="screen-note">{t("tommel.screenWaiting")}</p>
      )}
    </section>
  );
}
