/**
 * The leader's approve buttons for one held text, for every moderated kind.
 * Unflagged: "Godkjenn" in one action. Flagged: rephrasing is the suggested
 * default (the primary button); showing the child's words as written takes a
 * second, explicit step that names the flag ("Vis likevel ordrett (Vold)"),
 * sent as `confirmFlag`. The server enforces the same rule
 * (shared/moderation/approval.ts), so this is the UI of it, not the guard.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CATEGORY_LABELS, type FlagCategory } from "../../../shared/content/flag-categories.js";
import type { Flag } from "../../../shared/safeguarding/index.js";
import { useContentLanguage } from "../ui/HelpLines.js";
import "./moderation.css";

export function FlaggedApprove(props: {
  flag: Flag | null;
  /** What the buttons are about, for screen readers ("Godkjenn: fotball"), when the card does not say it. */
  label?: string;
  /** The kind's own words for approving and rephrasing. */
  approveText: string;
  rephraseText: string;
  onApprove: (confirmFlag?: FlagCategory) => void;
  onRephrase: () => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const [confirming, setConfirming] = useState(false);
  if (!props.flag) {
    return (
      <>
        <button type="button" className="button button-primary" onClick={() => props.onApprove()}>
          {props.approveText}
          {props.label && <span className="visually-hidden">: {props.label}</span>}
        </button>
        <button type="button" className="button" onClick={props.onRephrase}>
          {props.rephraseText}
          {props.label && <span className="visually-hidden">: {props.label}</span>}
        </button>
      </>
    );
  }
  const top = props.flag.categories[0];
  const flagName = CATEGORY_LABELS[top][lang];
  if (confirming) {
    return (
      <div className="stack verbatim-confirm" role="group" aria-label={t("safeguarding.approve.confirmLabel")}>
        <p>
          <strong>{t("safeguarding.approve.confirmQuestion", { flag: flagName })}</strong> {t("safeguarding.approve.confirmHint")}
        </p>
        <div className="row">
          <button type="button" className="button button-primary" onClick={() => { setConfirming(false); props.onRephrase(); }}>
            {props.rephraseText}
          </button>
          <button type="button" className="button button-danger" onClick={() => { setConfirming(false); props.onApprove(top); }}>
            {t("safeguarding.approve.showVerbatim", { flag: flagName })}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t("safeguarding.approve.cancel")}
          </button>
        </div>
      </div>
    );
  }
  return (
    <>
      <button type="button" className="button button-primary" onClick={props.onRephrase}>
        {props.rephraseText}
        {props.label && <span className="visually-hidden">: {props.label}</span>}
      </button>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t("safeguarding.approve.verbatim")}
        {props.label && <span className="visually-hidden">: {props.label}</span>}
      </button>
    </>
  );
}
