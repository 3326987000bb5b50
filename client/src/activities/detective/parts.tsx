/** Small pieces shared by the detective's screen, tablet and host views. */
import { useTranslation } from "react-i18next";
import type { DetectiveClueView } from "../../../../shared/activities/detective/index.js";
import { FEELINGS } from "../../../../shared/content/feelings.js";
import type { WordPicture } from "../../../../shared/disclosure/index.js";
import { Face } from "../../ui/Face.js";
import { Icon, type IconName } from "../../ui/Icon.js";

export const feelingById = new Map<string, (typeof FEELINGS)[number]>(FEELINGS.map((f) => [f.id, f]));

export function FeelingFace({ feeling, size = 56 }: { feeling: string; size?: number }) {
  const f = feelingById.get(feeling);
  return f ? <Face shape={f.face} colour={f.colour} size={size} /> : null;
}

const KIND_SYMBOL: Record<DetectiveClueView["kind"], IconName> = { face: "face", body: "heart", thought: "thought", situation: "house" };

/** One clue: its kind in words (and a symbol), the drawn face for face clues, and the text. */
export function ClueCard({ clue, size = "md" }: { clue: DetectiveClueView; size?: "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <div className={`clue-card clue-${size}`}>
      <p className="clue-kind">
        <Icon name={KIND_SYMBOL[clue.kind]} />{" "}
        {t(`detective.clueKind.${clue.kind}`)}
      </p>
      {clue.face && (
        <span className="clue-face">
          <Face shape={clue.face} colour="#fff3c4" size={size === "lg" ? 120 : 72} />
        </span>
      )}
      <p className="clue-text">{clue.text}</p>
    </div>
  );
}

/** The k-safe ideas: words only, in the vocabulary's order, "mange" as a word (never a number). */
export function IdeasView({ ideas, size = "screen" }: { ideas: WordPicture; size?: "screen" | "panel" }) {
  const { t } = useTranslation();
  if (ideas.status === "hidden") {
    return <p className={`picture-hidden picture-${size}`}>{size === "panel" ? t("detective.previewHidden") : t("detective.ideasTooFew")}</p>;
  }
  if (ideas.words.length === 0) return <p className={`picture-hidden picture-${size}`}>{t("detective.ideasSpread")}</p>;
  return (
    <ul className={`ideas ideas-${size}`}>
      {ideas.words.map((w) => (
        <li key={w.id} className={w.many ? "idea is-many" : "idea"}>
          <FeelingFace feeling={w.id} size={size === "screen" ? 56 : 32} />
          <span className="idea-word">{t(`feelings.${w.id}`)}</span>
          {w.many && <span className="idea-many">({t("amount.many")})</span>}
        </li>
      ))}
    </ul>
  );
}
