/** The small connection chip every surface shows: words plus a shape, never colour alone. */
import { useTranslation } from "react-i18next";
import type { ConnectionStatus } from "../sdk/connection.js";

const SYMBOL: Record<ConnectionStatus, string> = { connecting: "…", connected: "●", reconnecting: "↻", restarting: "↻", offline: "○", closed: "■" };

export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`connection connection-${status}`} role="status" aria-live="polite">
      <span aria-hidden="true">{SYMBOL[status]}</span> {t(`connection.${status}`)}
    </span>
  );
}
