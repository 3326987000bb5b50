/**
 * "Jeg vil si noe" on the console: the raised hands in the order they went up, each with its
 * avatar and time, and "Ta ned" for one or all. With the privacy curtain closed the panel says
 * only how many; "Vis hvem" opens this list alone (the console may be mirrored to the projector,
 * which never shows who is waiting to talk).
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Ack, HostView } from "../../../shared/protocol.js";
import type { RoomConnection } from "../sdk/connection.js";
import { Avatar, useAvatarLabel } from "../ui/Avatar.js";
import { Icon } from "../ui/Icon.js";
import { useClockTime } from "./SafeguardingStrip.js";

export function HandsPanel(props: { view: HostView; conn: RoomConnection<HostView>; curtainOpen: boolean; report: (ack: Promise<Ack>) => void }) {
  const { t } = useTranslation();
  const { view, conn, report } = props;
  const label = useAvatarLabel();
  const time = useClockTime();
  const [shown, setShown] = useState(false);
  const hands = view.hands;
  const listed = hands.length > 0 && (props.curtainOpen || shown);
  return (
    <section className="panel hands-panel" aria-labelledby="hands-title">
      <div className="row hands-head">
        <h2 id="hands-title"><Icon name="hand" /> {t("hand.host.title")}</h2>
        <p className="hands-count" role="status" aria-live="polite">
          {hands.length > 0 ? t("hand.host.count", { count: hands.length }) : t("hand.host.none")}
        </p>
        {hands.length > 0 && !props.curtainOpen && (
          <button type="button" className="button button-small" aria-expanded={shown} aria-controls="hand-list" onClick={() => setShown((s) => !s)}>
            {shown ? t("hand.host.hide") : t("hand.host.show")}
          </button>
        )}
        {hands.length > 0 && (
          <button type="button" className="button button-small" onClick={() => report(conn.send("hand:clear", {}))}>
            {t("hand.host.lowerAll")}
          </button>
        )}
      </div>
      {listed && (
        <ol id="hand-list" className="hand-list">
          {hands.map((h, i) => (
            <li key={h.seatId}>
              <span className="hand-n" aria-hidden="true">{i + 1}.</span>
              <Avatar avatar={h.avatar} size="sm" />
              <span className="hand-time">{t("hand.host.at", { time: time(h.raisedAt) })}</span>
              <button type="button" className="button button-small" onClick={() => report(conn.send("hand:dismiss", { seatId: h.seatId }))}>
                {t("hand.host.lower")}<span className="visually-hidden"> {label(h.avatar)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
