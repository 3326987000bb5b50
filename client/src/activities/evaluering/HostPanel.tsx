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
        {view.rows.map((row) => (
          <li key={row.statement} className="stack">
            <strong>{t(`evaluering.statements.${row.statement}`)}</strong>
            {curtainOpen && <p className="private">{t("evaluering.counts", { ...row.counts, passed: row.passed })}</p>}
            <GroupPictureView picture={row.picture} size="panel" labelFor={(item) => pictureLabel(t, item)} hiddenText={t("evaluering.tooFew", { k: settings.k })} />
          </li>
        ))}
      </ul>
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
