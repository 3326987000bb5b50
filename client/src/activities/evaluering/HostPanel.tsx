import "./evaluering.css";
import { useTranslation } from "react-i18next";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { HostPanelProps } from "../types.js";
import { pictureLabel } from "./labels.js";

export default function EvalueringHost({ view, act, curtainOpen, settings }: HostPanelProps<"evaluering">) {
  const { t } = useTranslation();
  return (
    <div className="host-activity stack">
      <p className="hint">{t("evaluering.notInstrument")}</p>
      {/* Counts can single a child out on a mirrored screen: only behind an open curtain. */}
      {!curtainOpen && <p className="hint">{t("evaluering.countsHidden")}</p>}
      <p className="hint">{t("evaluering.preview")}</p>
      <ul className="evaluering-host-rows">
        {view.rows.map((row, i) => (
          <li key={row.statement} className="stack" aria-current={view.phase === "shown" && i === view.focus ? "true" : undefined}>
            <strong>{t(`evaluering.statements.${row.statement}`)}</strong>
            {curtainOpen && <p className="private">{t("evaluering.counts", { ...row.counts, passed: row.passed })}</p>}
            <GroupPictureView picture={row.picture} size="panel" labelFor={(item) => pictureLabel(t, item)} hiddenText={t("evaluering.tooFew", { k: settings.k })} />
          </li>
        ))}
      </ul>
      {view.phase === "shown" && (
        <div className="row evaluering-focus" role="group" aria-label={t("evaluering.screenShows", { n: view.focus + 1, count: view.statements.length })}>
          <span>{t("evaluering.screenShows", { n: view.focus + 1, count: view.statements.length })}</span>
          <button type="button" className="button" disabled={view.focus === 0} onClick={() => void act({ type: "focus", index: view.focus - 1 })}>
            {t("evaluering.screenPrevious")}
          </button>
          <button type="button" className="button button-primary" disabled={view.focus >= view.statements.length - 1} onClick={() => void act({ type: "focus", index: view.focus + 1 })}>
            {t("evaluering.screenNext")}
          </button>
        </div>
      )}
      <div className="row">
        {view.phase === "open" ? (
          <button type="button" className="button button-primary" onClick={() => void act({ type: "reveal" })}>
            {t("evaluering.reveal")}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void act({ type: "reopen" })}>
            {t("evaluering.reopen")}
          </button>
        )}
      </div>
    </div>
  );
}
