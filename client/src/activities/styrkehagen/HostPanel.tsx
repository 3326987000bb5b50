import { useState } from "react";
import { useTranslation } from "react-i18next";
import { GameControls } from "../../games/GameUi.js";
import { FlaggedApprove } from "../../moderation/FlaggedApprove.js";
import { Avatar } from "../../ui/Avatar.js";
import { ErrorNote } from "../../ui/ErrorNote.js";
import type { HostPanelProps } from "../types.js";

export default function StyrkehagenHost({ view, act, seats, curtainOpen }: HostPanelProps<"styrkehagen">) {
  const { t } = useTranslation();
  const [rephrase, setRephrase] = useState<Record<string, string>>({});
  const avatarOf = (seatId: string) => seats.find((s) => s.seatId === seatId)?.avatar;
  const [error, setError] = useState<string | null>(null);
  const run = async (action: Parameters<typeof act>[0]) => {
    const ack = await act(action);
    setError(ack.ok ? null : ack.code);
  };
  return (
    <div className="host-activity">
      <GameControls round={view} act={act} levels={false} rounds={false} watchers={view.watchers}>
        <p>{t("styrkehagen.hostCount", { count: view.count, bloomAt: view.bloomAt })}</p>
      </GameControls>
      {view.allowText && (
        <section aria-labelledby="garden-queue">
          <h3 id="garden-queue">{t("styrkehagen.queue")}</h3>
          {view.queue.length === 0 ? (
            <p className="hint">{t("styrkehagen.noQueue")}</p>
          ) : !curtainOpen ? (
            <p>{t("styrkehagen.queueHidden", { count: view.queue.length })}</p>
          ) : (
            <ul className="answer-list private">
              <li><p className="hint">{t("styrkehagen.removeNames")}</p></li>
              {view.queue.map((q) => {
                const avatar = avatarOf(q.seatId);
                return (
                  <li key={q.id} className={q.flag ? "queue-item flagged" : "queue-item"}>
                    <div className="stack">
                      {avatar && <span className="hint">{t("styrkehagen.from", { avatar: "" })}<Avatar avatar={avatar} size="sm" /></span>}
                      <strong>{q.text}</strong>
                      {q.flag && <p className="flag-note">{t("styrkehagen.flagged")} ({q.flag.matched.join(", ")})</p>}
                      <label htmlFor={`rephrase-${q.id}`}>{t("styrkehagen.rephraseLabel")}</label>
                      <input id={`rephrase-${q.id}`} maxLength={40} value={rephrase[q.id] ?? ""} onChange={(e) => setRephrase((r) => ({ ...r, [q.id]: e.target.value }))} />
                      <div className="row">
                        <FlaggedApprove
                          flag={q.flag}
                          label={q.text}
                          approveText={t("styrkehagen.approve")}
                          rephraseText={rephrase[q.id]?.trim() ? t("styrkehagen.approveRephrased") : t("styrkehagen.rephraseFirst")}
                          onApprove={(confirmFlag) => void run({ type: "approve", id: q.id, ...(rephrase[q.id]?.trim() ? { text: rephrase[q.id] } : {}), ...(confirmFlag ? { confirmFlag } : {}) })}
                          onRephrase={() => {
                            if (rephrase[q.id]?.trim()) void run({ type: "approve", id: q.id, text: rephrase[q.id] });
                            else document.getElementById(`rephrase-${q.id}`)?.focus();
                          }}
                        />
                        <button type="button" className="button" onClick={() => void act({ type: "discard", id: q.id })}>
                          {t("styrkehagen.discard")}
                        </button>
                      </div>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          <ErrorNote code={error} />
        </section>
      )}
    </div>
  );
}
