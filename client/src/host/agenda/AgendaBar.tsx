/**
 * The meeting's agenda at the top of the console: where the group is in the
 * plan, the leader's note for this step, "Neste" / "Forrige" (also Alt+→ / Alt+←
 * and a presenter clicker's Page Down / Page Up), a progress line, a soft clock
 * for the leader, and an unplanned step inserted on the spot.
 *
 * The clock is the leader's only: it shows while the privacy curtain is open,
 * so a console mirrored to the projector never puts a timer in front of the
 * children. It never turns red or counts down; over the plan is "helt greit".
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Ack, HostView } from "../../../../shared/protocol.js";
import type { AgendaStep, AgendaView } from "../../../../shared/room/agenda-state.js";
import type { RoomConnection } from "../../sdk/connection.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import "./agenda.css";

/** Unplanned steps a leader can put in at any time: room steps and the two moderated kinds. */
const INSERTABLE: { key: string; step: AgendaStep }[] = [
  { key: "calm", step: { kind: "calm", title: "", config: { pattern: "4-5", cycles: 5 } } },
  { key: "talk", step: { kind: "talk", title: "" } },
  { key: "questionbox", step: { kind: "questionbox", title: "", config: {} } },
  { key: "wordcloud", step: { kind: "wordcloud", title: "", config: {} } },
];

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

function useMinutesSince(since: number | null, serverNow: () => number): number | null {
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), 15_000);
    return () => clearInterval(timer);
  }, [serverNow]);
  useEffect(() => setNow(serverNow()), [since, serverNow]);
  return since === null ? null : Math.max(0, Math.floor((now - since) / 60_000));
}

export function AgendaBar({ view, conn, curtainOpen }: { view: HostView; conn: RoomConnection<HostView>; curtainOpen: boolean }) {
  const agenda = view.agenda;
  if (!agenda || agenda.steps.length === 0) return null;
  return <Agenda agenda={agenda} conn={conn} curtainOpen={curtainOpen} />;
}

function Agenda({ agenda, conn, curtainOpen }: { agenda: AgendaView; conn: RoomConnection<HostView>; curtainOpen: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const { current, steps } = agenda;
  const step = current >= 0 ? steps[current] : null;
  const minutes = useMinutesSince(agenda.stepStartedAt, conn.serverNow);

  const run = async (p: Promise<Ack>) => {
    const ack = await p;
    setError(ack.ok ? null : ack.code);
  };
  const go = (index: number) => {
    if (index < 0 || index >= steps.length) return;
    void run(conn.send("agenda:goto", { index, from: current }));
  };
  const insert = (key: string) => {
    const item = INSERTABLE.find((i) => i.key === key);
    if (!item) return;
    void run(conn.send("agenda:insert", { from: current, step: { ...item.step, title: t(`agenda.kinds.${key}`) } }));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || e.ctrlKey || e.metaKey) return;
      const forward = (e.altKey && e.key === "ArrowRight") || e.key === "PageDown";
      const back = (e.altKey && e.key === "ArrowLeft") || e.key === "PageUp";
      if (!forward && !back) return;
      e.preventDefault();
      go(forward ? current + 1 : current - 1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const planned = step?.minutes;
  return (
    <section className="panel agenda" aria-labelledby="agenda-title">
      <div className="row spread">
        <h2 id="agenda-title">
          {t("agenda.title")}: {agenda.title}
        </h2>
        <p className="agenda-progress-text">
          {current >= 0 ? t("agenda.progress", { n: current + 1, total: steps.length }) : t("agenda.notStarted", { title: steps[0].title })}
        </p>
      </div>
      <ol className="agenda-line" aria-label={t("agenda.title")}>
        {steps.map((s, i) => (
          <li key={i} className={i < current ? "done" : i === current ? "now" : ""} aria-current={i === current ? "step" : undefined}>
            <button type="button" className="agenda-dot" onClick={() => go(i)} disabled={i === current}>
              <span className="agenda-dot-n" aria-hidden="true">{i + 1}</span>
              <span className="agenda-dot-title">{s.title}</span>
              {s.inserted && <span className="hint"> ({t("agenda.inserted")})</span>}
              <span className="visually-hidden"> {i < current ? t("agenda.done") : i === current ? t("agenda.now") : ""}</span>
            </button>
          </li>
        ))}
      </ol>
      {step && (
        <div className="agenda-current">
          <h3>{step.title}</h3>
          {step.note && (
            <p className="agenda-note">
              <strong>{t("agenda.note")}:</strong> {step.note}
            </p>
          )}
          {curtainOpen ? (
            <p className="agenda-clock" role="timer" aria-live="off">
              {t("agenda.clock", { minutes: minutes ?? 0 })}
              {planned !== undefined && <> · {t("agenda.planned", { minutes: planned })}</>}
              {planned !== undefined && minutes !== null && minutes > planned && <> · {t("agenda.over")}</>}
            </p>
          ) : (
            <p className="hint">{t("agenda.clockHidden")}</p>
          )}
        </div>
      )}
      <div className="row">
        <button type="button" className="button" onClick={() => go(current - 1)} disabled={current <= 0}>
          ← {t("agenda.prev")}
        </button>
        <button type="button" className="button button-primary" onClick={() => go(current + 1)} disabled={current >= steps.length - 1}>
          {current < 0 ? t("agenda.start") : t("agenda.next")} →
        </button>
      </div>
      <p className="hint">{t("agenda.keys")}</p>
      <details className="agenda-insert">
        <summary>{t("agenda.insert")}</summary>
        <p className="hint">{t("agenda.insertHint")}</p>
        <div className="row">
          {INSERTABLE.map((i) => (
            <button key={i.key} type="button" className="button" onClick={() => insert(i.key)}>
              {t(`agenda.kinds.${i.key}`)}
            </button>
          ))}
        </div>
      </details>
      <ErrorNote code={error} />
    </section>
  );
}
