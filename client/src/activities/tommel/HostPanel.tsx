import { useTranslation } from "react-i18next";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { HostPanelProps } from "../types.js";
import { pictureLabel } from "./ScreenView.js";

export default function TommelHost({ view, act, curtainOpen, settings }: HostPanelProps<"tommel">) {
  const { t } = useTranslation();
  return (
    <div className="host-activity stack">
      {/* Counts can single a child out on a mirrored screen: only behind an open curtain. */}
      <p className={curtainOpen ? "private" : "hint"}>{curtainOpen ? t("tommel.counts", { ...view.counts, passed: view.passed }) : t("tommel.countsHidden")}</p>
      <p className="hint">{t("tommel.preview")}</p>
      <GroupPictureView
        picture={view.picture}
        size="panel"
        labelFor={(item) => pictureLabel(t, item)}
        hiddenText={t("tommel.tooFew", { k: settings.k })}
      />
      <div className="row">
        {view.phase === "open" ? (
          <button type="button" className="button button-primary" onClick={() => void act({ type: "reveal" })}>
            {t("tommel.reveal")}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void act({ type: "reopen" })}>
            {t("tommel.reopen")}
          </button>
        )}
      </div>
    </div>
  );
}
