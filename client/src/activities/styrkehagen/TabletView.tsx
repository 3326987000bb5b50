import { useState } from "react";
import { useTranslation } from "react-i18next";
import { GARDEN_STRENGTH_IDS, GARDEN_TEXT_MAX } from "../../../../shared/activities/styrkehagen/content.js";
import { TabletPhase, WatchButton, WatchingPanel } from "../../games/GameUi.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";

export default function StyrkehagenTablet({ view, act }: TabletViewProps<"styrkehagen">) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState("");
  const prompt = t("styrkehagen.prompt");
  const left = Math.max(0, view.perSeat - view.mine.length);
  const send = async (action: Parameters<typeof act>[0]) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
    return ack.ok;
  };
  const names = view.mine.map((m) => (m === "text" ? t("styrkehagen.ownText") : t(`styrkehagen.strengths.${m}`)));
  return (
    <section className="tablet-activity game-tablet garden-tablet" aria-labelledby="garden-prompt">
      <div className="prompt-row">
        <h1 id="garden-prompt">{prompt}</h1>
        <ReadAloud text={prompt} />
      </div>
      {view.watching ? (
        <WatchingPanel act={act} />
      ) : view.phase === "paused" ? (
        <TabletPhase round={view} />
      ) : left === 0 ? (
        <p className="calm-note">{t("styrkehagen.full")}</p>
      ) : (
        <>
          <fieldset className="choice-group">
            <legend>{t("styrkehagen.left", { count: left })}</legend>
            <div className="strength-grid">
              {GARDEN_STRENGTH_IDS.map((id) => (
                <button key={id} type="button" className="strength-pick" onClick={() => void send({ type: "plant", strength: id })}>
                  <span aria-hidden="true">✿</span> {t(`styrkehagen.strengths.${id}`)}
                </button>
              ))}
            </div>
          </fieldset>
          {view.allowText && (
            <form
              className="stack own-words"
              onSubmit={async (e) => {
                e.preventDefault();
                if (text.trim() && (await send({ type: "write", text }))) setText("");
              }}
            >
              <label htmlFor="garden-text">{t("styrkehagen.ownWords")}</label>
              <input id="garden-text" value={text} maxLength={GARDEN_TEXT_MAX} onChange={(e) => setText(e.target.value)} aria-describedby="garden-text-hint" />
              <p id="garden-text-hint" className="hint">{t("styrkehagen.ownWordsHint")}</p>
              <button type="submit" className="button" disabled={!text.trim()}>{t("styrkehagen.send")}</button>
            </form>
          )}
          {view.hint && <p className="hint-box">{t("styrkehagen.hint")}</p>}
          <WatchButton act={act} />
        </>
      )}
      <div role="status">
        {names.length > 0 && <p className="calm-note">{t("styrkehagen.planted", { list: names.join(", ") })}</p>}
        {view.waiting > 0 && <p className="hint">{t("styrkehagen.waiting", { count: view.waiting })}</p>}
      </div>
      <ErrorNote code={error} />
    </section>
  );
}
