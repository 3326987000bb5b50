/**
 * "Jeg vil snakke med en voksen": on every child screen, always. Silent: it
 * sends a private alert to the host only. The words promise an adult will come,
 * never that anything stays secret.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNote } from "./ErrorNote.js";

export function HelpButton({ pending, request }: { pending: boolean; request: () => Promise<{ ok: boolean; code?: string }> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="help-area">
      <button
        type="button"
        className="help-button"
        onClick={async () => {
          const ack = await request();
          setError(ack.ok ? null : (ack.code ?? "INTERNAL"));
        }}
      >
        <span aria-hidden="true">🤝</span> {t("help.button")}
      </button>
      <div role="status" aria-live="polite">
        {pending && (
          <p className="help-confirm">
            <strong>{t("help.sent")}</strong> {t("help.sentMore")}
          </p>
        )}
      </div>
      <ErrorNote code={error} />
    </div>
  );
}
