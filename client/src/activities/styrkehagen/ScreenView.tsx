import { useTranslation } from "react-i18next";
import { GARDEN_STRENGTH_IDS } from "../../../../shared/activities/styrkehagen/content.js";
import { GameHead } from "../../games/GameUi.js";
import type { ScreenViewProps } from "../types.js";
import { Garden } from "./Garden.js";

export default function StyrkehagenScreen({ view }: ScreenViewProps<"styrkehagen">) {
  const { t } = useTranslation();
  // Each strength once, in the list's order, and the leader-approved words: what grows, never who or how many of each.
  const strengths = GARDEN_STRENGTH_IDS.filter((id) => view.flowers.some((f) => f.strength === id));
  const texts = [...new Set(view.flowers.flatMap((f) => (f.text ? [f.text] : [])))].sort((a, b) => a.localeCompare(b));
  return (
    <section className="screen-activity game-screen garden-screen" aria-labelledby="garden-screen-title">
      <GameHead
        id="garden-screen-title"
        title={view.bloomed ? t("styrkehagen.bloomed") : t("styrkehagen.title")}
        help={view.hint ? t("styrkehagen.hint") : t("styrkehagen.screenHelp")}
        round={view}
      />
      <div className="scene-wrap">
        <Garden flowers={view.flowers} bloomed={view.bloomed} label={t("styrkehagen.flowers", { count: view.flowers.length })} />
      </div>
      {strengths.length + texts.length === 0 ? (
        <p className="screen-note">{t("styrkehagen.empty")}</p>
      ) : (
        <>
          <h2 className="visually-hidden">{t("styrkehagen.inGarden")}</h2>
          <ul className="chip-list">
            {strengths.map((id) => (
              <li key={id} className="chip">
                <span aria-hidden="true">✿ </span>
                {t(`styrkehagen.strengths.${id}`)}
              </li>
            ))}
            {texts.map((text) => (
              <li key={text} className="chip chip-text">
                <span aria-hidden="true">✿ </span>
                {text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
