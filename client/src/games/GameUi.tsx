/**
 * Building blocks every cooperative game's views share: the host's round
 * controls (pause, easier/harder, hint, the soft "almost", try again, a new
 * round, and the debrief prompt), the calm phase banner on the projector and
 * the tablet's words for a paused or finished round. No scores, no timers.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Ack } from "../../../shared/protocol.js";
import type { GameHostAction, RoundView } from "../../../shared/games/round.js";
import { MAX_LEVEL, MIN_LEVEL } from "../../../shared/games/round.js";
import { ReadAloud } from "../ui/ReadAloud.js";

export function GameControls(props: {
  round: RoundView;
  act: (action: GameHostAction) => Promise<Ack>;
  levels: boolean;
  rounds: boolean;
  /** Extra controls of the game, shown while it runs. */
  children?: ReactNode;
  successes?: number;
  /** How many tablets chose "Jeg ser på" (the host only ever sees how many). */
  watchers?: number;
}) {
  const { t } = useTranslation();
  const { round, act } = props;
  const send = (a: GameHostAction) => void act(a);
  return (
    <div className="game-controls">
      <p className="game-status">
        <strong>{t("games.statusLabel")}:</strong> {t(`games.status.${round.phase}`)}
        {props.levels && <> · {t("games.level", { level: round.level })}</>}
        {props.successes !== undefined && props.successes > 0 && <> · {t("games.successes", { count: props.successes })}</>}
        {props.watchers !== undefined && props.watchers > 0 && <> · {t("games.watch.hostCount", { count: props.watchers })}</>}
      </p>
      <div className="row">
        {round.phase === "running" && (
          <button type="button" className="button" onClick={() => send({ type: "pause" })}>
            <span aria-hidden="true">⏸ </span>{t("games.pause")}
          </button>
        )}
        {round.phase === "paused" && (
          <button type="button" className="button button-primary" onClick={() => send({ type: "resume" })}>
            <span aria-hidden="true">▶ </span>{t("games.resume")}
          </button>
        )}
        {props.levels && (round.phase === "running" || round.phase === "paused") && (
          <>
            <button type="button" className="button" disabled={round.level <= MIN_LEVEL} onClick={() => send({ type: "easier" })}>
              {t("games.easier")}
            </button>
            <button type="button" className="button" disabled={round.level >= MAX_LEVEL} onClick={() => send({ type: "harder" })}>
              {t("games.harder")}
            </button>
          </>
        )}
        {round.phase === "running" && (
          <button type="button" className="button" aria-pressed={round.hint} onClick={() => send({ type: "hint", on: !round.hint })}>
            {t("games.hint")}
          </button>
        )}
        {props.rounds && (round.phase === "running" || round.phase === "paused") && (
          <button type="button" className="button" onClick={() => send({ type: "almost" })}>
            {t("games.almostButton")}
          </button>
        )}
        {props.rounds && round.phase === "almost" && (
          <button type="button" className="button button-primary" onClick={() => send({ type: "tryAgain" })}>
            {t("games.tryAgain")}
          </button>
        )}
        {props.rounds && (round.phase === "almost" || round.phase === "success") && (
          <button type="button" className="button" onClick={() => send({ type: "newRound" })}>
            {t("games.newRound")}
          </button>
        )}
      </div>
      {props.children}
      {round.phase === "success" && (
        <section className="debrief" aria-labelledby="debrief-title">
          <h3 id="debrief-title">{t("games.debriefTitle")}</h3>
          <p className="debrief-question">{t("games.debrief")}</p>
          <p className="hint">{t("games.debriefMore")}</p>
        </section>
      )}
      <p className="hint">{t("games.noScores")}</p>
    </div>
  );
}

/**
 * The projector's words for a round that is not simply running, in place of
 * the game's help line (never over the picture). Calm colours, no flashing.
 */
export function PhaseBanner({ round, success }: { round: RoundView; success?: string }) {
  const { t } = useTranslation();
  if (round.phase === "running") return null;
  const text = round.phase === "success" ? (success ?? t("games.success")) : round.phase === "almost" ? t("games.almost") : t("games.paused");
  const icon = round.phase === "success" ? "★" : round.phase === "almost" ? "↻" : "⏸";
  return (
    <div className={`phase-banner phase-${round.phase}`} role="status">
      <span className="phase-icon" aria-hidden="true">{icon}</span>
      <div>
        <p className="phase-text">{text}</p>
        {round.phase === "almost" && <p className="phase-more">{t("games.almostMore")}</p>}
        {round.phase === "success" && <p className="phase-more">{t("games.debrief")}</p>}
      </div>
    </div>
  );
}

/** A game's heading on the projector, with its help line, or the round's words when it is not running. */
export function GameHead(props: { id: string; title: string; help: string; round: RoundView; success?: string }) {
  return (
    <div className="game-head">
      <h1 id={props.id}>{props.title}</h1>
      {props.round.phase === "running" ? (
        <p className="screen-note game-help">{props.help}</p>
      ) : (
        <PhaseBanner round={props.round} success={props.success} />
      )}
    </div>
  );
}

/** The tablet's words while the round is paused, softly over, or done. */
export function TabletPhase({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  if (round.phase === "running") return null;
  const text = round.phase === "success" ? t("games.success") : round.phase === "almost" ? t("games.almost") : t("games.pausedTablet");
  return (
    <div className={`tablet-phase phase-${round.phase}`} role="status">
      <p className="phase-text">{text}</p>
      {round.phase !== "paused" && <p className="calm-note">{t("games.lookAtScreen")}</p>}
      <ReadAloud text={text} withOptions={false} />
    </div>
  );
}

/**
 * "Jeg ser på" on a game's tablet (docs/rules.md, "Watching is a first-class way to take part"): a calm way to step
 * out that never slows the group, and "Bli med igjen" to come back. Shown in
 * every game; the server sizes the goal for who takes part.
 */
export function WatchButton({ act }: { act: (action: { type: "watch"; on: boolean }) => Promise<Ack> }) {
  const { t } = useTranslation();
  return (
    <div className="watch-row">
      <button type="button" className="button watch-button" onClick={() => void act({ type: "watch", on: true })}>
        <svg className="watch-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
          <path d="M2 12 C5 6.5 8.5 4.5 12 4.5 S19 6.5 22 12 C19 17.5 15.5 19.5 12 19.5 S5 17.5 2 12 Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <circle cx="12" cy="12" r="3.5" fill="currentColor" />
        </svg>
        {t("games.watch.button")}
      </button>
      <p className="hint">{t("games.watch.help")}</p>
    </div>
  );
}

/** What a watching tablet shows instead of the game: it is fine, the group goes on, and the way back. */
export function WatchingPanel({ act }: { act: (action: { type: "watch"; on: boolean }) => Promise<Ack> }) {
  const { t } = useTranslation();
  const text = `${t("games.watch.on")} ${t("games.watch.onMore")}`;
  return (
    <div className="watching-panel" role="status">
      <svg className="watching-art" viewBox="0 0 120 80" width="120" height="80" aria-hidden="true" focusable="false">
        <ellipse cx="60" cy="40" rx="54" ry="30" fill="#eaf3ee" stroke="#2f6b4f" strokeWidth="3" />
        <circle cx="60" cy="40" r="14" fill="#2f6b4f" />
        <circle cx="65" cy="35" r="4" fill="#ffffff" />
      </svg>
      <p className="phase-text">{t("games.watch.on")}</p>
      <p className="calm-note">{t("games.watch.onMore")}</p>
      <ReadAloud text={text} withOptions={false} />
      <button type="button" className="button button-primary watch-back" onClick={() => void act({ type: "watch", on: false })}>
        {t("games.watch.back")}
      </button>
    </div>
  );
}
