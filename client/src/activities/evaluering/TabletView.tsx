/**
 * The child's side: one statement at a time (or the short list), each read aloud with its
 * options, three faces with words and a pass. The child moves on by themselves; there is no
 * clock and nothing says what others answered.
 */
import { useState } from "react";
import "./evaluering.css";
import { useTranslation } from "react-i18next";
import { EVALUATION_SCALE, type StatementId } from "../../../../shared/activities/evaluering/index.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { ScaleFace } from "./ScaleFace.js";

type View = TabletViewProps<"evaluering">["view"];
type Act = TabletViewProps<"evaluering">["act"];

function Statement({ statement, mine, act, headingLevel }: { statement: StatementId; mine: View["mine"][StatementId]; act: Act; headingLevel: "h1" | "h2" }) {
  const { t } = useTranslation();
  const text = t(`evaluering.statements.${statement}`);
  const Heading = headingLevel;
  const id = `evaluering-${statement}`;
  return (
    <section className="evaluering-statement stack" aria-labelledby={id}>
      <div className="prompt-row">
        <Heading id={id}>{text}</Heading>
        <ReadAloud text={text} />
      </div>
      {/* One group per statement, its three words and pass together (read aloud together too). */}
      <div className="stack" role="group" aria-labelledby={id}>
        <div className="feeling-grid">
          {EVALUATION_SCALE.map((answer) => (
            <button key={answer} type="button" className="feeling-button" aria-pressed={mine === answer} onClick={() => void act({ type: "answer", statement, value: answer })}>
              <ScaleFace answer={answer} />
              <span>{t(`evaluering.scale.${answer}`)}</span>
            </button>
          ))}
        </div>
        <div className="row">
          <button type="button" className="pass-button" aria-pressed={mine === "pass"} onClick={() => void act({ type: "pass", statement })}>
            {t("common.pass")}
          </button>
        </div>
      </div>
    </section>
  );
}

export default function EvalueringTablet({ view, act }: TabletViewProps<"evaluering">) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  if (view.phase !== "open") {
    return (
      <section className="tablet-activity">
        <p className="calm-note">{t("evaluering.lookAtScreen")}</p>
      </section>
    );
  }
  const count = view.statements.length;
  const answered = view.statements.filter((s) => view.mine[s] !== undefined).length;
  if (view.layout === "list") {
    return (
      <div className="tablet-activity stack evaluering-list">
        <p className="hint">{t("evaluering.intro")}</p>
        {view.statements.map((s) => <Statement key={s} statement={s} mine={view.mine[s]} act={act} headingLevel="h2" />)}
        {answered === count && <p className="calm-note" role="status">{t("evaluering.allDone")}</p>}
      </div>
    );
  }
  const at = Math.min(index, count);
  if (at === count) {
    return (
      <section className="tablet-activity stack">
        <p className="calm-note" role="status">{t("evaluering.allDone")}</p>
        <div className="row">
          <button type="button" className="button" onClick={() => setIndex(count - 1)}>{t("evaluering.previous")}</button>
        </div>
      </section>
    );
  }
  const statement = view.statements[at];
  const mine = view.mine[statement];
  return (
    <div className="tablet-activity stack">
      <p className="hint">{t("evaluering.step", { n: at + 1, count })}</p>
      <Statement key={statement} statement={statement} mine={mine} act={act} headingLevel="h1" />
      {mine !== undefined && <p className="calm-note" role="status">{mine === "pass" ? t("common.passed") : t("evaluering.thanks")}</p>}
      <div className="row evaluering-nav">
        {at > 0 && <button type="button" className="button" onClick={() => setIndex(at - 1)}>{t("evaluering.previous")}</button>}
        <button type="button" className="button button-primary" onClick={() => setIndex(at + 1)}>{at + 1 === count ? t("evaluering.done") : t("evaluering.next")}</button>
      </div>
    </div>
  );
}
