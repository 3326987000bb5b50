/**
 * The projector: read-only. Room code, QR and join URL, then the running
 * activity's shared view. It never receives a seat id or an individual answer.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScreenView } from "../../../shared/protocol.js";
import { ActivityView, hasActivityView } from "../activities/ActivityView.js";
import { setLanguage } from "../i18n/index.js";
import { AudienceContext } from "../i18n/audience.js";
import { roomAudience } from "../../../shared/room/types.js";
import { useConnection } from "../sdk/useConnection.js";
import { Avatar } from "../ui/Avatar.js";
import { ConnectionBadge } from "../ui/ConnectionBadge.js";
import { CalmOverlay, useCalm } from "../room/calm.js";
import { CelebrationView, GoalMeter } from "../room/goal.js";
import { RecapView } from "./RecapView.js";
import { roomCodeOfToken, roomPagePath, typedJoinAddress } from "../../../shared/routing.js";

const KEY = "sammen.screen";

/**
 * The pairing token arrives in the URL fragment (never sent to the server in a request line).
 * The address then names the room (/r/<code>/screen), so a reload goes through a proxy on the room's key.
 */
function readToken(): string | null {
  const match = /(?:^#|&)t=([^&]+)/.exec(location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(KEY, token);
    const code = roomCodeOfToken(token);
    history.replaceState(null, "", code ? roomPagePath(code, "screen") : location.pathname);
  }
  return sessionStorage.getItem(KEY);
}

export function ScreenApp() {
  const { t } = useTranslation();
  const [token] = useState(readToken);
  const { conn, snap } = useConnection<ScreenView>(token);
  const view = snap?.envelope?.view ?? null;
  const serverNow = conn ? conn.serverNow : Date.now;
  const calm = useCalm(view?.calm ?? null, serverNow);

  useEffect(() => {
    if (view) setLanguage(view.settings.language);
  }, [view?.settings.language]);

  useEffect(() => {
    if (snap?.closed) sessionStorage.removeItem(KEY);
  }, [snap?.closed]);

  if (!token) return <main className="screen-page"><p className="screen-note">{t("screen.noToken")}</p></main>;
  if (snap?.closed) return <main className="screen-page"><h1 className="screen-big">{t("screen.ended")}</h1></main>;

  const running = view?.activity ?? null;
  // "Sist gang…" takes the stage; the code stays readable in the corner meanwhile.
  const corner = view?.join === "corner" || view?.recap != null;
  return (
    <AudienceContext.Provider value={view ? roomAudience(view.settings) : "barn"}>
    <div className={corner ? "screen-shell join-is-corner" : "screen-shell"}>
      <header className={corner ? "screen-header screen-header-corner" : "screen-header"}>
        {view && (corner ? <JoinCorner code={view.code} /> : <JoinBox code={view.code} joinUrl={view.joinUrl} />)}
        <div className="screen-header-side">
          {view && (view.goal.lit > 0 || view.goal.celebration) && <GoalMeter goal={view.goal} size={84} className="goal-header" />}
          <ConnectionBadge status={snap?.status ?? "connecting"} />
        </div>
      </header>
      <main className="screen-page">
        {calm && <CalmOverlay calm={calm} serverNow={serverNow} variant="screen" />}
        {view?.goal.celebration && !calm && <CelebrationView goal={view.goal} variant="screen" />}
        {running && hasActivityView(running) && view ? (
          // Kept mounted under the calm-down and the celebration, so the picture comes back as it was.
          <div hidden={calm !== null || view.goal.celebration !== null}>
            <ActivityView surface="screen" envelope={running} settings={view.settings} serverNow={serverNow} />
          </div>
        ) : calm || view?.goal.celebration ? null : view?.recap ? (
          <RecapView recap={view.recap} />
        ) : (
          <section className="lobby" aria-labelledby="screen-welcome">
            <h1 id="screen-welcome" className="screen-big">{view?.started ? t("screen.betweenTitle") : t("screen.welcome")}</h1>
            <p className="screen-note">{view?.started ? t("screen.between") : t("screen.waiting")}</p>
            {view && view.lobbyAvatars.length > 0 && (
              <>
                <h2 className="visually-hidden">{t("screen.here")}</h2>
                <ul className="lobby-avatars">
                  {view.lobbyAvatars.map((a) => (
                    <li key={a}>
                      <Avatar avatar={a} size="lg" />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </main>
    </div>
    </AudienceContext.Provider>
  );
}

/** The way in, big enough to read and scan from the back of the room: QR, address and code. */
function JoinBox({ code, joinUrl }: { code: string; joinUrl: string }) {
  const { t } = useTranslation();
  return (
    <div className="join-box">
      <img className="qr" src={`/api/join/${code}/qr.svg`} alt={t("screen.qrAlt")} width={180} height={180} />
      <div>
        <p className="join-label">{t("screen.joinAt")}</p>
        <p className="join-url">{typedJoinAddress(joinUrl)}</p>
        <p className="join-label">{t("screen.code")}</p>
        <p className="room-code" aria-label={`${t("screen.code")} ${code.split("").join(" ")}`}>{code}</p>
      </div>
    </div>
  );
}

/** Once the room is locked or the session has started: only the code, small, in the corner. */
function JoinCorner({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <p className="join-corner" aria-label={`${t("screen.code")} ${code.split("").join(" ")}`}>
      <span className="join-corner-label">{t("screen.code")}</span> <span className="join-corner-code">{code}</span>
    </p>
  );
}
