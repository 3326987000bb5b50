/** The shared board: three columns and "vi er uenige om denne". Cards only, never who sorted what, never how many. */
import { useTranslation } from "react-i18next";
import type { Board as BoardData } from "../../../../shared/activities/hvahjelper/index.js";
import type { ReactNode } from "react";
import { Icon } from "../../ui/Icon.js";

const ICON: Record<string, ReactNode> = { helps: "✓", not: "✗", unsure: "?", disagree: <Icon name="speech" /> };

export function Board({ board, size }: { board: BoardData; size: "screen" | "panel" }) {
  const { t } = useTranslation();
  const columns = [
    { id: "helps", title: t("hvahjelper.columns.helps"), cards: board.helps },
    { id: "not", title: t("hvahjelper.columns.not"), cards: board.not },
    { id: "unsure", title: t("hvahjelper.columns.unsure"), cards: board.unsure },
  ] as const;
  const Heading = size === "screen" ? "h2" : "h4";
  return (
    <div className={`board board-${size}`}>
      {columns.map((c) => (
        <section key={c.id} className={`board-col board-${c.id}`} aria-labelledby={`board-${size}-${c.id}`}>
          <Heading id={`board-${size}-${c.id}`} className="board-title">
            <span aria-hidden="true" className="board-icon">{ICON[c.id]}</span> {c.title}
          </Heading>
          {c.cards.length === 0 ? (
            <p className="board-empty">{t("hvahjelper.empty")}</p>
          ) : (
            <ul className="board-cards">
              {c.cards.map((card) => (
                <li key={card} className="board-card">{t(`hvahjelper.cards.${card}`)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {board.disagree.length > 0 && (
        <section className="board-col board-disagree" aria-labelledby={`board-${size}-disagree`}>
          <Heading id={`board-${size}-disagree`} className="board-title">
            <span aria-hidden="true" className="board-icon">{ICON.disagree}</span> {t("hvahjelper.disagree")}
          </Heading>
          <p className="board-help">{t("hvahjelper.disagreeHelp")}</p>
          <ul className="board-cards">
            {board.disagree.map((card) => (
              <li key={card} className="board-card">{t(`hvahjelper.cards.${card}`)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
