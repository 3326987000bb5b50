/**
 * The child's tablet: code → avatar → the room. One thing at a time, big
 * targets, calm words, and the "talk to an adult" button on every screen once
 * in a room. The seat token is kept only while the room lives.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JoinClaimed, JoinStatus, SeatView } from "../../../shared/protocol.js";
import type { AvatarId } from "../../../shared/room/types.js";
import { ActivityView, hasActivityView } from "../activities/ActivityView.js";
import { setAudience, setLanguage } from "../i18n/index.js";
import { AudienceContext, useAudienceT } from "../i18n/audience.js";
import { api, ApiError } from "../sdk/api.js";
import { clearSeat, loadSeat, saveSeat, type StoredSeat } from "../sdk/seat-storage.js";
import { useConnection } from "../sdk/useConnection.js";
import { Avatar } from "../ui/Avatar.js";
import { ConnectionBadge } from "../ui/ConnectionBadge.js";
import { ErrorNote } from "../ui/ErrorNote.js";
import { HelpButton } from "../ui/HelpButton.js";
import { useHelpRequest } from "./help-request.js";
import { ReadAllContext } from "../ui/ReadAloud.js";
import { CalmOverlay, useCalm } from "../room/calm.js";
import { CelebrationView } from "../room/goal.js";
import { DisplaySettings } from "./DisplaySettings.js";
import { HandButton } from "./HandButton.js";
import { roomCodeOfPath, roomPagePath } from "../../../shared/routing.js";

type Stage =
  | { name: "code"; error: string | null }
  | { name: "avatar"; status: JoinStatus; error: string | null }
  | { name: "seat"; seat: StoredSeat }
  | { name: "closed"; reason: "ended" | "kicked" };

function initialStage(): Stage {
  const seat = loadSeat();
  return seat ? { name: "seat", seat } : { name: "code", error: null };
}

export function JoinApp() {
  const [stage, setStage] = useState<Stage>(initialStage);
  const lookUp = async (code: string) => {
    try {
      // Written as the server writes codes, so a proxy hashing on the path sends it where the room is.
      const status = await api<JoinStatus>("GET", `/api/join/${encodeURIComponent(code.replace(/\s+/g, "").toUpperCase())}`);
      setLanguage(status.language);
      setAudience(status.audience);
      // The room's own page (/r/<code>/join), so a reload on the avatar picker comes back to it.
      history.replaceState(null, "", roomPagePath(status.code, "join"));
      if (status.locked) setStage({ name: "code", error: "ROOM_LOCKED" });
      else setStage({ name: "avatar", status, error: null });
    } catch (e) {
      setStage({ name: "code", error: e instanceof ApiError ? e.code : "NETWORK" });
    }
  };

  useEffect(() => {
    const code = roomCodeOfPath(location.pathname) ?? new URLSearchParams(location.search).get("code");
    if (code && stage.name === "code" && !loadSeat()) void lookUp(code);
    // Only on first load: the code in the QR code's address (/r/<code>/join; ?code= from before).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  switch (stage.name) {
    case "code":
      return <CodeEntry error={stage.error} onCode={lookUp} />;
    case "avatar":
      return (
        <AudienceContext.Provider value={stage.status.audience}>
        <AvatarPicker
          status={stage.status}
          error={stage.error}
          onPick={async (avatar) => {
            try {
              const claim = await api<JoinClaimed>("POST", `/api/join/${stage.status.code}`, { avatar });
              const seat = { code: stage.status.code, token: claim.token, seatId: claim.seatId, avatar: claim.avatar };
              saveSeat(seat);
              setStage({ name: "seat", seat });
            } catch (e) {
              const code = e instanceof ApiError ? e.code : "NETWORK";
              if (code === "AVATAR_TAKEN") return lookUp(stage.status.code).then(() => setStage((s) => (s.name === "avatar" ? { ...s, error: code } : s)));
              setStage({ ...stage, error: code });
            }
          }}
        />
        </AudienceContext.Provider>
      );
    case "seat":
      return <SeatScreen seat={stage.seat} onClosed={(reason) => setStage({ name: "closed", reason })} />;
    case "closed":
      return <ClosedScreen reason={stage.reason} onRestart={() => setStage({ name: "code", error: null })} />;
  }
}

function CodeEntry({ error, onCode }: { error: string | null; onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  return (
    <main className="tablet-page">
      <div className="tablet-top-tools">
        <DisplaySettings />
      </div>
      <h1>{t("join.title")}</h1>
      <form
        className="code-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) onCode(code.trim().toUpperCase());
        }}
      >
        <label htmlFor="room-code">{t("join.codeLabel")}</label>
        <input
          id="room-code"
          className="code-input"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          maxLength={7}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="room-code-hint"
        />
        <p id="room-code-hint" className="hint">{t("join.codeHint")}</p>
        <button type="submit" className="button button-primary button-big">
          {t("join.next")}
        </button>
      </form>
      <ErrorNote code={error} />
      <p className="privacy-note">{t("join.privacy")}</p>
    </main>
  );
}

function AvatarPicker({ status, error, onPick }: { status: JoinStatus; error: string | null; onPick: (a: AvatarId) => void }) {
  const t = useAudienceT();
  const [busy, setBusy] = useState(false);
  return (
    <main className="tablet-page">
      <div className="tablet-top-tools">
        <DisplaySettings />
      </div>
      <h1>{t("join.pickAvatar")}</h1>
      <p>{t("join.pickAvatarHint")}</p>
      <ErrorNote code={error} />
      <ul className="avatar-grid">
        {status.availableAvatars.map((avatar) => (
          <li key={avatar}>
            <button
              type="button"
              className="avatar-button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                await onPick(avatar);
                setBusy(false);
              }}
            >
              <Avatar avatar={avatar} size="lg" />
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

function SeatScreen({ seat, onClosed }: { seat: StoredSeat; onClosed: (reason: "ended" | "kicked") => void }) {
  const { t } = useTranslation();
  const { conn, snap } = useConnection<SeatView>(seat.token);
  const view = snap?.envelope?.view ?? null;

  useEffect(() => {
    if (view) setLanguage(view.settings.language);
  }, [view?.settings.language]);
  const audience = view?.settings.audience ?? "barn";
  useEffect(() => setAudience(audience), [audience]);

  useEffect(() => {
    const closed = snap?.closed;
    if (!closed || closed === "CLIENT_TOO_OLD") return;
    // The room is over for this tablet: leave nothing behind for the next child.
    clearSeat();
    history.replaceState(null, "", "/join");
    onClosed(closed === "kicked" || closed === "KICKED" ? "kicked" : "ended");
  }, [snap?.closed]);

  if (snap?.closed === "CLIENT_TOO_OLD") {
    return (
      <main className="tablet-page">
        <h1>{t("join.tooOld")}</h1>
        <button type="button" className="button button-primary button-big" onClick={() => location.reload()}>
          {t("join.reload")}
        </button>
      </main>
    );
  }

  const running = view?.activity ?? null;
  return (
    <AudienceContext.Provider value={audience}>
      <SeatShell seat={seat} snap={snap} conn={conn} running={running} />
    </AudienceContext.Provider>
  );
}

/** The room on a tablet: the activity, with the calm-down over it when on, and the help button always. */
function SeatShell({
  seat,
  snap,
  conn,
  running,
}: {
  seat: StoredSeat;
  snap: ReturnType<typeof useConnection<SeatView>>["snap"];
  conn: ReturnType<typeof useConnection<SeatView>>["conn"];
  running: SeatView["activity"];
}) {
  const t = useAudienceT();
  const view = snap?.envelope?.view ?? null;
  const serverNow = conn ? conn.serverNow : Date.now;
  const calm = useCalm(view?.calm ?? null, serverNow);
  const help = useHelpRequest(conn, view?.helpPending ?? false, snap?.status === "connected");
  return (
    <ReadAllContext.Provider value={view?.settings.readAloud === true}>
    <div className="tablet-shell">
      <header className="tablet-header">
        <span>
          <span className="visually-hidden">{t("join.you")} </span>
          <Avatar avatar={seat.avatar} />
        </span>
        <span className="tablet-header-side">
          <DisplaySettings />
          <ConnectionBadge status={snap?.status ?? "connecting"} />
        </span>
      </header>
      <main className="tablet-page">
        {!calm && <HandButton conn={conn} raised={view?.handRaised ?? false} connected={snap?.status === "connected"} />}
        {calm && <CalmOverlay calm={calm} serverNow={serverNow} variant="tablet" />}
        {view?.goal.celebration && !calm && <CelebrationView goal={view.goal} variant="tablet" />}
        {/* Kept mounted under the calm-down, so everyone is back exactly where they were. */}
        <div hidden={calm !== null}>
          {running && hasActivityView(running) && conn ? (
            <ActivityView
                surface="tablet"
                envelope={running}
                settings={view!.settings}
                act={(action) => conn.send("activity:act", { activityId: running.id, action })}
                input={(input) => conn.input(running.id, input)}
                serverNow={serverNow}
                suspended={calm !== null}
              />
          ) : (
            <section className="lobby">
              <h1>{view?.started ? t("join.betweenTitle") : t("join.lobby")}</h1>
              <p className="calm-note">{view?.started ? t("join.between") : t("join.lobbyWait")}</p>
              <p className="privacy-note">{t("join.privacy")}</p>
            </section>
          )}
        </div>
      </main>
      <footer className="tablet-footer">
        <HelpButton help={help} />
      </footer>
    </div>
    </ReadAllContext.Provider>
  );
}

function ClosedScreen({ reason, onRestart }: { reason: "ended" | "kicked"; onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="tablet-page closed-page">
      <h1>{reason === "kicked" ? t("join.kickedTitle") : t("join.endedTitle")}</h1>
      <p>{reason === "kicked" ? t("join.kickedText") : t("join.endedText")}</p>
      <button
        type="button"
        className="button button-primary button-big"
        onClick={() => {
          history.replaceState(null, "", "/join");
          onRestart();
        }}
      >
        {t("join.startAgain")}
      </button>
    </main>
  );
}
