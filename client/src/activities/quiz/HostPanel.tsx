import { useState } from "react";
import { useAudienceT } from "../../i18n/audience.js";
import type { QuizAnswer } from "../../../../shared/activities/quiz/index.js";
import { Avatar } from "../../ui/Avatar.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import type { HostPanelProps } from "../types.js";
import { letterOf } from "./letters.js";
import { QuizPictureView } from "./QuizPicture.js";
import "./quiz.css";

export default function QuizHostPanel({ view, act, seats, curtainOpen, settings }: HostPanelProps<"quiz">) {
  const t = useAudienceT();
  const [error, setError] = useState<string | null>(null);
  const send = async (action: Parameters<typeof act>[0]) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
  };
  const avatarOf = (seatId: string) => seats.find((s) => s.seatId === seatId)?.avatar;

  if (view.phase === "end" || !view.card) {
    return (
      <div className="host-activity quiz-host">
        <p className="calm-note">{t("quiz.hostEnd")}</p>
        <div className="row">
          <button type="button" className="button" onClick={() => void send({ type: "goto", index: Math.max(0, view.total - 1) })}>
            {t("quiz.backToLast")}
          </button>
        </div>
        <ErrorNote code={error} />
      </div>
    );
  }

  const card = view.card;
  const isLast = view.index >= view.total - 1;
  const optionLabel = (id: string) => `${letterOf(card, id)}: ${card.options.find((o) => o.id === id)?.text ?? id}`;
  const answerText = (a: QuizAnswer | null) =>
    a === null ? t("quiz.noAnswer") : a.kind === "pass" ? t("quiz.passed") : a.kind === "dontKnow" ? t("quiz.dontKnowAnswer") : optionLabel(a.option);
  const count = (kind: QuizAnswer["kind"]) => view.rows.filter((r) => r.answer?.kind === kind).length;

  return (
    <div className="host-activity quiz-host">
      <p className="quiz-kicker">
        {view.title} · {t("quiz.cardOf", { n: view.index + 1, total: view.total })}
      </p>
      <h3 className="quiz-host-statement">{card.statement}</h3>
      <ul className="quiz-option-list quiz-option-list-small">
        {card.options.map((o) => (
          <li key={o.id} className="quiz-option">
            <span className="quiz-letter" aria-hidden="true">{letterOf(card, o.id)}</span>
            <span>{o.text}</span>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="button" disabled={view.index === 0} onClick={() => void send({ type: "goto", index: view.index - 1 })}>
          <span aria-hidden="true">← </span>
          {t("quiz.previous")}
        </button>
        {!view.revealed ? (
          <button type="button" className="button button-primary" onClick={() => void send({ type: "reveal", card: card.id })}>
            {t("quiz.reveal")}
          </button>
        ) : (
          <p className="calm-note">{t("quiz.revealedNote")}</p>
        )}
        <button type="button" className="button" onClick={() => void send({ type: "goto", index: view.index + 1 })}>
          {isLast ? t("quiz.finish") : t("quiz.next")}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <ErrorNote code={error} />
      {/* The answer key is not private, but on a projected console it would spoil the card: closed until revealed. */}
      <details className="quiz-key" open={view.revealed} key={`${card.id}:${view.revealed}`}>
        <summary>{t("quiz.key")}</summary>
        <p>
          <strong>{card.correct === null ? t("quiz.keyOpen") : t("quiz.keyCorrect", { option: optionLabel(card.correct) })}</strong>
        </p>
        <h4>{t("quiz.explanationFor", { band: t(`host.ageBands.${settings.ageBand}`) })}</h4>
        <p>{card.explanation}</p>
        <h4>{t("quiz.leaderNote")}</h4>
        <p>{card.leaderNote}</p>
        {card.sensitive && <p className="hint">{t("quiz.sensitive")}</p>}
      </details>
      <h3>{view.revealed ? t("quiz.preview") : t("quiz.previewBefore")}</h3>
      {view.picture && <QuizPictureView picture={view.picture} card={card} correct={card.correct} size="panel" />}
      {curtainOpen && (
        <section className="private" aria-labelledby="quiz-answers">
          <h3 id="quiz-answers">{t("quiz.answers")}</h3>
          <p>{t("quiz.answered", { answered: count("option"), dontKnow: count("dontKnow"), passed: count("pass") })}</p>
          <ul className="answer-list">
            {view.rows.map((row) => {
              const avatar = avatarOf(row.seatId);
              return (
                <li key={row.seatId}>
                  {avatar && <Avatar avatar={avatar} size="sm" />}
                  <span>{answerText(row.answer)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
