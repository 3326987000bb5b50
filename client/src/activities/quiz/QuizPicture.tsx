/**
 * The group picture of one quiz card, exactly as shared/disclosure/index.ts
 * allowed it: numbers only where the rules gave a number, words otherwise.
 * Used by the projector and (as a preview) by the host panel.
 */
import { useAudienceT } from "../../i18n/audience.js";
import type { QuizCardFace } from "../../../../shared/activities/quiz/index.js";
import type { QuizPicture, ScreenQuizPicture } from "../../../../shared/disclosure/index.js";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import { letterOf } from "./letters.js";

export function QuizPictureView({ picture, card, correct, size = "screen" }: { picture: QuizPicture | ScreenQuizPicture; card: QuizCardFace; correct: string | null; size?: "screen" | "panel" }) {
  const t = useAudienceT();
  const optionText = (id: string) => card.options.find((o) => o.id === id)?.text ?? id;
  switch (picture.status) {
    case "hidden":
      return <p className={`picture-hidden picture-${size}`}>{size === "panel" ? t("quiz.previewHidden") : t("quiz.tooFew")}</p>;
    case "split":
      return <p className={`quiz-words quiz-words-${size}`}>{t("quiz.split")}</p>;
    case "many":
      return (
        <p className={`quiz-words quiz-words-${size}`}>
          {picture.said === "thought" ? (
            <>
              {t("quiz.manyThought", { option: optionText(picture.option) })} {t("quiz.manyThoughtMore")}
            </>
          ) : size === "screen" ? (
            // A hard-theme card everyone answered alike: no distribution and no option named on the
            // projector, only that many wonder about it (the explanation is shown beside it).
            t("quiz.manyWonder")
          ) : (
            t("quiz.manyChose", { option: optionText(picture.option) })
          )}
        </p>
      );
    case "shown":
      return (
        <GroupPictureView
          picture={picture}
          size={size}
          hiddenText={t("quiz.tooFew")}
          labelFor={(item) => (item.level === "bin" ? optionText(item.id) : t("quiz.otherAnswers"))}
          iconFor={(item) =>
            item.level === "bin" ? (
              <span className="quiz-letter" aria-hidden="true">
                {letterOf(card, item.id)}
                {correct === item.id && <span className="quiz-check">✓</span>}
              </span>
            ) : null
          }
        />
      );
  }
}
