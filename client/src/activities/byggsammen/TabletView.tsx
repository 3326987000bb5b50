import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ByggsammenSeatView, Motif } from "../../../../shared/activities/byggsammen/index.js";
import type { AvatarId } from "../../../../shared/room/types.js";
import { TabletPhase, WatchButton, WatchingPanel } from "../../games/GameUi.js";
import { Avatar, useAvatarLabel } from "../../ui/Avatar.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { MiniPicture } from "./MiniPicture.js";

type MyPiece = ByggsammenSeatView["mine"][number];

/** Where a piece goes, in words (never row and column numbers): "til venstre i buen", "nederst, i midten". */
function useWhere() {
  const { t } = useTranslation();
  return (motif: Motif, p: { x: number; y: number }, width: number, height: number) => {
    const across = (p.x + 0.5) / Math.max(1, width);
    const col = across < 1 / 3 ? "left" : across > 2 / 3 ? "right" : "middle";
    if (motif === "regnbue") return t(`byggsammen.where.rainbow.${col}`);
    const up = (p.y + 0.5) / Math.max(1, height);
    const row = p.y === 0 ? "bottom" : p.y === height - 1 ? "top" : up < 0.4 ? "low" : up > 0.6 ? "high" : "middle";
    return t("byggsammen.where.tower", { row: t(`byggsammen.where.row.${row}`), col: t(`byggsammen.where.col.${col}`) });
  };
}

export default function ByggsammenTablet({ view, act }: TabletViewProps<"byggsammen">) {
  const { t } = useTranslation();
  const avatarLabel = useAvatarLabel();
  const where = useWhere();
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [giving, setGiving] = useState<string | null>(null);
  const chooserHeading = useRef<HTMLHeadingElement>(null);
  const help = t(`byggsammen.screenHelp.${view.motif}`);
  const givingPiece = giving ? view.mine.find((p) => p.id === giving) : undefined;

  useEffect(() => {
    if (givingPiece) chooserHeading.current?.focus();
  }, [givingPiece?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- focus once per opened chooser

  const send = async (action: Parameters<typeof act>[0], done: string) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
    setNote(ack.ok ? done : null);
    return ack.ok;
  };
  const nameOf = (p: MyPiece) => t(`byggsammen.pieceName.${view.motif}`, { colour: t(`byggsammen.colour.${p.colour}`) });
  const labelOf = (p: MyPiece) => t("byggsammen.pieceAt", { piece: nameOf(p), where: where(view.motif, p, view.width, view.height) });
  const picture = (p: MyPiece) => (
    <MiniPicture motif={view.motif} width={view.width} height={view.height} cells={view.cells} mark={p} label={t("byggsammen.miniLabel", { place: labelOf(p) })} />
  );
  const give = async (p: MyPiece, to: AvatarId | null) => {
    const done = to ? t("byggsammen.givenTo", { name: avatarLabel(to) }) : t("byggsammen.given");
    if (await send(to ? { type: "give", pieceId: p.id, to } : { type: "give", pieceId: p.id }, done)) setGiving(null);
  };

  let body;
  if (view.watching) body = <WatchingPanel act={act} />;
  else if (view.phase !== "running") body = <TabletPhase round={view} />;
  else if (givingPiece) {
    body = (
      <section className="give-chooser" aria-labelledby="give-title">
        <h2 id="give-title" ref={chooserHeading} tabIndex={-1}>
          {t("byggsammen.giveWho")}
        </h2>
        <div className="give-piece">
          {picture(givingPiece)}
          <p className="piece-label">{labelOf(givingPiece)}</p>
        </div>
        <ul className="give-list">
          {view.giveTo.map((a) => (
            <li key={a}>
              <button type="button" className="button give-to" onClick={() => void give(givingPiece, a)}>
                <Avatar avatar={a} size="lg" />
                <span className="visually-hidden">: {t("byggsammen.giveToThis")}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="row">
          <button type="button" className="button button-primary give-any" onClick={() => void give(givingPiece, null)}>
            {t("byggsammen.giveAny")}
          </button>
          <button type="button" className="button" onClick={() => setGiving(null)}>
            {t("byggsammen.giveCancel")}
          </button>
        </div>
      </section>
    );
  } else {
    body = (
      <>
        <p className="calm-note">{help}</p>
        <h2>{t("byggsammen.yourPieces")}</h2>
        {view.mine.length === 0 ? (
          <p className="calm-note">{view.complete ? t("byggsammen.complete") : t("byggsammen.noPieces")}</p>
        ) : (
          <ul className="piece-list">
            {view.mine.map((p) => {
              const label = labelOf(p);
              return (
                <li key={p.id} className="piece-card">
                  {picture(p)}
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
                    {view.giveTo.length > 0 && (
                      <button type="button" className="button" onClick={() => { setNote(null); setError(null); setGiving(p.id); }}>
                        {t("byggsammen.give")}
                        <span className="visually-hidden">: {label}</span>
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {view.hint && <p className="hint-box">{t("byggsammen.hint")}</p>}
        {view.giveTo.length > 0 && view.mine.length > 0 && <p className="hint">{t("byggsammen.giveHelp")}</p>}
        <WatchButton act={act} />
      </>
    );
  }

  return (
    <section className="tablet-activity game-tablet bygg-tablet" aria-labelledby="bygg-title">
      <div className="prompt-row">
        <h1 id="bygg-title">
          {t("byggsammen.title")}: {t(`byggsammen.motif.${view.motif}`)}
        </h1>
        <ReadAloud text={help} />
      </div>
      {body}
      <div role="status" className="calm-note">{note}</div>
      <ErrorNote code={error} />
    </section>
  );
}
