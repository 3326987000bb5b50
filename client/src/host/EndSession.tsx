/**
 * "Avslutt økta". When anything is open (a help alert, one taken back, flagged
 * text, a talk-later note), the leader first sees all of it once, with avatar
 * and words, on this screen only, and continues with "Jeg har notert det jeg
 * trenger"; then the room is wiped as before. Sammen keeps none of it: the
 * leader writes down what they need in their own records (docs/safeguarding.md).
 */
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HostView } from "../../../shared/protocol.js";
import { SafeguardingDetail, useClockTime } from "./SafeguardingStrip.js";

export function EndSessionButton({ view, onEnd }: { view: HostView | null; onEnd: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  // The children's words are put into the page only while the dialog is open.
  const [open, setOpen] = useState(false);
  const time = useClockTime();
  const items = view?.safeguarding ?? [];
  return (
    <>
      <button
        type="button"
        className="button button-danger"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t("safeguarding.end.button")}
      </button>
      <dialog ref={dialog} className="dialog end-dialog" aria-labelledby="end-dialog-title" onClose={() => setOpen(false)}>
        <h2 id="end-dialog-title">{items.length > 0 ? t("safeguarding.end.title") : t("host.end")}</h2>
        {items.length > 0 ? (
          <>
            <p>{t("safeguarding.end.intro", { count: items.length })}</p>
            <p><strong>{t("safeguarding.end.whereToWrite")}</strong></p>
            <p className="hint">{t("safeguarding.end.privateHint")}</p>
            {/* Scrolls when long, so it takes keyboard focus (WCAG 2.1.1). */}
            <ul className="end-list" tabIndex={0} aria-label={t("safeguarding.end.title")}>
              {open && items.map((item) => (
                <li key={item.key}>
                  <p className="hint">
                    {t("safeguarding.end.at", { time: time(item.at) })} {item.seen && t("safeguarding.end.seenMark")}
                  </p>
                  <SafeguardingDetail item={item} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("host.endConfirm")}</p>
        )}
        {/* A group's meeting: what the group did is gone with the room unless it was kept first. */}
        {view?.memory && <p className="hint">{t("memory.endHint")}</p>}
        <div className="row">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {items.length > 0 ? t("safeguarding.end.back") : t("common.cancel")}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              dialog.current?.close();
              onEnd();
            }}
          >
            {items.length > 0 ? t("safeguarding.end.noted") : t("common.confirm")}
          </button>
        </div>
      </dialog>
    </>
  );
}
