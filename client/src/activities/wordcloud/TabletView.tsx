/**
 * One word on a child's tablet: write a word (with a plain hint when it is not
 * one word), send it to the grown-ups, see what became of it, take it back
 * while it waits, or pass. The cloud is shown here too once the screen has it.
 */
import { useState } from "react";
import { useAudienceT } from "../../i18n/audience.js";
import type { SeatWordStatus, WordcloudActionInput } from "../../../../shared/activities/wordcloud/index.js";
import { ReadAloud } from "../../ui/ReadAloud.js";
import { AfterSend, MineList, RefusalNote, type Refusal } from "../../moderation/tablet-parts.js";
import type { TabletViewProps } from "../types.js";
import { CloudView, promptText } from "./Cloud.js";
import { useContentLanguage } from "../../ui/HelpLines.js";

const NS = "wordcloud";
/** The same rule the server applies: letters, and single hyphens between parts. */
const ONE_WORD = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u;
const STATUS_SYMBOL: Record<SeatWordStatus, string> = { sent: "✉", shown: "☁", rephrased: "☁", takenDown: "▢", read: "●" };

export default function WordcloudTablet({ view, act }: TabletViewProps<"wordcloud">) {
  const t = useAudienceT();
  const contentLanguage = useContentLanguage();
  const [word, setWord] = useState("");
  const [justSent, setJustSent] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const prompt = promptText(t, view.prompt, contentLanguage);
  const cleaned = word.normalize("NFC").trim();
  const valid = ONE_WORD.test(cleaned) && [...cleaned].length <= view.maxLength;
  const showInvalid = cleaned.length > 0 && !valid;
  const counted = view.mine.filter((m) => m.status !== "read").length;
  const left = Math.max(0, view.maxPerSeat - counted);

  const send = async (action: WordcloudActionInput): Promise<boolean> => {
    setBusy(true);
    try {
      const ack = await act(action);
      setRefusal(ack.ok ? null : { code: ack.code, action: action.type });
      return ack.ok;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="tablet-activity wc-tablet" aria-labelledby="wc-prompt">
      <div className="prompt-row">
        <h1 id="wc-prompt">{prompt}</h1>
        <ReadAloud text={prompt} />
      </div>

      {view.phase !== "open" ? (
        <p className="calm-note">{t(`${NS}.closed`)}</p>
      ) : view.canSend ? (
        <form
          className="stack wc-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!valid) return;
            if (await send({ type: "send", word: cleaned })) {
              setWord("");
              setJustSent(true);
              setNote(null);
            }
          }}
        >
          <label htmlFor="wc-word">{t(`${NS}.wordLabel`)}</label>
          <p id="wc-word-hint" className="hint">{t(`${NS}.wordHint`)}</p>
          <input
            id="wc-word"
            className="wc-input"
            value={word}
            maxLength={view.maxLength}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={showInvalid ? "wc-word-hint wc-word-invalid" : "wc-word-hint"}
            aria-invalid={showInvalid || undefined}
            onChange={(e) => {
              setWord(e.target.value);
              setJustSent(false);
              setNote(null);
            }}
          />
          {showInvalid && (
            <p id="wc-word-invalid" className="error-note">
              {t(`${NS}.notOneWord`)}
            </p>
          )}
          {view.maxPerSeat > 1 && <p className="hint">{t(`${NS}.left`, { count: left })}</p>}
          <div className="row">
            <button type="submit" className="button button-primary button-big" disabled={!valid || busy}>
              <span aria-hidden="true">✉</span> {t(`${NS}.send`)}
            </button>
          </div>
        </form>
      ) : (
        view.mine.length > 0 && <p className="calm-note">{t(`${NS}.full`)}</p>
      )}

      <RefusalNote ns={NS} refusal={refusal} />
      {justSent && <AfterSend id="wc-sent" onClose={() => setJustSent(false)} />}

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
        id="wc-mine-title"
        items={view.mine.map((m) => ({ ...m, text: m.word }))}
        symbols={STATUS_SYMBOL}
        onWithdraw={async (id) => {
          if (await send({ type: "withdraw", id })) setNote(t(`${NS}.withdrawn`));
        }}
      />

      {view.cloud.status === "shown" && (
        <section aria-labelledby="wc-cloud-title">
          <h2 id="wc-cloud-title">{t(`${NS}.cloudTitle`)}</h2>
          <CloudView cloud={view.cloud} hiddenText="" size="tablet" label={t(`${NS}.cloudTitle`)} />
        </section>
      )}
    </section>
  );
}
