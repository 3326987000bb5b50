import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FEELINGS } from "../../../../shared/content/feelings.js";
import { WatchButton, WatchingPanel } from "../../games/GameUi.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import { Face } from "../../ui/Face.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { ClueCard, FeelingFace } from "./parts.js";
import "./detective.css";

export default function DetectiveTablet({ view, act, settings }: TabletViewProps<"detective">) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const send = async (action: Parameters<typeof act>[0]) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
  };

  if (view.phase === "end") {
    return (
      <section className="tablet-activity" aria-labelledby="detective-end">
        <h1 id="detective-end">{t("detective.endTablet")}</h1>
        <p className="calm-note">{t("detective.endText")}</p>
      </section>
    );
  }

  if (view.watching) {
    return (
      <section className="tablet-activity detective-tablet" aria-labelledby="detective-watch-title">
        <h1 id="detective-watch-title">{t("detective.title")}</h1>
        <WatchingPanel act={act} />
      </section>
    );
  }

  const clueRead = `${t(`detective.clueKind.${view.clue.kind}`)}. ${view.clue.text}`;
  const clue = (
    <section className="detective-my-clue" aria-labelledby="detective-clue-title">
      <div className="prompt-row">
        <h1 id="detective-clue-title">{t("detective.yourClue")}</h1>
        <ReadAloud text={view.phase === "guessing" ? `${clueRead} ${t("detective.whichFeeling")}` : clueRead} />
      </div>
      <ClueCard clue={view.clue} size="lg" />
    </section>
  );

  if (view.phase === "solved") {
    return (
      <section className="tablet-activity detective-tablet">
        {clue}
        <p className="detective-solved-line">
          {t("detective.solvedTablet")} <FeelingFace feeling={view.feeling} size={40} /> <strong>{t(`feelings.${view.feeling}`)}</strong>
        </p>
        <p className="calm-note">{t("detective.lookAtScreen")}</p>
      </section>
    );
  }

  const mine = view.mine;
  if (view.phase === "ideas") {
    return (
      <section className="tablet-activity detective-tablet">
        {clue}
        <p className="calm-note">{t("detective.ideasTablet")}</p>
        <WatchButton act={act} />
        <ErrorNote code={error} />
      </section>
    );
  }

  const chosen = mine?.kind === "feeling" ? mine.feeling : null;
  return (
    <section className="tablet-activity detective-tablet">
      {clue}
      <p className="child-hint">{t(settings.ageBand === "11+" ? "detective.hint.older" : "detective.hint.young")}</p>
      <fieldset className="choice-group">
        <legend>{t("detective.whichFeeling")}</legend>
        <div className="feeling-grid">
          {FEELINGS.map((f) => (
            <button
              key={f.id}
              type="button"
              className="feeling-button"
              aria-pressed={chosen === f.id}
              onClick={() => void send({ type: "propose", round: view.round, feeling: f.id })}
            >
              <Face shape={f.face} colour={f.colour} />
              <span>{t(`feelings.${f.id}`)}</span>
            </button>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <button type="button" className="pass-button" aria-pressed={mine?.kind === "dontKnow"} onClick={() => void send({ type: "dontKnow", round: view.round })}>
          <span aria-hidden="true">? </span>
          {t("detective.dontKnow")}
        </button>
        <button type="button" className="pass-button" aria-pressed={mine?.kind === "pass"} onClick={() => void send({ type: "pass", round: view.round })}>
          {t("common.pass")}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {mine && (
          <p className="calm-note">
            {mine.kind === "pass" ? t("common.passed") : mine.kind === "dontKnow" ? t("detective.thanksDontKnow") : t("detective.thanks")}
          </p>
        )}
      </div>
      <WatchButton act={act} />
      <ErrorNote code={error} />
    </section>
  );
}
