import { useTranslation } from "react-i18next";
import { GameControls } from "../../games/GameUi.js";
import type { HostPanelProps } from "../types.js";

export default function BallongenHost({ view, act }: HostPanelProps<"ballongen">) {
  const { t } = useTranslation();
  const percent = Math.round(view.progress * 100);
  return (
    <div className="host-activity">
      <GameControls round={view} act={act} levels rounds successes={view.successes} watchers={view.watchers}>
        <div className="group-progress">
          <p>{t("ballongen.hostHeight", { percent })}</p>
          <div className="progress-track" aria-hidden="true">
            <div className="progress-fill" style={{ width: `${percent}%` }} />
          </div>
          <p>{t(`ballongen.lift.${view.lift}`)}</p>
          <p className="hint">{t("ballongen.hostTime", { seconds: view.effectiveSeconds })}</p>
        </div>
      </GameControls>
    </div>
  );
}
