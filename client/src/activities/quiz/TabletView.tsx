import { useState } from "react";
import { useAudienceT } from "../../i18n/audience.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { letterOf } from "./letters.js";
import "./quiz.css";

export default function QuizTablet({ view, act, settings }: TabletViewProps<"quiz">) {
  const t = useAudienceT();
  const [error, setError] = useState<string | null>(null);

  const send = async (action: Parameters<typeof act>[0]) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
  };

  if (view.phase === "end") {
    return (
      <section className="tablet-activity quiz-tablet" aria-labelledby="quiz-end">
        <h1 id="quiz-end">{t("quiz.endTablet")}</h1>
        <p className="calm-note">{t("quiz.endText")}</p>
      </section>
    );
  }

  const { card } = view;
  const progress = t("quiz.cardOf", { n: view.index + 1, total: view.total });

  if (view.revealed) {
    const correct = view.solution.correct;
    const answerLine =
      correct === null
        ? t("quiz.noSingleAnswer")
        : t("quiz.answerIs", { option: `${letterOf(card, correct)}: ${card.options.find((o) => o.id === correct)?.text ?? ""}` });
    return (
      <section className="tablet-activity quiz-tablet" aria-labelledby="quiz-answer">
        <p className="quiz-kicker">{progress}</p>
        <p className="quiz-statement-small">{card.statement}</p>
        <div className="prompt-row">
          <h1 id="quiz-answer">{t("quiz.hereIsTheAnswer")}</h1>
          <ReadAloud text={`${answerLine} ${view.solution.explanation}`} withOptions={false} />
        </div>
        <p className="quiz-answer-line">{answerLine}</p>
        <p className="quiz-explanation-tablet">{view.solution.explanation}</p>
        <p className="calm-note">{t("quiz.lookAtScreen")}</p>
        <ErrorNote code={error} />
      </section>
    );
  }

  const mine = view.mine;
  const chosen = mine?.kind === "option" ? mine.option : null;
  const readText = t("quiz.readAloudCard", {
    statement: card.statement,
    options: card.options.map((o) => `${letterOf(card, o.id)}: ${o.text}`).join(", "),
  });
  return (
    <section className="tablet-activity quiz-tablet" aria-labelledby="quiz-statement">
      <p className="quiz-kicker">{progress}</p>
      <div className="prompt-row">
        <h1 id="quiz-statement">{card.statement}</h1>
        <ReadAloud text={readText} withOptions={false} />
      </div>
      <p className="child-hint">{t(settings.ageBand === "11+" ? "quiz.hint.older" : "quiz.hint.young")}</p>
      <fieldset className="choice-group">
        <legend className="visually-hidden">{t("quiz.options")}</legend>
        <div className="quiz-choices">
          {card.options.map((o) => (
            <button
              key={o.id}
              type="button"
              className="quiz-choice"
              aria-pressed={chosen === o.id}
              onClick={() => void send({ type: "answer", card: card.id, option: o.id })}
            >
              <span className="quiz-letter" aria-hidden="true">{letterOf(card, o.id)}</span>
              <span>{o.text}</span>
            </button>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <button
          type="button"
          className="pass-button"
          aria-pressed={mine?.kind === "dontKnow"}
          onClick={() => void send({ type: "dontKnow", card: card.id })}
        >
          <span aria-hidden="true">? </span>
          {t("quiz.dontKnow")}
        </button>
        <button type="button" className="pass-button" aria-pressed={mine?.kind === "pass"} onClick={() => void send({ type: "pass", card: card.id })}>
          {t("common.pass")}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {mine && (
          <p className="calm-note">
            {mine.kind === "pass" ? t("common.passed") : mine.kind === "dontKnow" ? t("quiz.thanksDontKnow") : `${t("quiz.thanks")} ${t("quiz.thanksMore")}`}
          </p>
        )}
      </div>
      <ErrorNote code={error} />
    </section>
  );
}
