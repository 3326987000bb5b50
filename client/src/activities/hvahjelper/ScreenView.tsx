import { useTranslation } from "react-i18next";
import { PhaseBanner } from "../../games/GameUi.js";
import type { ScreenViewProps } from "../types.js";
import { Board } from "./Board.js";

export default function HvahjelperScreen({ view }: ScreenViewProps<"hvahjelper">) {
  const { t } = useTranslation();
  return (
    <section className="screen-activity game-screen help-board-screen" aria-labelledby="hvahjelper-screen-title">
      <div className="game-head">
        <h1 id="hvahjelper-screen-title">{t("hvahjelper.prompt")}</h1>
        <p className="screen-note game-help">
          {view.complete ? t("hvahjelper.complete") : view.hint ? t("hvahjelper.hint") : t("hvahjelper.screenHelp")}
        </p>
      </div>
      <PhaseBanner round={view} success={t("hvahjelper.complete")} />
      <Board board={view.board} size="screen" />
      {!view.complete && <p className="screen-note">{t("hvahjelper.moreComing")}</p>}
    </section>
  );
}
