/** A button that asks before doing something that cannot be undone, in a native <dialog>. */
import { useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function ConfirmButton(props: { label: ReactNode; question: string; onConfirm: () => void; className?: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={props.className ?? "button"} onClick={() => dialog.current?.showModal()}>
        {props.label}
      </button>
      <dialog ref={dialog} className="dialog" aria-label={props.question}>
        <p>{props.question}</p>
        <div className="row">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t("common.cancel")}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              dialog.current?.close();
              props.onConfirm();
            }}
          >
            {t("common.confirm")}
          </button>
        </div>
      </dialog>
    </>
  );
}
