import { useTranslation } from "react-i18next";
import { Face } from "../../ui/Face.js";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { ScreenViewProps } from "../types.js";
import { changeLabel, feelingById, pictureLabel, readingLevel, takeawayLabel } from "./feeling-labels.js";

export default function CheckinScreen({ view, settings }: ScreenViewProps<"checkin">) {
  const { t } = useTranslation();
  return (
    <section className="screen-activity" aria-labelledby="checkin-screen-title">
      <h1 id="checkin-screen-title">
        {view.picture ? t(`checkin.screenTitle.${view.moment}`) : t(`checkin.prompt.${view.moment}.${readingLevel(settings.ageBand)}`)}
      </h1>
      {view.picture ? (
        // Side by side on the projector, so the room sees today's picture and the change at once.
        <div className="checkin-screen-pictures">
          <section aria-label={t(`checkin.screenTitle.${view.moment}`)}>
            <GroupPictureView
              picture={view.picture}
              labelFor={(item) => pictureLabel(t, item, view.tool)}
              iconFor={(item) => {
                const f = view.tool === "faces" && item.level === "bin" ? feelingById.get(item.id) : undefined;
                return f ? <Face shape={f.face} colour={f.colour} size={72} /> : null;
              }}
              hiddenText={t("checkin.screenTooFew")}
            />
          </section>
          {view.change && view.change.status === "shown" && (
            <section aria-labelledby="checkin-change-title">
              <h2 id="checkin-change-title">{t("checkin.change.title")}</h2>
              <GroupPictureView picture={view.change} labelFor={(item) => changeLabel(t, item)} hiddenText="" />
            </section>
          )}
          {view.takeaways && view.takeaways.status === "shown" && (
            <section aria-labelledby="checkin-takeaways-title">
              <h2 id="checkin-takeaways-title">{t("checkin.takeawaysTitle")}</h2>
              <GroupPictureView picture={view.takeaways} labelFor={(item) => takeawayLabel(t, item)} hiddenText="" />
            </section>
          )}
        </div>
      ) : (
        <p className="screen-note">{t("checkin.screenWaiting")}</p>
      )}
    </section>
  );
}
