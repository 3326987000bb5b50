import "./evaluering.css";
import { useTranslation } from "react-i18next";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { ScreenViewProps } from "../types.js";
import { isScale, pictureLabel } from "./labels.js";
import { ScaleFace } from "./ScaleFace.js";

/** The group's pictures, one per statement, only after the host shows them; never a child's answer. */
export default function EvalueringScreen({ view }: ScreenViewProps<"evaluering">) {
  const { t } = useTranslation();
  return (
    <section className="screen-activity evaluering-screen" aria-labelledby="evaluering-screen-title">
      <h1 id="evaluering-screen-title">{view.pictures ? t("evaluering.screenTitle") : t("evaluering.prompt")}</h1>
      {view.pictures ? (
        <ul className="evaluering-pictures">
          {view.pictures.map((row) => (
            <li key={row.statement}>
              <h2>{t(`evaluering.statements.${row.statement}`)}</h2>
              <GroupPictureView
                picture={row.picture}
                labelFor={(item) => pictureLabel(t, item)}
                iconFor={(item) => (item.level === "bin" && isScale(item.id) ? <ScaleFace answer={item.id} size={40} /> : null)}
                hiddenText={t("evaluering.screenTooFew")}
              />
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p className="screen-note">{t("evaluering.screenWaiting")}</p>
          <ul className="evaluering-statements">
            {view.statements.map((s) => <li key={s}>{t(`evaluering.statements.${s}`)}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
