/**
 * "Jeg vil si noe" on the tablet: a low-stakes hand for talking rounds, in the lobby and in every
 * activity, and deliberately not the help button (different words, place and colour). One toggle
 * with a constant name (aria-pressed says whether it is up); the tablet shows what the server
 * says about its own hand, so a second tablet or a reload never disagrees.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SeatView } from "../../../shared/protocol.js";
import type { RoomConnection } from "../sdk/connection.js";
import { ErrorNote } from "../ui/ErrorNote.js";
import { Icon } from "../ui/Icon.js";

export function HandButton({ conn, raised, connected }: { conn: RoomConnection<SeatView> | null; raised: boolean; connected: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="hand-area">
      <button
        type="button"
        className={`button hand-button${raised ? " hand-up" : ""}`}
        aria-pressed={raised}
        aria-describedby="hand-status"
        disabled={!conn || !connected || busy}
        onClick={async () => {
          if (!conn) return;
          setBusy(true);
          const ack = await conn.send(raised ? "hand:lower" : "hand:raise", {});
          setBusy(false);
          setError(ack.ok ? null : ack.code);
        }}
      >
        <Icon name="hand" /> {t("hand.raise")}
      </button>
      <p id="hand-status" className="hand-status" role="status" aria-live="polite">
        {raised ? <><strong>{t("hand.raised")}</strong> {t("hand.lowerHint")}</> : null}
      </p>
      <ErrorNote code={error} />
    </div>
  );
}
