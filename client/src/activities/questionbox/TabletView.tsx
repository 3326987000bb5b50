/**
 * The question box on a child's tablet: write a question (or start from a
 * starter sentence that fills the box), send it to the grown-ups, see one's own
 * questions and what became of them, take one back while it is still waiting,
 * and say "me too" or "tell the grown-ups" on the questions on the screen. Pass
 * is always there. Nothing here says "secret".
 */
import { useRef, useState } from "react";
import { useAudienceT } from "../../i18n/audience.js";
import { STARTERS, starterStem, type StarterId } from "../../../../shared/content/starters.js";
import type { QuestionboxActionInput, SeatQuestionStatus } from "../../../../shared/activities/questionbox/index.js";
import { ReportButton } from "../../moderation/ReportButton.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import type { TabletViewProps } from "../types.js";
import { AfterSend, cleanLength, meTooText, MineList, RefusalNote, type Refusal } from "../../moderation/tablet-parts.js";
import { Icon } from "../../ui/Icon.js";

const NS = "questionbox";
const STATUS_SYMBOL: Record<SeatQuestionStatus, string> = {
  sent: "✉",
  shown: "▣",
  rephrased: "▣",
  answered: "✓",
  merged: "⇄",
  takenDown: "▢",
  read: "●",
};

export default function QuestionboxTablet({ view, act, settings }: TabletViewProps<"questionbox">) {
  const t = useAudienceT();
  const lang = settings.language;
  const [text, setText] = useState("");
  const [starterId, setStarterId] = useState<StarterId | null>(null);
  const [justSent, setJustSent] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  const prompt = view.prompt ?? t(`${NS}.prompt`);
  const open = view.phase === "open";
  const starters = STARTERS.filter((s) => (view.starters as readonly string[]).includes(s.id));
  const length = cleanLength(text);
  const tooLong = length > view.maxLength;

  const send = async (action: QuestionboxActionInput): Promise<boolean> => {
    setBusy(true);
    try {
      const ack = await act(action);
      setRefusal(ack.ok ? null : { code: ack.code, action: action.type });
      return ack.ok;
    } finally {
      setBusy(false);
    }
  };

  const pickStarter = (id: StarterId) => {
    setJustSent(false);
    setNote(null);
    setStarterId(id);
    if (!view.allowFreeText) return;
    const starter = STARTERS.find((s) => s.id === id)!;
    const filled = `${starterStem(starter, lang)} `;
    setText(filled);
    // Put the cursor at the end, so the child can go on writing.
    requestAnimationFrame(() => {
      const el = box.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(filled.length, filled.length);
    });
  };

  /** The question as an action: a starter and the child's own words when the box still starts with it. */
  const question = (): QuestionboxActionInput | null => {
    if (!view.allowFreeText) return starterId ? { type: "ask", text: "", starterId } : null;
    const written = text.trim();
    if (starterId) {
      const starter = STARTERS.find((s) => s.id === starterId)!;
      const stem = starterStem(starter, lang);
      const rest = written.slice(stem.length);
      if (written.startsWith(stem) && (rest === "" || /^\s/u.test(rest))) return { type: "ask", text: rest.trim(), starterId };
    }
    return written ? { type: "ask", text: written } : null;
  };
  const ready = question() !== null && !tooLong && !busy;

  return (
    <section className="tablet-activity qb-tablet" aria-labelledby="qb-prompt">
      <div className="prompt-row">
        <h1 id="qb-prompt">{prompt}</h1>
        <ReadAloud text={prompt} />
      </div>

      {!open && <p className="calm-note">{t(`${NS}.closed`)}</p>}

      {open && (
        <form
          className="qb-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const action = question();
            if (!action || tooLong) return;
            if (await send(action)) {
              setText("");
              setStarterId(null);
              setJustSent(true);
              setNote(null);
            }
          }}
        >
          {view.allowFreeText && (
            <div className="qb-write">
              <label htmlFor="qb-text">{t(`${NS}.writeLabel`)}</label>
              <p id="qb-text-hint" className="hint">{t(`${NS}.writeHint`)}</p>
              <textarea
                id="qb-text"
                ref={box}
                className="qb-textarea"
                rows={3}
                value={text}
                aria-describedby="qb-text-hint qb-counter"
                aria-invalid={tooLong || undefined}
                onChange={(e) => {
                  setText(e.target.value);
                  setJustSent(false);
                  setNote(null);
                }}
              />
              <p id="qb-counter" className={tooLong ? "qb-counter qb-counter-over" : "qb-counter"}>
                {t(`${NS}.counter`, { count: length, max: view.maxLength })}
              </p>
              {tooLong && (
                <p className="error-note" role="alert">
                  {t(`${NS}.tooLong`)}
                </p>
              )}
            </div>
          )}

          {starters.length > 0 && (
            <fieldset className="choice-group">
              <legend>{view.allowFreeText ? t(`${NS}.startersLegend`) : t(`${NS}.startersOnlyLegend`)}</legend>
              {view.allowFreeText && <p className="hint">{t(`${NS}.startersHint`)}</p>}
              <div className="qb-starters">
                {starters.map((s) => (
                  <button
                    key={s.id}
                    type="button"
                    className="qb-starter"
                    aria-pressed={starterId === s.id}
                    onClick={() => pickStarter(s.id as StarterId)}
                  >
                    {view.allowFreeText ? s.text[lang] : s.complete[lang]}
                  </button>
                ))}
              </div>
            </fieldset>
          )}

          <div className="row">
            <button type="submit" className="button button-primary button-big" disabled={!ready}>
              <span aria-hidden="true">✉</span> {t(`${NS}.send`)}
            </button>
          </div>
        </form>
      )}

      <RefusalNote ns={NS} refusal={refusal} />

      {justSent && <AfterSend id="qb-sent" onClose={() => setJustSent(false)} />}

      <div>
        <button
          type="button"
          className="pass-button"
          aria-pressed={view.passed}
          onClick={() => {
            setJustSent(false);
            void send({ type: "pass" });
          }}
        >
          {t("common.pass")}
        </button>
      </div>
      <div role="status">
        {view.passed && <p className="calm-note">{t("common.passed")}</p>}
        {note && <p className="calm-note">{note}</p>}
      </div>

      <MineList
        ns={NS}
        id="qb-mine-title"
        className="qb-mine"
        items={view.mine}
        symbols={STATUS_SYMBOL}
        onWithdraw={async (id) => {
          if (await send({ type: "withdraw", id })) setNote(t(`${NS}.withdrawn`));
        }}
      />

      {view.group.length > 0 && (
        <section className="qb-group" aria-labelledby="qb-group-title">
          <h2 id="qb-group-title">{t(`${NS}.group`)}</h2>
          <ul className="qb-list">
            {view.group.map((q) => (
              <li key={q.id} className={q.answered ? "qb-group-item qb-answered" : "qb-group-item"}>
                <div className="qb-group-head">
                  <p className="qb-text">{q.text}</p>
                  <ReadAloud text={q.text} withOptions={false} />
                </div>
                <p className="qb-meta">
                  {q.answered && (
                    <span className="qb-answered-mark">
                      <span aria-hidden="true">✓ </span>
                      {t(`${NS}.answered`)}
                    </span>
                  )}
                  {q.mine && <span className="qb-yours">{t(`${NS}.yours`)}</span>}
                  {q.meToo && <span className="qb-metoo-amount">{meTooText(t, NS, q.meToo)}</span>}
                </p>
                <div className="row">
                  {!q.mine && (
                    <button
                      type="button"
                      className="button qb-metoo"
                      aria-pressed={q.meTooByMe}
                      onClick={() => void send({ type: "meToo", id: q.id, on: !q.meTooByMe })}
                    >
                      <Icon name="hand" />{" "}
                      {t(`${NS}.meToo`)}
                      <span className="visually-hidden">: {q.text}</span>
                    </button>
                  )}
                  <ReportButton
                    className="button qb-report"
                    label={
                      <>
                        <span aria-hidden="true">⚐ </span>
                        {t(`${NS}.report`)}
                        <span className="visually-hidden">: {q.text}</span>
                      </>
                    }
                    question={t(`${NS}.reportQuestion`)}
                    onReport={async (reason) => {
                      if (await send({ type: "report", id: q.id, reason })) setNote(t(`${NS}.reported`));
                    }}
                  />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
