import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DetectiveProposal } from "../../../../shared/activities/detective/index.js";
import { FEELINGS } from "../../../../shared/content/feelings.js";
import { Avatar } from "../../ui/Avatar.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import type { HostPanelProps } from "../types.js";
import { IdeasView } from "./parts.js";
import "./detective.css";

export default function DetectiveHostPanel({ view, act, seats, curtainOpen }: HostPanelProps<"detective">) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const send = async (action: Parameters<typeof act>[0]) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
  };
  const avatarOf = (seatId: string) => seats.find((s) => s.seatId === seatId)?.avatar;
  const proposalText = (p: DetectiveProposal | null) =>
    p === null ? t("detective.noProposal") : p.kind === "pass" ? t("detective.passed") : p.kind === "dontKnow" ? t("detective.dontKnowAnswer") : t(`feelings.${p.feeling}`);

  if (view.phase === "end" || view.feeling === null) {
    return (
      <div className="host-activity detective-host">
        <p className="calm-note">{t("detective.phase.end")}</p>
        <button type="button" className="button" onClick={() => void send({ type: "goto", round: 0 })}>
          {t("detective.restart")}
        </button>
        <ErrorNote code={error} />
      </div>
    );
  }

  const round = view.round;
  const isLast = round >= view.rounds - 1;
  return (
    <div className="host-activity detective-host">
      <p className="detective-kicker">{t("detective.roundOf", { n: round + 1, total: view.rounds })}</p>
      <p className="calm-note">{t(`detective.phase.${view.phase}`)}</p>
      {view.watchers > 0 && <p className="hint">{t("games.watch.hostCount", { count: view.watchers })}</p>}
      <div className="row">
        {view.phase === "guessing" && (
          <button type="button" className="button button-primary" onClick={() => void send({ type: "showIdeas", round })}>
            {t("detective.showIdeas")}
          </button>
        )}
        {view.phase === "ideas" && (
          <button type="button" className="button" onClick={() => void send({ type: "reopen", round })}>
            {t("detective.reopen")}
          </button>
        )}
        {view.phase !== "solved" ? (
          <button type="button" className="button button-primary" onClick={() => void send({ type: "reveal", round })}>
            {t("detective.reveal")}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void send({ type: "goto", round: round + 1 })}>
            {isLast ? t("detective.finish") : t("detective.next")}
            <span aria-hidden="true"> →</span>
          </button>
        )}
      </div>
      <ErrorNote code={error} />
      {view.phase !== "solved" && (
        <fieldset className="choice-group">
          <legend>{t("detective.groupAnswer")}</legend>
          <div className="detective-choose">
            <button type="button" className="button button-small" aria-pressed={view.groupAnswer === null} onClick={() => void send({ type: "choose", round, feeling: null })}>
              {t("detective.clearAnswer")}
            </button>
            {FEELINGS.map((f) => (
              <button
                key={f.id}
                type="button"
                className="button button-small"
                aria-pressed={view.groupAnswer === f.id}
                onClick={() => void send({ type: "choose", round, feeling: f.id })}
              >
                {t(`feelings.${f.id}`)}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {/* Not private, but a spoiler on a projected console: closed until solved. */}
      <details className="quiz-key" open={view.phase === "solved"} key={`${round}:${view.phase === "solved"}`}>
        <summary>{t("detective.key")}</summary>
        <p>{t("detective.hiddenFeeling", { feeling: t(`feelings.${view.feeling}`) })}</p>
      </details>
      <h3>{t("detective.preview")}</h3>
      <IdeasView ideas={view.ideas} size="panel" />
      {curtainOpen && (
        <section className="private" aria-labelledby="detective-rows">
          <h3 id="detective-rows">{t("detective.rows")}</h3>
          <ul className="answer-list">
            {view.rows.map((row) => {
              const avatar = avatarOf(row.seatId);
              return (
                <li key={row.seatId}>
                  {avatar && <Avatar avatar={avatar} size="sm" />}
                  <span className="hint">{row.clue.text}</span>
                  <strong>{proposalText(row.proposal)}</strong>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
