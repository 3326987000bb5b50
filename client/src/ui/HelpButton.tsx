/**
 * "Jeg vil snakke med en voksen": on every child screen, always. Silent: it
 * sends a private alert to the host only. The words promise an adult will come,
 * never that anything stays secret. Pressing shows something at once, also
 * offline (the request then waits for the network: client/src/join/help-request.ts).
 * "Det går bra nå" takes it back. After pressing, and from the "Hvem kan jeg
 * snakke med?" toggle at any time, the child also sees who else they can talk
 * to (help lines from content, in the room's language).
 */
import { useState } from "react";
import { useAudienceT } from "../i18n/audience.js";
import { WHO_CAN_I_TALK_TO } from "../../../shared/content/help-lines.js";
import type { HelpRequest } from "../join/help-request.js";
import { ErrorNote } from "./ErrorNote.js";
import { HelpLines, useContentLanguage } from "./HelpLines.js";
import { Icon } from "./Icon.js";

export function HelpButton({ help }: { help: HelpRequest }) {
  const t = useAudienceT();
  const lang = useContentLanguage();
  const [linesOpen, setLinesOpen] = useState(false);
  const asked = help.state === "queued" || help.state === "pending";
  // Pressing again while a request waits changes nothing (one open request per tablet).
  return (
    <div className="help-area">
      <div className="help-row">
        <button
          type="button"
          className="help-button"
          onClick={() => {
            help.press();
            setLinesOpen(true);
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
        {help.state === "queued" && (
          <p className="help-confirm">
            <strong>{t("safeguarding.tablet.offlineQueued")}</strong>
          </p>
        )}
        {help.state === "pending" && (
          <p className="help-confirm">
            <strong>{t("help.sent")}</strong> {t("help.sentMore")}
          </p>
        )}
        {help.state === "withdrawn" && <p className="help-confirm">{t("safeguarding.tablet.withdrawn")}</p>}
      </div>
      {asked && (
        <button type="button" className="button help-withdraw" onClick={help.withdraw}>
          {t("safeguarding.tablet.withdraw")}
        </button>
      )}
      <ErrorNote code={help.error} />
      <div id="help-lines-panel" className="help-lines-panel" hidden={!linesOpen}>
        {linesOpen && <HelpLines id="footer-help" showTitle={false} scroll />}
      </div>
    </div>
  );
}
