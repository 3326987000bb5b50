/**
 * The live console for one room. Private parts (per-seat answers, help alerts
 * with avatars) stay behind a privacy curtain that starts closed, because the
 * console is often on a laptop mirrored to the projector.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Ack, HostView, RoomSummary } from "../../../shared/protocol.js";
import { roomAudience, type AgeBand, type Language } from "../../../shared/room/types.js";
import { AudienceContext } from "../i18n/audience.js";
import { startChoices } from "./start-choices.js";
import { ActivityView } from "../activities/ActivityView.js";
import type { RoomConnection } from "../sdk/connection.js";
import { useConnection } from "../sdk/useConnection.js";
import { Avatar, useAvatarLabel } from "../ui/Avatar.js";
import { ConfirmButton } from "../ui/ConfirmButton.js";
import { ConnectionBadge } from "../ui/ConnectionBadge.js";
import { ErrorNote } from "../ui/ErrorNote.js";
import { JoinScreenToggle } from "./JoinScreenToggle.js";
import { ConsolePrefsPanel } from "./ConsolePrefs.js";
import { EndSessionButton } from "./EndSession.js";
import { ReadAllToggle } from "./ReadAllToggle.js";
import { NextActivity } from "./NextActivity.js";
import { responseCount } from "./response-count.js";
import { runningNameKey } from "./running-name.js";
import { CalmTools, GoalTools } from "./RoomTools.js";
import { Icon } from "../ui/Icon.js";
import { SafeguardingStrip } from "./SafeguardingStrip.js";
import { HandsPanel } from "./HandsPanel.js";
import { AgendaBar } from "./agenda/AgendaBar.js";
import { GroupMemory } from "./GroupMemory.js";
import { roomPagePath } from "../../../shared/routing.js";

export function Console({ room, onLeave }: { room: RoomSummary; onLeave: () => void }) {
  const { t } = useTranslation();
  const { conn, snap } = useConnection<HostView>(room.hostToken);
  const [curtainOpen, setCurtainOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const view = snap?.envelope?.view ?? null;

  // Every host action's acknowledgement lands here, so a refusal (a stale seat, a bad setting, a
  // lost connection) is shown to the leader instead of silently doing nothing.
  const run = async (p: Promise<Ack> | undefined) => {
    const ack = await p;
    setError(ack && !ack.ok ? ack.code : null);
  };
  const report: Report = (p) => void run(p);

  if (snap?.closed) {
    return (
      <main className="host-page narrow">
        <h1>{t("join.endedTitle")}</h1>
        <button type="button" className="button button-primary" onClick={onLeave}>{t("common.back")}</button>
      </main>
    );
  }

  return (
    <AudienceContext.Provider value={view ? roomAudience(view.settings) : "barn"}>
    <div className="host-shell">
      {view && conn && <SafeguardingStrip view={view} conn={conn} />}
      <header className="host-header">
        <div className="row">
          <button type="button" className="button" onClick={onLeave}>{t("common.back")}</button>
          <h1>{t("host.room", { code: room.code })}</h1>
          {view && roomAudience(view.settings) === "voksne" && <span className="audience-badge">{t("voksne.console.badge")}</span>}
          <ConnectionBadge status={snap?.status ?? "connecting"} />
        </div>
        <div className="row">
          <button type="button" className="button" aria-pressed={curtainOpen} onClick={() => setCurtainOpen((o) => !o)}>
            <Icon name={curtainOpen ? "eye" : "lock"} />
            {curtainOpen ? t("host.curtainOpen") : t("host.curtainClosed")}
          </button>
          {view && (
            <button type="button" className="button" aria-pressed={view.locked} onClick={() => void run(conn?.send("room:lock", { locked: !view.locked }))}>
              {view.locked ? t("host.unlock") : t("host.lock")}
            </button>
          )}
          <EndSessionButton view={view} onEnd={() => void run(conn?.send("room:end", {}))} />
        </div>
      </header>
      <ErrorNote code={error} />
      {view && conn && <AgendaBar view={view} conn={conn} curtainOpen={curtainOpen} />}
      {view && conn && (
        <div className="host-grid">
          {/* The running activity first: what the leader acts on is never below a long list. */}
          <ActivityArea view={view} conn={conn} curtainOpen={curtainOpen} onError={setError} />
          <HandsPanel view={view} conn={conn} curtainOpen={curtainOpen} report={report} />
          <section className="panel" aria-labelledby="pairing-title">
            <h2 id="pairing-title">{t("host.roomCode")}: <span className="room-code-small">{view.code}</span></h2>
            <p>
              <a className="button" href={`${roomPagePath(room.code, "screen")}#t=${encodeURIComponent(room.screenToken)}`} target="_blank" rel="noopener">
                {t("host.openScreen")}
              </a>
            </p>
            <p className="hint">{t("host.screenLinkHelp")}</p>
            <p>{t("host.joinUrl")}: <code>{view.joinUrl}</code></p>
            {view.locked && <p className="calm-note">{t("host.lockedNote")}</p>}
            <JoinScreenToggle view={view} conn={conn} />
          </section>
          <SeatList view={view} conn={conn} report={report} />
          <CalmTools view={view} conn={conn} />
          <GoalTools view={view} conn={conn} />
          <GroupMemory view={view} conn={conn} />
          <Settings view={view} conn={conn} report={report} />
          <ConsolePrefsPanel />
        </div>
      )}
      {!curtainOpen && <p className="hint curtain-note">{t("host.curtainNote")}</p>}
    </div>
    </AudienceContext.Provider>
  );
}

/** Shows the outcome of a host action to the leader (the error line at the top of the console). */
type Report = (ack: Promise<Ack> | undefined) => void;

function SeatList({ view, conn, report }: { view: HostView; conn: RoomConnection<HostView>; report: Report }) {
  const { t } = useTranslation();
  const label = useAvatarLabel();
  return (
    <section className="panel" aria-labelledby="seats-title">
      <h2 id="seats-title">{t("host.seats")} ({view.seats.filter((s) => s.presence !== "left").length})</h2>
      {view.seats.length === 0 && <p>{t("host.noSeats")}</p>}
      <ul className="seat-list">
        {view.seats.map((s) => (
          <li key={s.seatId} className={`presence-${s.presence}`}>
            <Avatar avatar={s.avatar} size="sm" />
            <span className="presence">{t(`host.presence.${s.presence}`)}</span>
            <ConfirmButton
              className="button button-small"
              label={<>{t("host.kick")}<span className="visually-hidden"> {label(s.avatar)}</span></>}
              question={t("host.kickConfirm", { avatar: label(s.avatar) })}
              onConfirm={() => report(conn.send("seat:kick", { seatId: s.seatId }))}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActivityArea(props: { view: HostView; conn: RoomConnection<HostView>; curtainOpen: boolean; onError: (code: string | null) => void }) {
  const { t } = useTranslation();
  const audience = roomAudience(props.view.settings);
  const { view, conn } = props;
  const running = view.activity;
  if (running) {
    const responses = responseCount(running);
    return (
      <section className="panel activity-panel" aria-labelledby="activity-title">
        <div className="row spread activity-head">
          <h2 id="activity-title">{t("host.running")}: {t(runningNameKey(running), { defaultValue: running.kind })}</h2>
          {responses !== null && <p className="response-count" aria-live="polite">{t("host.responses", { count: responses })}</p>}
          <NextActivity view={view} conn={conn} onError={props.onError} />
          <button type="button" className="button" onClick={async () => {
            const ack = await conn.send("activity:stop", { activityId: running.id });
            props.onError(ack.ok ? null : ack.code);
          }}>
            {t("host.stop")}
          </button>
        </div>
        <ActivityView
          surface="host"
          envelope={running}
          seats={view.seats}
          settings={view.settings}
          curtainOpen={props.curtainOpen}
          serverNow={conn.serverNow}
          act={(action) => conn.send("activity:act", { activityId: running.id, action })}
        />
      </section>
    );
  }
  return (
    <section className="panel activity-panel" aria-labelledby="activities-title">
      <h2 id="activities-title">{t("host.activities")}</h2>
      {audience === "voksne" && <p className="calm-note audience-note">{t("voksne.console.hint")}</p>}
      <ul className="preset-list">
        {startChoices(audience).map((choice) => (
          <li key={choice.labelKey}>
            <div>
              <strong>{t(`${choice.labelKey}.name`)}</strong>
              <p className="hint">{t(`${choice.labelKey}.description`)}</p>
            </div>
            <button type="button" className="button button-primary" onClick={async () => {
              const ack = await conn.send("activity:start", { kind: choice.kind, config: choice.config });
              props.onError(ack.ok ? null : ack.code);
            }}>
              {t("host.start")} <span className="visually-hidden">{t(`${choice.labelKey}.name`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Settings({ view, conn, report }: { view: HostView; conn: RoomConnection<HostView>; report: Report }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="settings-title">
      <h2 id="settings-title">{t("host.settings")}</h2>
      <div className="stack">
        <label htmlFor="setting-k">{t("host.kLabel")}</label>
        <select id="setting-k" value={view.settings.k} onChange={(e) => report(conn.send("room:configure", { k: Number(e.target.value) }))}>
          {[2, 3, 4, 5, 6].map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
        <label htmlFor="setting-age">{t("host.ageBand")}</label>
        <select id="setting-age" value={view.settings.ageBand} onChange={(e) => report(conn.send("room:configure", { ageBand: e.target.value as AgeBand }))}>
          {(["8-10", "11+"] as const).map((a) => <option key={a} value={a}>{t(`host.ageBands.${a}`)}</option>)}
        </select>
        <label htmlFor="setting-lang">{t("common.language")}</label>
        <select id="setting-lang" value={view.settings.language} onChange={(e) => report(conn.send("room:configure", { language: e.target.value as Language }))}>
          {(["nb", "nn", "en"] as const).map((l) => <option key={l} value={l}>{t(`common.languages.${l}`)}</option>)}
        </select>
        <ReadAllToggle view={view} conn={conn} />
      </div>
    </section>
  );
}
