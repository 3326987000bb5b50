import { useAudienceT } from "../../i18n/audience.js";
import { THUMBS } from "../../../../shared/activities/tommel/index.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { Thumb } from "./Thumb.js";

export default function TommelTablet({ view, act }: TabletViewProps<"tommel">) {
  const t = useAudienceT();
  const open = view.phase === "open";
  return (
    <section className="tablet-activity" aria-labelledby="tommel-prompt">
      <div className="prompt-row">
        <h1 id="tommel-prompt">{t("tommel.prompt")}</h1>
        <ReadAloud text={t("tommel.prompt")} />
      </div>
      {open ? (
        <div className="stack">
          <div className="feeling-grid">
            {THUMBS.map((thumb) => (
              <button key={thumb} type="button" className="feeling-button" aria-pressed={view.mine === thumb} onClick={() => void act({ type: "vote", thumb })}>
                <Thumb thumb={thumb} />
                <span>{t(`tommel.thumbs.${thumb}`)}</span>
              </button>
            ))}
          </div>
          <div className="row">
            <button type="button" className="pass-button" aria-pressed={view.mine === "pass"} onClick={() => void act({ type: "pass" })}>
              {t("common.pass")}
            </button>
          </div>
          {view.mine && (
            <p className="calm-note" role="status">
              {view.mine === "pass" ? t("common.passed") : t("tommel.thanks")}
            </p>
          )}
        </div>
      ) : (
        <p className="calm-note">{t("tommel.lookAtScreen")}</p>
      )}
    </section>
  );
}
