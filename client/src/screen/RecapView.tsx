/**
 * "Sist gang…" on the projector: the last meeting's memory as the leader chose
 * to show it (docs/series.md, "The group's memory"). Group-level only: the lamps the group
 * lit, the strengths named (from the lists), the leaders' words, what it
 * learned and the themes. Nothing in it names a child.
 */
import { useTranslation } from "react-i18next";
import type { Recap } from "../../../shared/protocol.js";
import { Lighthouse } from "../room/goal.js";

export function RecapView({ recap }: { recap: Recap }) {
  const { t } = useTranslation();
  const strengths = [...recap.strengths.map((id) => t(`groupStrengths.${id}`)), ...recap.garden.map((id) => t(`styrkehagen.strengths.${id}`))];
  const items = strengths.length + recap.words.length + recap.learned.length + recap.themes.length;
  return (
    <section className={items > 7 ? "recap-screen recap-dense" : "recap-screen"} aria-labelledby="recap-screen-title">
      <h1 id="recap-screen-title" className="screen-big">{t("memory.screen.title")}</h1>
      <p className="recap-meeting">{recap.title}</p>
      <div className="recap-body">
        {(recap.lamps > 0 || recap.lampsSoFar > 0) && (
          <div className="recap-light">
            <Lighthouse lit={recap.lamps} target={Math.max(1, recap.lamps)} size={150} />
            <p>
              {t("memory.screen.lamps", { count: recap.lamps })}
              {recap.lampsSoFar > recap.lamps && <><br />{t("memory.screen.lampsSoFar", { count: recap.lampsSoFar })}</>}
            </p>
          </div>
        )}
        <div className="recap-lists">
          {strengths.length > 0 && (
            <div className="recap-group">
              <h2>{t("memory.screen.strengths")}</h2>
              <ul className="recap-strengths">{strengths.map((s) => <li key={s}>{s}</li>)}</ul>
            </div>
          )}
          {recap.words.length > 0 && (
            <div className="recap-group">{recap.words.map((w) => <p key={w} className="recap-words">{w}</p>)}</div>
          )}
          {recap.learned.length > 0 && (
            <div className="recap-group">
              <h2>{t("memory.screen.learned")}</h2>
              <ul className="recap-learned">{recap.learned.map((l) => <li key={l}>{l}</li>)}</ul>
            </div>
          )}
          {recap.themes.length > 0 && (
            <p className="recap-themes">{t("memory.screen.themes")}: {recap.themes.join(" · ")}</p>
          )}
        </div>
      </div>
    </section>
  );
}
