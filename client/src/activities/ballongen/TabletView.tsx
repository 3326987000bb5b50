import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { TabletPhase, WatchButton, WatchingPanel } from "../../games/GameUi.js";
import { BreathGuide } from "../../ui/BreathGuide.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { Icon } from "../../ui/Icon.js";

/** While held, a sample every HEARTBEAT_MS keeps the hold alive on the server (it counts a silent hold as let go). */
const HEARTBEAT_MS = 200;

export default function BallongenTablet({ view, act, input, serverNow, suspended }: TabletViewProps<"ballongen">) {
  const { t } = useTranslation();
  const [holding, setHolding] = useState(false);
  const [toggleMode, setToggleMode] = useState(false);
  const running = view.phase === "running" && !suspended && !view.watching;
  // The latest send function, without restarting the hold when the parent re-renders.
  const send = useRef(input);
  send.current = input;

  useEffect(() => {
    if (!holding || !running) return;
    send.current({ holding: true });
    const timer = setInterval(() => send.current({ holding: true }), HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      send.current({ holding: false });
    };
  }, [holding, running]);

  useEffect(() => {
    if (!running) setHolding(false);
  }, [running]);

  const onKey = (down: boolean) => (e: KeyboardEvent) => {
    if (e.key !== " " && e.key !== "Enter") return;
    e.preventDefault();
    if (toggleMode) {
      if (down && !e.repeat) setHolding((h) => !h);
    } else if (!e.repeat || !down) setHolding(down);
  };

  return (
    <section className="tablet-activity game-tablet ballongen-tablet" aria-labelledby="ballongen-title">
      <div className="prompt-row">
        <h1 id="ballongen-title">{t("ballongen.title")}</h1>
        <ReadAloud text={t("ballongen.holdHelp")} />
      </div>
      {view.watching ? (
        <WatchingPanel act={act} />
      ) : view.phase !== "running" ? (
        <TabletPhase round={view} />
      ) : (
        <>
          <p className="calm-note">{t("ballongen.holdHelp")}</p>
          <div className="ballongen-play">
            <BreathGuide rhythm={view.rhythm} serverNow={serverNow} size="md" words={{ in: t("ballongen.words.in"), out: t("ballongen.words.out") }} />
            <button
              type="button"
              className={`hold-button${holding ? " hold-on" : ""}`}
              aria-pressed={holding}
              onPointerDown={(e) => {
                if (toggleMode) return;
                e.currentTarget.setPointerCapture?.(e.pointerId);
                setHolding(true);
              }}
              onPointerUp={() => !toggleMode && setHolding(false)}
              onPointerCancel={() => !toggleMode && setHolding(false)}
              onLostPointerCapture={() => !toggleMode && setHolding(false)}
              onClick={() => toggleMode && setHolding((h) => !h)}
              onKeyDown={onKey(true)}
              onKeyUp={onKey(false)}
              onContextMenu={(e) => e.preventDefault()}
              onBlur={() => setHolding(false)}
            >
              <span aria-hidden="true" className="hold-icon"><Icon name="balloon" /></span>
              <span>{holding ? t("ballongen.holding") : t("ballongen.hold")}</span>
            </button>
          </div>
          {view.hint && <p className="hint-box">{t("ballongen.hint")}</p>}
          <label className="check toggle-mode">
            <input type="checkbox" checked={toggleMode} onChange={(e) => { setToggleMode(e.target.checked); setHolding(false); }} />
            {t("ballongen.toggleMode")}
          </label>
          <WatchButton act={act} />
        </>
      )}
    </section>
  );
}
