/** "Les alt høyt" for the room: every tablet reads each new prompt and its options by itself. */
import { useTranslation } from "react-i18next";
import type { HostView } from "../../../shared/protocol.js";
import type { RoomConnection } from "../sdk/connection.js";

export function ReadAllToggle({ view, conn }: { view: HostView; conn: RoomConnection<HostView> }) {
  const { t } = useTranslation();
  const on = view.settings.readAloud === true;
  return (
    <>
      <button type="button" className="button" aria-pressed={on} onClick={() => void conn.send("room:configure", { readAloud: !on })}>
        {t("host.readAll")}
      </button>
      <p className="hint">{t("host.readAllHelp")}</p>
    </>
  );
}
