import { useTranslation } from "react-i18next";
import { Face } from "../../ui/Face.js";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { ScreenViewProps } from "../types.js";
import { feelingById, pictureLabel } from "./feeling-labels.js";

export default function CheckinScreen({ view }: ScreenViewProps<"checkin">) {
  const { t } = useTranslation();
  return (
    <section className="screen-activity" aria-labelledby="checkin-screen-title">
      <h1 id="checkin-screen-title">{view.picture ? t(`checkin.screenTitle.${view.moment}`) : t(`checkin.prompt.${view.moment}`)}</h1>
      {view.picture ? (
        <GroupPictureView
          picture={view.picture}
          labelFor={(item) => pictureLabel(t, item)}
          iconFor={(item) => {
            const f = item.level === "bin" ? feelingById.get(item.id) : undefined;
            return f ? <Face shape={f.face} colour={f.colour} size={72} /> : null;
          }}
          hiddenText={t("checkin.screenTooFew")}
        />
      ) : (
        <p className="screen-note">{t("checkin.screenWaiting")}</p>
      )}
    </section>
  );
}
