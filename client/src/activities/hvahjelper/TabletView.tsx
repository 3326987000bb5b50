import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COLUMNS } from "../../../../shared/activities/hvahjelper/content.js";
import { TabletPhase, WatchButton, WatchingPanel } from "../../games/GameUi.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";

export default function HvahjelperTablet({ view, act }: TabletViewProps<"hvahjelper">) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const prompt = t("hvahjelper.prompt");
  const send = async (action: Parameters<typeof act>[0]) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
  };
  return (
    <section className="tablet-activity game-tablet cards-tablet" aria-labelledby="hvahjelper-prompt">
      <div className="prompt-row">
        <h1 id="hvahjelper-prompt">{prompt}</h1>
        <ReadAloud text={prompt} />
      </div>
      {view.watching ? (
        <WatchingPanel act={act} />
      ) : view.phase !== "running" ? (
        <TabletPhase round={view} />
      ) : view.mine.length === 0 ? (
        <>
          <p className="calm-note">{t("hvahjelper.noCards")}</p>
          <WatchButton act={act} />
        </>
      ) : (
        <>
          <h2>{t("hvahjelper.yourCards")}</h2>
          <ul className="coping-cards">
            {view.mine.map((m) => {
              const label = t(`hvahjelper.cards.${m.card}`);
              return (
                <li key={m.card} className="coping-card">
                  <fieldset className="choice-group">
                    <legend className="coping-label">
                      {label} <ReadAloud text={label} withOptions={false} />
                    </legend>
                    {m.onBoard ? (
                      <p className="calm-note">{t("hvahjelper.onBoard")}</p>
                    ) : (
                      <div className="row">
                        {COLUMNS.map((c) => (
                          <button
                            key={c}
                            type="button"
                            className={`sort-button sort-${c}`}
                            aria-pressed={m.choice === c}
                            onClick={() => void send({ type: "sort", card: m.card, column: c })}
                          >
                            {t(`hvahjelper.columns.${c}`)}
                          </button>
                        ))}
                        <button type="button" className="pass-button" aria-pressed={m.choice === "pass"} onClick={() => void send({ type: "pass", card: m.card })}>
                          {t("hvahjelper.pass")}
                        </button>
                      </div>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ul>
          {view.hint && <p className="hint-box">{t("hvahjelper.hint")}</p>}
          <WatchButton act={act} />
        </>
      )}
      <ErrorNote code={error} />
    </section>
  );
}
