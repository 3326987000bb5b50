import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CheckinActionInput } from "../../../../shared/activities/checkin/index.js";
import { FEELINGS, GRID_QUADRANTS, STRENGTHS, TAKEAWAYS, type FeelingId } from "../../../../shared/content/feelings.js";
import { Face } from "../../ui/Face.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { readingLevel } from "./feeling-labels.js";

const MORE_MAX = 280;

export default function CheckinTablet({ view, act, settings }: TabletViewProps<"checkin">) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const level = readingLevel(settings.ageBand);
  const prompt = t(`checkin.prompt.${view.moment}.${level}`);
  const mine = view.mine;
  const closed = view.phase !== "open";

  const send = async (action: CheckinActionInput) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
    return ack.ok;
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
          {view.tool === "faces" && <FacesTool view={view} send={send} />}
          {view.tool === "thermometer" && <ThermometerTool view={view} level={level} send={send} />}
          {view.tool === "grid" && <GridTool view={view} level={level} send={send} />}
          <div className="row">
            <button type="button" className="pass-button" aria-pressed={mine?.kind === "unsure"} onClick={() => void send({ type: "unsure" })}>
              {t("checkin.unsure")}
            </button>
            <button type="button" className="pass-button" aria-pressed={mine?.kind === "pass"} onClick={() => void send({ type: "pass" })}>
              {t("common.pass")}
            </button>
          </div>
          {view.moment === "checkout" && (
            <fieldset className="choice-group">
              <legend>{t("checkin.takeaway.legend")}</legend>
              <div className="takeaway-grid">
                {TAKEAWAYS.map((id) => (
                  <button key={id} type="button" className="takeaway-button" aria-pressed={view.takeaway === id} onClick={() => void send({ type: "takeaway", id })}>
                    {t(`checkin.takeaway.items.${id}`)}
                  </button>
                ))}
              </div>
            </fieldset>
          )}
        </>
      )}
      {mine && !closed && (
        <p className="calm-note" role="status">
          {mine.kind === "pass" ? t("common.passed") : mine.kind === "unsure" ? t("checkin.unsureSaid") : t("checkin.thanks")}
        </p>
      )}
      {view.askMore && mine && mine.kind !== "pass" && <SayMore sent={view.moreSent} send={send} />}
      <ErrorNote code={error} />
    </section>
  );
}

type ToolProps = Pick<TabletViewProps<"checkin">, "view"> & { send: (a: CheckinActionInput) => Promise<boolean> };

function FacesTool({ view, send }: ToolProps) {
  const { t } = useTranslation();
  const mine = view.mine;
  const chosen: FeelingId | null = mine?.kind === "feeling" ? mine.feeling : null;
  return (
    <>
      <fieldset className="choice-group">
        <legend>{t("checkin.pickFeeling")}</legend>
        <div className="feeling-grid">
          {FEELINGS.map((f) => (
            <button key={f.id} type="button" className="feeling-button" aria-pressed={chosen === f.id} onClick={() => void send({ type: "answer", feeling: f.id })}>
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
    </>
  );
}

function ThermometerTool({ view, level, send }: ToolProps & { level: string }) {
  const { t } = useTranslation();
  const value = view.mine?.kind === "thermometer" ? view.mine.value : null;
  return (
    <fieldset className="choice-group">
      <legend>{t(`checkin.thermometer.legend.${level}`)}</legend>
      <div className="thermometer" role="group">
        {Array.from({ length: 11 }, (_, v) => (
          <button
            key={v}
            type="button"
            className="thermo-button"
            aria-pressed={value === v}
            aria-label={t("checkin.thermometer.value", { value: v })}
            onClick={() => void send({ type: "thermometer", value: v })}
          >
            {v}
          </button>
        ))}
      </div>
      <div className="thermo-anchors">
        <span>
          <Face shape="sad" colour="#8aa1b1" size={36} /> {t("checkin.thermometer.low")}
        </span>
        <span>
          {t("checkin.thermometer.high")} <Face shape="smile" colour="#f2c94c" size={36} />
        </span>
      </div>
    </fieldset>
  );
}

function GridTool({ view, level, send }: ToolProps & { level: string }) {
  const { t } = useTranslation();
  const word = view.mine?.kind === "grid" ? view.mine.word : null;
  return (
    <fieldset className="choice-group">
      <legend>{t(`checkin.grid.legend.${level}`)}</legend>
      <p className="hint">{t("checkin.grid.note")}</p>
      <div className="feeling-map">
        {GRID_QUADRANTS.map((q) => (
          <div key={q.id} className={`quadrant quadrant-${q.id}`}>
            <h2 className="quadrant-title">{t(`checkin.grid.quadrants.${q.id}`)}</h2>
            <div className="quadrant-words">
              {q.words.map((w) => (
                <button key={w} type="button" className="word-button" aria-pressed={word === w} onClick={() => void send({ type: "grid", word: w })}>
                  {t(`checkin.grid.words.${w}`)}
                </button>
              ))}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function SayMore({ sent, send }: { sent: boolean; send: (a: CheckinActionInput) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const length = [...text].length;
  return (
    <form
      className="say-more"
      onSubmit={async (e) => {
        e.preventDefault();
        if (text.trim() && (await send({ type: "more", text }))) setText("");
      }}
    >
      <label htmlFor="say-more">{t("checkin.more.label")}</label>
      <textarea id="say-more" value={text} maxLength={MORE_MAX} rows={2} onChange={(e) => setText(e.target.value)} aria-describedby="say-more-count" />
      <div className="row spread">
        <span id="say-more-count" className="hint">{length} / {MORE_MAX}</span>
        <button type="submit" className="button" disabled={!text.trim()}>
          {t("checkin.more.send")}
        </button>
      </div>
      {sent && <p className="calm-note" role="status">{t("checkin.more.sent")}</p>}
    </form>
  );
}
