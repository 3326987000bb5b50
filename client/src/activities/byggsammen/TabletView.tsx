import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TabletPhase } from "../../games/GameUi.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { PIECE_FILL } from "./colours.js";

export default function ByggsammenTablet({ view, act }: TabletViewProps<"byggsammen">) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const help = t(`byggsammen.screenHelp.${view.motif}`);

  const send = async (action: Parameters<typeof act>[0], done: string) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
    setNote(ack.ok ? done : null);
  };

  return (
    <section className="tablet-activity game-tablet bygg-tablet" aria-labelledby="bygg-title">
      <div className="prompt-row">
        <h1 id="bygg-title">
          {t("byggsammen.title")}: {t(`byggsammen.motif.${view.motif}`)}
        </h1>
        <ReadAloud text={help} />
      </div>
      {view.phase !== "running" ? (
        <TabletPhase round={view} />
      ) : (
        <>
          <p className="calm-note">{help}</p>
          <h2>{t("byggsammen.yourPieces")}</h2>
          {view.mine.length === 0 ? (
            <p className="calm-note">{view.complete ? t("byggsammen.complete") : t("byggsammen.noPieces")}</p>
          ) : (
            <ul className="piece-list">
              {view.mine.map((p) => {
                const label = t("byggsammen.piece", { colour: t(`byggsammen.colour.${p.colour}`), row: p.y + 1, col: p.x + 1 });
                return (
                  <li key={p.id} className="piece-card">
                    <span className="piece-swatch" style={{ backgroundColor: PIECE_FILL[p.colour] }} aria-hidden="true" />
                    <span className="piece-label">{label}</span>
                    {!p.ready && <span className="piece-wait">{t("byggsammen.waits")}</span>}
                    <div className="piece-actions">
                      <button
                        type="button"
                        className="button button-primary"
                        disabled={!p.ready}
                        onClick={() => void send({ type: "place", pieceId: p.id }, t("byggsammen.placed"))}
                      >
                        {t("byggsammen.place")}
                        <span className="visually-hidden">: {label}</span>
                      </button>
                      <button type="button" className="button" onClick={() => void send({ type: "give", pieceId: p.id }, t("byggsammen.given"))}>
                        {t("byggsammen.give")}
                        <span className="visually-hidden">: {label}</span>
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {view.hint && <p className="hint-box">{t("byggsammen.hint")}</p>}
          <p className="hint">{t("byggsammen.giveHelp")}</p>
          <div role="status" className="calm-note">{note}</div>
        </>
      )}
      <ErrorNote code={error} />
    </section>
  );
}
