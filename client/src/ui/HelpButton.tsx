/**
 * "Jeg vil snakke med en voksen": on every child screen, always. Silent: it
 * sends a private alert to the host only. The words promise an adult will come,
 * never that anything stays secret. After pressing, and from the "Hvem kan jeg
 * snakke med?" toggle at any time, the child also sees who else they can talk
 * to (help lines from content, in the room's language).
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WHO_CAN_I_TALK_TO } from "../../../shared/content/help-lines.js";
import { ErrorNote } from "./ErrorNote.js";
import { HelpLines, useContentLanguage } from "./HelpLines.js";
import { Icon } from "./Icon.js";

export function HelpButton({ pending, request }: { pending: boolean; request: () => Promise<{ ok: boolean; code?: string }> }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const [error, setError] = useState<string | null>(null);
  const [linesOpen, setLinesOpen] = useState(false);
  return (
    <div className="help-area">
      <div className="help-row">
        <button
          type="button"
          className="help-button"
          onClick={async () => {
            const ack = await request();
            setError(ack.ok ? null : (ack.code ?? "INTERNAL"));
            if (ack.ok) setLinesOpen(true);
          }}
        >
          <Icon name="hands" /> {t("help.button")}
        </button>
        <button
          type="button"
          className="button help-lines-toggle"
          aria-expanded={linesOpen}
          aria-controls="help-lines-panel"
          onClick={() => setLinesOpen((o) => !o)}
        >
          <span aria-hidden="true">{linesOpen ? "▾" : "▸"}</span> {WHO_CAN_I_TALK_TO[lang]}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {pending && (
          <p className="help-confirm">
            <strong>{t("help.sent")}</strong> {t("help.sentMore")}
          </p>
        )}
      </div>
      <ErrorNote code={error} />
      <div id="help-lines-panel" className="help-lines-panel" hidden={!linesOpen}>
        {linesOpen && <HelpLines id="footer-help" showTitle={false} scroll />}
      </div>
    </div>
  );
}
