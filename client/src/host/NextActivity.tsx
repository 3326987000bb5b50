/**
 * Start the next activity straight from the running one: the room core archives the running
 * activity when a new one starts (a check-out can still read the check-in), so the leader does
 * not need a trip back to the lobby.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HostView } from "../../../shared/protocol.js";
import { roomAudience } from "../../../shared/room/types.js";
import { startChoices } from "./start-choices.js";
import type { RoomConnection } from "../sdk/connection.js";

export function NextActivity({ view, conn, onError }: { view: HostView; conn: RoomConnection<HostView>; onError: (code: string | null) => void }) {
  const { t } = useTranslation();
  const presets = startChoices(roomAudience(view.settings));
  const [choice, setChoice] = useState(0);
  const picked = presets[choice];
  return (
    <form
      className="next-activity"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!picked) return;
        const ack = await conn.send("activity:start", { kind: picked.kind, config: picked.config });
        onError(ack.ok ? null : ack.code);
      }}
    >
      <label htmlFor="next-activity">{t("host.next")}</label>
      <select id="next-activity" value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
        {presets.map((p, i) => (
          <option key={p.labelKey} value={i}>
            {t(`${p.labelKey}.name`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-primary">
        {t("host.startNext")}
      </button>
    </form>
  );
}
