/**
 * Room-level tools on the console, usable from any activity: Pusterommet (the
 * synced calm-down) and the shared goal meter with its celebration. Nothing
 * here is private, so it is fine on a console mirrored to the projector.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { GROUP_STRENGTH_IDS, MAX_CELEBRATION_STRENGTHS, MAX_CELEBRATION_WORDS, type GroupStrengthId } from "../../../shared/content/group-strengths.js";
import { CALM_DEFAULT_CYCLES, CALM_MAX_CYCLES, CALM_MIN_CYCLES, CALM_PATTERN_IDS, type CalmPattern } from "../../../shared/room/calm.js";
import { GOAL_MAX_TARGET, GOAL_MIN_TARGET } from "../../../shared/room/goal.js";
import type { Ack, HostView } from "../../../shared/protocol.js";
import type { RoomConnection } from "../sdk/connection.js";
import { useCalm } from "../room/calm.js";
import { GoalMeter } from "../room/goal.js";
import { ErrorNote } from "../ui/ErrorNote.js";

function useRun() {
  const [error, setError] = useState<string | null>(null);
  const run = async (p: Promise<Ack>) => {
    const ack = await p;
    setError(ack.ok ? null : ack.code);
    return ack.ok;
  };
  return { error, run };
}

export function CalmTools({ view, conn }: { view: HostView; conn: RoomConnection<HostView> }) {
  const { t } = useTranslation();
  const { error, run } = useRun();
  const [pattern, setPattern] = useState<CalmPattern>("4-5");
  const [cycles, setCycles] = useState(CALM_DEFAULT_CYCLES);
  const calm = useCalm(view.calm, conn.serverNow);
  return (
    <section className="panel calm-tools" aria-labelledby="calm-tools-title">
      <h2 id="calm-tools-title">{t("calm.title")}</h2>
      <p className="hint">{t("calm.hostHint")}</p>
      {calm ? (
        <>
          <p className="calm-note" role="status">{t("calm.running")}</p>
          <button type="button" className="button" onClick={() => void run(conn.send("calm:stop", {}))}>
            {t("calm.stop")}
          </button>
        </>
      ) : (
        <div className="stack">
          <label htmlFor="calm-pattern">{t("calm.pattern")}</label>
          <select id="calm-pattern" value={pattern} onChange={(e) => setPattern(e.target.value as CalmPattern)}>
            {CALM_PATTERN_IDS.map((p) => (
              <option key={p} value={p}>{t(`calm.patterns.${p}`)}</option>
            ))}
          </select>
          <label htmlFor="calm-cycles">{t("calm.cycles")}</label>
          <select id="calm-cycles" value={cycles} onChange={(e) => setCycles(Number(e.target.value))}>
            {Array.from({ length: CALM_MAX_CYCLES - CALM_MIN_CYCLES + 1 }, (_, i) => i + CALM_MIN_CYCLES).map((n) => (
              <option key={n} value={n}>{n}</option>
            ))}
          </select>
          <button type="button" className="button button-primary" onClick={() => void run(conn.send("calm:start", { pattern, cycles }))}>
            {t("calm.start")}
          </button>
        </div>
      )}
      <ErrorNote code={error} />
    </section>
  );
}

export function GoalTools({ view, conn }: { view: HostView; conn: RoomConnection<HostView> }) {
  const { t } = useTranslation();
  const { error, run } = useRun();
  const [picked, setPicked] = useState<GroupStrengthId[]>([]);
  const [words, setWords] = useState("");
  const toggle = (id: GroupStrengthId) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <section className="panel goal-tools" aria-labelledby="goal-tools-title">
      <h2 id="goal-tools-title">{t("goal.title")}</h2>
      <GoalMeter goal={view.goal} size={80} />
      <p className="hint">{t("goal.meterHint")}</p>
      <div className="row">
        <button type="button" className="button" onClick={() => void run(conn.send("goal:light", {}))}>
          {t("goal.light")}
        </button>
        <label htmlFor="goal-target">{t("goal.target")}</label>
        <select id="goal-target" value={view.goal.target} onChange={(e) => void run(conn.send("goal:configure", { target: Number(e.target.value) }))}>
          {Array.from({ length: GOAL_MAX_TARGET - GOAL_MIN_TARGET + 1 }, (_, i) => i + GOAL_MIN_TARGET).map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </div>
      <h3>{t("goal.celebrateTitle")}</h3>
      <p className="hint">{t("goal.celebrateHint")}</p>
      <fieldset className="strength-picks">
        <legend>{t("goal.strengthsLegend")}</legend>
        {GROUP_STRENGTH_IDS.map((id) => {
          const on = picked.includes(id);
          return (
            <label key={id} className="check">
              <input type="checkbox" checked={on} disabled={!on && picked.length >= MAX_CELEBRATION_STRENGTHS} onChange={() => toggle(id)} />
              {t(`groupStrengths.${id}`)}
            </label>
          );
        })}
      </fieldset>
      <div className="stack">
        <label htmlFor="goal-words">{t("goal.ownWords")}</label>
        <input id="goal-words" value={words} maxLength={MAX_CELEBRATION_WORDS} onChange={(e) => setWords(e.target.value)} />
      </div>
      <div className="row">
        <button
          type="button"
          className="button button-primary"
          disabled={picked.length === 0 && words.trim() === ""}
          onClick={() => void run(conn.send("goal:celebrate", { strengths: picked, ...(words.trim() ? { words } : {}) }))}
        >
          {t("goal.show")}
        </button>
        {view.goal.celebration && (
          <button type="button" className="button" onClick={() => void run(conn.send("goal:dismiss", {}))}>
            {t("goal.dismiss")}
          </button>
        )}
      </div>
      <ErrorNote code={error} />
    </section>
  );
}
