import { useTranslation } from "react-i18next";
import type { ScreenViewProps } from "../types.js";
import { ClueCard, FeelingFace, IdeasView } from "./parts.js";
import "./detective.css";
import { Icon } from "../../ui/Icon.js";

export default function DetectiveScreen({ view }: ScreenViewProps<"detective">) {
  const { t } = useTranslation();
  if (view.phase === "end") {
    return (
      <section className="screen-activity detective-screen" aria-labelledby="detective-title">
        <p className="quiz-kicker">{t("detective.title")}</p>
        <h1 id="detective-title" className="screen-big">{t("detective.endTitle")}</h1>
        <p className="screen-note">{t("detective.endText")}</p>
      </section>
    );
  }
  const kicker = (
    <p className="detective-kicker">
      {t("detective.title")} · {t("detective.roundOf", { n: view.round + 1, total: view.rounds })}
    </p>
  );
  const groupSays = view.groupAnswer ? (
    <p className="detective-group-answer">
      <FeelingFace feeling={view.groupAnswer} size={48} /> {t("detective.groupSays", { feeling: t(`feelings.${view.groupAnswer}`) })}
    </p>
  ) : null;

  if (view.phase === "guessing") {
    return (
      <section className="screen-activity detective-screen" aria-labelledby="detective-title">
        {kicker}
        <h1 id="detective-title" className="detective-question">
          <Icon name="search" />{" "}
          {t("detective.guessing")}
        </h1>
        <p className="screen-note">{t("detective.guessingMore")}</p>
        {groupSays}
      </section>
    );
  }
  if (view.phase === "ideas") {
    return (
      <section className="screen-activity detective-screen" aria-labelledby="detective-title">
        {kicker}
        <h1 id="detective-title">{t("detective.ideasTitle")}</h1>
        <IdeasView ideas={view.ideas} />
        {groupSays}
      </section>
    );
  }
  const feeling = t(`feelings.${view.feeling}`);
  return (
    <section className="screen-activity detective-screen" aria-labelledby="detective-title">
      {kicker}
      <div className="detective-solution">
        <FeelingFace feeling={view.feeling} size={120} />
        <h1 id="detective-title" className="screen-big">{t("detective.solvedTitle", { feeling })}</h1>
      </div>
      {view.groupAnswer !== null && <p className="detective-verdict">{view.groupAnswer === view.feeling ? t("detective.found") : t("detective.nearly")}</p>}
      <p className="detective-strengths">
        <span aria-hidden="true">★ </span>
        {t("detective.strengths")}
      </p>
      <h2>{t("detective.cluesTitle")}</h2>
      <ul className="clue-list">
        {view.clues.map((c, i) => (
          <li key={i}>
            <ClueCard clue={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}
