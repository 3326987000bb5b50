import { useTranslation } from "react-i18next";
import { Avatar } from "../../ui/Avatar.js";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { HostPanelProps } from "../types.js";
import { pictureLabel } from "./feeling-labels.js";

export default function CheckinHostPanel({ view, act, seats, curtainOpen }: HostPanelProps<"checkin">) {
  const { t } = useTranslation();
  const answered = view.rows.filter((r) => r.answer?.kind === "feeling").length;
  const passed = view.rows.filter((r) => r.answer?.kind === "pass").length;
  const avatarOf = (seatId: string) => seats.find((s) => s.seatId === seatId)?.avatar;
  return (
    <div className="host-activity">
      <div className="row">
        {view.phase === "open" ? (
          <button type="button" className="button button-primary" onClick={() => void act({ type: "reveal" })}>
            {t("checkin.reveal")}
          </button>
        ) : (
          <>
            <p className="calm-note">{t("checkin.shownNote")}</p>
            <button type="button" className="button" onClick={() => void act({ type: "reopen" })}>
              {t("checkin.reopen")}
            </button>
          </>
        )}
      </div>
      <h3>{t("checkin.preview")}</h3>
      <GroupPictureView picture={view.picture} labelFor={(item) => pictureLabel(t, item)} hiddenText={t("checkin.previewHidden")} size="panel" />
      {curtainOpen && (
        <section className="private" aria-labelledby="checkin-answers">
          <h3 id="checkin-answers">{t("checkin.answers")}</h3>
          <p>{t("checkin.answered", { answered, passed })}</p>
          <ul className="answer-list">
            {view.rows.map((row) => {
              const avatar = avatarOf(row.seatId);
              return (
                <li key={row.seatId}>
                  {avatar && <Avatar avatar={avatar} size="sm" />}
                  <span>
                    {row.answer === null
                      ? t("checkin.noAnswer")
                      : row.answer.kind === "pass"
                        ? t("checkin.passed")
                        : `${t(`feelings.${row.answer.feeling}`)}${row.answer.strength ? ` (${t(`feelings.strength.${row.answer.strength}`)})` : ""}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
