import "./evaluering.css";
import { useTranslation } from "react-i18next";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { ScreenViewProps } from "../types.js";
import { isScale, pictureLabel } from "./labels.js";
import { ScaleFace } from "./ScaleFace.js";

/**
 * Before the host shows the pictures: the statements and "every answer is fine". After: one
 * statement's group picture at a time (the host moves on), at a size the room can read; never a
 * child's answer, never a number.
 */
export default function EvalueringScreen({ view }: ScreenViewProps<"evaluering">) {
  const { t } = useTranslation();
  const shown = view.shown;
  if (!shown) {
    return (
      <section className="screen-activity evaluering-screen" aria-labelledby="evaluering-screen-title">
        <h1 id="evaluering-screen-title">{t("evaluering.prompt")}</h1>
        <p className="screen-note">{t("evaluering.screenWaiting")}</p>
        <ul className="evaluering-statements">
          {view.statements.map((s) => <li key={s}>{t(`evaluering.statements.${s}`)}</li>)}
        </ul>
      </section>
    );
  }
  return (
    <section className="screen-activity evaluering-screen" aria-labelledby="evaluering-screen-title">
      <p className="screen-note evaluering-kicker">{t("evaluering.screenTitle")} · {t("evaluering.step", { n: shown.at + 1, count: shown.count })}</p>
      <h1 id="evaluering-screen-title">{t(`evaluering.statements.${shown.statement}`)}</h1>
      <GroupPictureView
        picture={shown.picture}
        labelFor={(item) => pictureLabel(t, item)}
        iconFor={(item) => (item.level === "bin" && isScale(item.id) ? <ScaleFace answer={item.id} size={72} /> : null)}
        hiddenText={t("evaluering.screenTooFew")}
      />
    </section>
  );
}
