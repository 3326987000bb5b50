import { useTranslation } from "react-i18next";
import { GameControls } from "../../games/GameUi.js";
import type { HostPanelProps } from "../types.js";
import { Picture } from "./Picture.js";

export default function ByggsammenHost({ view, act }: HostPanelProps<"byggsammen">) {
  const { t } = useTranslation();
  return (
    <div className="host-activity">
      <GameControls round={view} act={act} levels={view.motif === "fyr"} rounds successes={view.successes} watchers={view.watchers}>
        <div className="group-progress">
          <p>{t("byggsammen.hostPlaced", { placed: view.placedCount, total: view.total })}</p>
          {view.undealt > 0 && <p className="hint">{t("byggsammen.hostUndealt", { count: view.undealt })}</p>}
          {view.motif === "fyr" && <p className="hint">{view.ordered ? t("byggsammen.order.ordered") : t("byggsammen.order.free")}</p>}
          <div className="host-picture">
            <Picture motif={view.motif} width={view.width} height={view.height} cells={view.cells} complete={view.done >= 1} label={t("byggsammen.done", { percent: Math.round(view.done * 100) })} />
          </div>
        </div>
      </GameControls>
    </div>
  );
}
