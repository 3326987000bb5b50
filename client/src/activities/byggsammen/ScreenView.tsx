import { useTranslation } from "react-i18next";
import { PhaseBanner } from "../../games/GameUi.js";
import type { ScreenViewProps } from "../types.js";
import { Picture } from "./Picture.js";

export default function ByggsammenScreen({ view }: ScreenViewProps<"byggsammen">) {
  const { t } = useTranslation();
  const percent = Math.round(view.done * 100);
  const complete = view.done >= 1;
  return (
    <section className="screen-activity game-screen bygg-screen" aria-labelledby="bygg-screen-title">
      <div className="game-head">
        <h1 id="bygg-screen-title">
          {t("byggsammen.title")}: {t(`byggsammen.motif.${view.motif}`)}
        </h1>
        <p className="screen-note game-help">{view.hint ? t("byggsammen.hint") : t(`byggsammen.screenHelp.${view.motif}`)}</p>
      </div>
      <div className="scene-wrap">
        <Picture motif={view.motif} width={view.width} height={view.height} cells={view.cells} complete={complete} label={t("byggsammen.done", { percent })} />
        <PhaseBanner round={view} success={t("byggsammen.complete")} />
      </div>
      <div className="progress-track progress-screen" aria-hidden="true">
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </section>
  );
}
