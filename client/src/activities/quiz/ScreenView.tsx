import { useAudienceT } from "../../i18n/audience.js";
import type { ScreenViewProps } from "../types.js";
import { letterOf } from "./letters.js";
import { QuizPictureView } from "./QuizPicture.js";
import "./quiz.css";

export default function QuizScreen({ view }: ScreenViewProps<"quiz">) {
  const t = useAudienceT();
  if (view.phase === "end") {
    return (
      <section className="screen-activity quiz-screen" aria-labelledby="quiz-screen-title">
        <p className="quiz-kicker">{view.title}</p>
        <h1 id="quiz-screen-title" className="screen-big">{t("quiz.endTitle")}</h1>
        <p className="quiz-explanation">{t("quiz.endText")}</p>
      </section>
    );
  }
  const { card } = view;
  const correct = view.revealed ? view.solution.correct : null;
  return (
    <section className={view.revealed ? "screen-activity quiz-screen quiz-revealed" : "screen-activity quiz-screen"} aria-labelledby="quiz-screen-title">
      <p className="quiz-kicker">
        {view.title} · {t("quiz.cardOf", { n: view.index + 1, total: view.total })}
      </p>
      <h1 id="quiz-screen-title" className="quiz-statement">{card.statement}</h1>
      <ul className="quiz-option-list">
        {card.options.map((o) => (
          <li key={o.id} className={correct === o.id ? "quiz-option is-correct" : "quiz-option"}>
            <span className="quiz-letter" aria-hidden="true">{letterOf(card, o.id)}</span>
            <span>{o.text}</span>
            {correct === o.id && (
              <span className="quiz-correct-tag">
                <span aria-hidden="true">✓ </span>
                {t("quiz.correctMark")}
              </span>
            )}
          </li>
        ))}
      </ul>
      {!view.revealed ? (
        <p className="screen-note">{t("quiz.answerOnTablet")}</p>
      ) : (
        <div className="quiz-reveal">
          <section aria-labelledby="quiz-answer-title" className="quiz-answer">
            <h2 id="quiz-answer-title">{t("quiz.theAnswer")}</h2>
            {view.solution.correct === null && <p className="quiz-open">{t("quiz.allGood")}</p>}
            <p className="quiz-explanation">{view.solution.explanation}</p>
          </section>
          <section aria-labelledby="quiz-group-title" className="quiz-group">
            <h2 id="quiz-group-title">{t("quiz.groupTitle")}</h2>
            <QuizPictureView picture={view.picture} card={card} correct={view.solution.correct} />
          </section>
        </div>
      )}
    </section>
  );
}
