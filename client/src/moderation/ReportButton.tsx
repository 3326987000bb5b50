/**
 * "Si fra" on an item on the screen, for a tablet: the child says why, from a
 * short fixed list (no typing, so nothing new to moderate). The item comes off
 * the screen at once and goes back to the leader's queue with the reason.
 */
import { useRef, type ReactNode } from "react";
import { useAudienceT } from "../i18n/audience.js";
import { REPORT_REASONS, type ReportReason } from "../../../shared/moderation/report.js";

export function ReportButton(props: { label: ReactNode; question: string; className?: string; onReport: (reason: ReportReason) => void }) {
  const t = useAudienceT();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={props.className ?? "button"} onClick={() => dialog.current?.showModal()}>
        {props.label}
      </button>
      <dialog ref={dialog} className="dialog" aria-label={t("safeguarding.report.question")}>
        <p>{props.question}</p>
        <p><strong>{t("safeguarding.report.question")}</strong></p>
        <div className="stack">
          {REPORT_REASONS.map((reason) => (
            <button
              key={reason}
              type="button"
              className="button"
              onClick={() => {
                dialog.current?.close();
                props.onReport(reason);
              }}
            >
              {t(`safeguarding.report.reasons.${reason}`)}
            </button>
          ))}
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t("safeguarding.report.cancel")}
          </button>
        </div>
      </dialog>
    </>
  );
}
