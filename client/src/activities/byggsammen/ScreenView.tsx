import { useTranslation } from "react-i18next";
import { GameHead } from "../../games/GameUi.js";
import type { ScreenViewProps } from "../types.js";
import { Picture } from "./Picture.js";

export default function ByggsammenScreen({ view }: ScreenViewProps<"byggsammen">) {
  const { t } = useTranslation();
  const percent = Math.round(view.done * 100);
  const complete = view.done >= 1;
  return (
    <section className="screen-activity game-screen bygg-screen" aria-labelledby="bygg-screen-title">
      <GameHead
        id="bygg-screen-title"
        title={`${t("byggsammen.title")}: ${t(`byggsammen.motif.${view.motif}`)}`}
        help={view.hint ? t("byggsammen.hint") : t(`byggsammen.screenHelp.${view.motif}`)}
        round={view}
        success={t("byggsammen.complete")}
      />
      <div className="scene-wrap">
        <Picture motif={view.motif} width={view.width} height={view.height} cells={view.cells} complete={complete} label={t("byggsammen.done", { percent })} />
      </div>
      <div className="progress-track progress-screen" aria-hidden="true">
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </section>
  );
}
