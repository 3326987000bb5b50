/**
 * "Avslutt økta". When anything is open (a help alert, one taken back, flagged
 * text, a talk-later note), the leader first sees all of it once, with avatar
 * and words, on this screen only, and continues with "Jeg har notert det jeg
 * trenger"; then the room is wiped as before. Sammen keeps none of it: the
 * leader writes down what they need in their own records (docs/safeguarding.md).
 */
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { HostView } from "../../../shared/protocol.js";
import { SafeguardingDetail, useClockTime } from "./SafeguardingStrip.js";

export function EndSessionButton({ view, onEnd }: { view: HostView | null; onEnd: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const time = useClockTime();
  const items = view?.safeguarding ?? [];
  return (
    <>
      <button type="button" className="button button-danger" onClick={() => dialog.current?.showModal()}>
        {t("safeguarding.end.button")}
      </button>
      <dialog ref={dialog} className="dialog end-dialog" aria-labelledby="end-dialog-title">
        <h2 id="end-dialog-title">{items.length > 0 ? t("safeguarding.end.title") : t("host.end")}</h2>
        {items.length > 0 ? (
          <>
            <p>{t("safeguarding.end.intro", { count: items.length })}</p>
            <p><strong>{t("safeguarding.end.whereToWrite")}</strong></p>
            <p className="hint">{t("safeguarding.end.privateHint")}</p>
            <ul className="end-list">
              {items.map((item) => (
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
