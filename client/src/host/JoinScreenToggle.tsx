/**
 * The projector's join screen: once the room is locked or the first activity has started it
 * shrinks to a corner code; the leader can bring the full QR, address and code back (a late
 * child, a tablet that needs to rejoin) and let it shrink again.
 */
import { useTranslation } from "react-i18next";
import type { HostView } from "../../../shared/protocol.js";
import type { RoomConnection } from "../sdk/connection.js";

export function JoinScreenToggle({ view, conn }: { view: HostView; conn: RoomConnection<HostView> }) {
  const { t } = useTranslation();
  const full = view.join === "full";
  // Before the session starts (and unlocked) the full join screen is simply what the projector shows.
  const automatic = !view.locked && !view.started;
  if (automatic) return <p className="hint">{t("host.joinScreen.auto")}</p>;
  return (
    <button type="button" className="button" aria-pressed={full} onClick={() => void conn.send("room:joinScreen", { shown: !full })}>
      {full ? t("host.joinScreen.hide") : t("host.joinScreen.show")}
    </button>
  );
}
