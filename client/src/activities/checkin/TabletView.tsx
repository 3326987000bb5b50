import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FEELINGS, STRENGTHS, type FeelingId } from "../../../../shared/content/feelings.js";
import { Face } from "../../ui/Face.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";

export default function CheckinTablet({ view, act }: TabletViewProps<"checkin">) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const prompt = t(`checkin.prompt.${view.moment}`);
  const mine = view.mine;
  const chosen: FeelingId | null = mine?.kind === "feeling" ? mine.feeling : null;
  const closed = view.phase !== "open";

  const send = async (action: Parameters<typeof act>[0]) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
  };

  return (
    <section className="tablet-activity" aria-labelledby="checkin-prompt">
      <div className="prompt-row">
        <h1 id="checkin-prompt">{prompt}</h1>
        <ReadAloud text={prompt} />
      </div>
      {closed ? (
        <p className="calm-note">{t("checkin.lookAtScreen")}</p>
      ) : (
        <>
          <fieldset className="choice-group">
            <legend>{t("checkin.pickFeeling")}</legend>
            <div className="feeling-grid">
              {FEELINGS.map((f) => (
                <button
                  key={f.id}
                  type="button"
                  className="feeling-button"
                  aria-pressed={chosen === f.id}
                  onClick={() => void send({ type: "answer", feeling: f.id })}
                >
                  <Face shape={f.face} colour={f.colour} />
                  <span>{t(`feelings.${f.id}`)}</span>
                </button>
              ))}
            </div>
          </fieldset>
          {chosen && view.askStrength && (
            <fieldset className="choice-group">
              <legend>{t("checkin.howMuch")}</legend>
              <div className="strength-row">
                {STRENGTHS.map((s, i) => (
                  <button
                    key={s}
                    type="button"
                    className="strength-button"
                    aria-pressed={mine?.kind === "feeling" && mine.strength === s}
                    onClick={() => void send({ type: "answer", feeling: chosen, strength: s })}
                  >
                    <span aria-hidden="true" className="dots">{"●".repeat(i + 1)}</span>
                    {t(`feelings.strength.${s}`)}
                  </button>
                ))}
              </div>
            </fieldset>
          )}
          <button type="button" className="pass-button" aria-pressed={mine?.kind === "pass"} onClick={() => void send({ type: "pass" })}>
            {t("common.pass")}
          </button>
        </>
      )}
      {mine && !closed && <p className="calm-note" role="status">{mine.kind === "pass" ? t("common.passed") : t("checkin.thanks")}</p>}
      <ErrorNote code={error} />
    </section>
  );
}
