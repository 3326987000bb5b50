import { useTranslation } from "react-i18next";
import { GameHead } from "../../games/GameUi.js";
import type { ScreenViewProps } from "../types.js";
import { Board } from "./Board.js";

export default function HvahjelperScreen({ view }: ScreenViewProps<"hvahjelper">) {
  const { t } = useTranslation();
  return (
    <section className="screen-activity game-screen help-board-screen" aria-labelledby="hvahjelper-screen-title">
      <GameHead
        id="hvahjelper-screen-title"
        title={t("hvahjelper.prompt")}
        help={view.hint ? t("hvahjelper.hint") : t("hvahjelper.screenHelp")}
        round={view}
        success={t("hvahjelper.complete")}
      />
      <Board board={view.board} size="screen" />
    </section>
  );
}
