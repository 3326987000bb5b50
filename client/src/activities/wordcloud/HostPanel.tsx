/**
 * The leader's side of the word cloud: a preview of exactly what the screen
 * shows, and the queue of words (flagged first) to approve, correct or
 * discard. Behind the privacy curtain (docs/rules.md, "Projector-safe console"): the queue, the
 * approved list (it would show counts the cloud hides), avatars and passes.
 */
import { useState } from "react";
import { useAudienceT } from "../../i18n/audience.js";
import type { WordHostItem, WordcloudActionInput } from "../../../../shared/activities/wordcloud/index.js";
import { FlaggedApprove } from "../../moderation/FlaggedApprove.js";
import { FlagNote, PassedSeats, Sender } from "../../moderation/host-parts.js";
import { RefusalNote, type Refusal } from "../../moderation/tablet-parts.js";
import type { HostPanelProps } from "../types.js";
import { CloudView, promptText } from "./Cloud.js";
import { useContentLanguage } from "../../ui/HelpLines.js";

const NS = "wordcloud";
const ONE_WORD = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u;

type Mode = "queue" | "approved" | "discarded";

export default function WordcloudHost({ view, act, seats, curtainOpen, settings }: HostPanelProps<"wordcloud">) {
  const t = useAudienceT();
  const contentLanguage = useContentLanguage();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [fixing, setFixing] = useState<{ id: string; draft: string } | null>(null);

  const run = async (action: WordcloudActionInput): Promise<boolean> => {
    const ack = await act(action);
    setRefusal(ack.ok ? null : { code: ack.code, action: action.type });
    return ack.ok;
  };

  const item = (w: WordHostItem, mode: Mode) => {
    const fixId = `wc-fix-${w.id}`;
    const draftOk = fixing ? ONE_WORD.test(fixing.draft.trim()) : false;
    return (
      <li key={w.id} className={w.flag ? "qb-item flagged" : "qb-item"}>
        <div className="qb-item-head">
          <Sender seatId={w.seatId} seats={seats} curtainOpen={curtainOpen} ns={NS} />
        </div>
        <p className="qb-item-text wc-item-word">{mode === "approved" ? w.displayWord : w.word}</p>
        {w.flag && <FlagNote flag={w.flag} ns={NS} />}
        {w.displayWord !== w.word && <p className="hint">{t(`${NS}.sentAs`, { word: w.word })}</p>}
        {fixing?.id === w.id ? (
          <form
            className="stack qb-editor"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!draftOk) return;
              if (await run({ type: "approve", id: w.id, word: fixing.draft.trim() })) setFixing(null);
            }}
          >
            <label htmlFor={fixId}>{t(`${NS}.fixLabel`)}</label>
            <input id={fixId} value={fixing.draft} maxLength={30} onChange={(e) => setFixing({ id: w.id, draft: e.target.value })} autoFocus />
            <div className="row">
              <button type="submit" className="button button-primary" disabled={!draftOk}>
                {t(`${NS}.approveFixed`)}
              </button>
              <button type="button" className="button" onClick={() => setFixing(null)}>
                {t(`${NS}.cancel`)}
              </button>
            </div>
          </form>
        ) : (
          <div className="row qb-actions">
            {mode === "queue" && (
              <>
                <FlaggedApprove
                  flag={w.flag}
                  label={w.word}
                  approveText={t(`${NS}.approve`)}
                  rephraseText={t(`${NS}.fix`)}
                  onApprove={(confirmFlag) => void run({ type: "approve", id: w.id, ...(confirmFlag ? { confirmFlag } : {}) })}
                  onRephrase={() => setFixing({ id: w.id, draft: w.displayWord })}
                />
              </>
            )}
            {mode === "approved" && (
              <button type="button" className="button" onClick={() => void run({ type: "hold", id: w.id })}>
                {t(`${NS}.hold`)}
                <span className="visually-hidden">: {w.displayWord}</span>
              </button>
            )}
            {mode === "discarded" ? (
              <button type="button" className="button" onClick={() => void run({ type: "hold", id: w.id })}>
                {t(`${NS}.backToQueue`)}
                <span className="visually-hidden">: {w.word}</span>
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void run({ type: "discard", id: w.id })}>
                {t(`${NS}.discard`)}
                <span className="visually-hidden">: {w.word}</span>
              </button>
            )}
          </div>
        )}
      </li>
    );
  };

  return (
    <div className="host-activity wc-host">
      <p className="wc-host-prompt">
        <strong>{promptText(t, view.prompt, contentLanguage)}</strong>
      </p>
      <div className="row">
        <p className="qb-phase">
          <span aria-hidden="true">{view.phase === "open" ? "● " : "■ "}</span>
          {view.phase === "open" ? t(`${NS}.phaseOpen`) : t(`${NS}.phaseClosed`)}
        </p>
        <button type="button" className="button" onClick={() => void run({ type: view.phase === "open" ? "close" : "open" })}>
          {view.phase === "open" ? t(`${NS}.close`) : t(`${NS}.open`)}
        </button>
        <button type="button" className="button" onClick={() => void run({ type: "shuffle" })} disabled={view.cloud.status !== "shown"}>
          <span aria-hidden="true">⤮ </span>
          {t(`${NS}.shuffle`)}
        </button>
      </div>
      <RefusalNote ns={NS} refusal={refusal} />

      <section className="qb-section" aria-labelledby="wc-preview-title">
        <h3 id="wc-preview-title">{t(`${NS}.preview`)}</h3>
        <CloudView cloud={view.cloud} hiddenText={t(`${NS}.previewHidden`, { k: settings.k })} size="panel" label={t(`${NS}.preview`)} />
      </section>

      <section className="qb-section" aria-labelledby="wc-queue-title">
        <h3 id="wc-queue-title">
          {t(`${NS}.queue`)} ({view.queue.length})
        </h3>
        {view.queue.length === 0 ? (
          <p className="hint">{t(`${NS}.queueEmpty`)}</p>
        ) : !curtainOpen ? (
          <>
            <p>{t(`${NS}.queueHidden`, { count: view.queue.length })}</p>
            {view.queue.some((w) => w.flag) && <p className="badge qb-urgent">{t(`${NS}.queueUrgentHidden`)}</p>}
          </>
        ) : (
          <ul className="qb-items private">{view.queue.map((w) => item(w, "queue"))}</ul>
        )}
      </section>

      {curtainOpen && view.approved.length > 0 && (
        <section className="qb-section private" aria-labelledby="wc-approved-title">
          <h3 id="wc-approved-title">
            {t(`${NS}.approved`)} ({view.approved.length})
          </h3>
          <ul className="qb-items">{view.approved.map((w) => item(w, "approved"))}</ul>
        </section>
      )}

      {curtainOpen && view.discarded.length > 0 && (
        <details className="qb-section private">
          <summary>
            {t(`${NS}.discarded`)} ({view.discarded.length})
          </summary>
          <ul className="qb-items">{view.discarded.map((w) => item(w, "discarded"))}</ul>
        </details>
      )}

      {curtainOpen && <PassedSeats passed={view.passed} seats={seats} title={t(`${NS}.passed`)} id="wc-passed-title" />}
    </div>
  );
}
