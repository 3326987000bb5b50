import { useTranslation } from "react-i18next";
import { COLUMNS, type Column } from "../../../../shared/activities/hvahjelper/content.js";
import { GameControls } from "../../games/GameUi.js";
import type { HostPanelProps } from "../types.js";
import { Board } from "./Board.js";

export default function HvahjelperHost({ view, act }: HostPanelProps<"hvahjelper">) {
  const { t } = useTranslation();
  return (
    <div className="host-activity">
      <GameControls round={view} act={act} levels={false} rounds successes={view.successes} watchers={view.watchers}>
        <Board board={view.board} size="panel" />
        <p className="hint">{t("hvahjelper.leaderNote")}</p>
        <h3>{t("hvahjelper.cardsTitle")}</h3>
        <ul className="answer-list">
          {view.cards.map((c) => {
            const name = t(`hvahjelper.cards.${c.card}`);
            return (
              <li key={c.card}>
                <span>
                  <strong>{name}</strong>: {t(`hvahjelper.status.${c.status}`)}
                  {c.settled && <> ({t("hvahjelper.settled")})</>}
                </span>
                <select
                  aria-label={t("hvahjelper.settleLabel", { card: name })}
                  value=""
                  onChange={(e) => e.target.value && void act({ type: "settle", card: c.card, column: e.target.value as Column })}
                >
                  <option value="">{t("hvahjelper.choose")}</option>
                  {COLUMNS.map((col) => (
                    <option key={col} value={col}>{t(`hvahjelper.columns.${col}`)}</option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      </GameControls>
    </div>
  );
}
