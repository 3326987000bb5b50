import { useTranslation } from "react-i18next";
import { SUGGESTED_ACTIONS, CATEGORY_LABELS } from "../../../../shared/content/flag-categories.js";
import type { Language } from "../../../../shared/room/types.js";
import { Avatar } from "../../ui/Avatar.js";
import { GroupPictureView } from "../../ui/GroupPicture.js";
import type { HostPanelProps } from "../types.js";
import { answerText, changeLabel, pictureLabel, takeawayLabel } from "./feeling-labels.js";

export default function CheckinHostPanel({ view, act, seats, curtainOpen }: HostPanelProps<"checkin">) {
  const { t, i18n } = useTranslation();
  const lang = (["nb", "nn", "en"].includes(i18n.language) ? i18n.language : "nb") as Language;
  const answered = view.rows.filter((r) => r.answer && r.answer.kind !== "pass").length;
  const passed = view.rows.filter((r) => r.answer?.kind === "pass").length;
  const avatarOf = (seatId: string) => seats.find((s) => s.seatId === seatId)?.avatar;
  return (
    <div className="host-activity">
      <p className="hint">{t(`checkin.tools.${view.tool}`)}</p>
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
      <GroupPictureView picture={view.pictures.answers} labelFor={(item) => pictureLabel(t, item, view.tool)} hiddenText={t("checkin.previewHidden")} size="panel" />
      {view.pictures.change && (
        <>
          <h4>{t("checkin.change.title")}</h4>
          <GroupPictureView picture={view.pictures.change} labelFor={(item) => changeLabel(t, item)} hiddenText={t("checkin.previewHidden")} size="panel" />
        </>
      )}
      {view.pictures.takeaways && (
        <>
          <h4>{t("checkin.takeawaysTitle")}</h4>
          <GroupPictureView picture={view.pictures.takeaways} labelFor={(item) => takeawayLabel(t, item)} hiddenText={t("checkin.previewHidden")} size="panel" />
        </>
      )}
      {curtainOpen && (
        <section className="private" aria-labelledby="checkin-answers">
          <h3 id="checkin-answers">{t("checkin.answers")}</h3>
          <p>{t("checkin.answered", { answered, passed })}</p>
          <ul className="answer-list">
            {view.rows.map((row) => {
              const avatar = avatarOf(row.seatId);
              return (
                <li key={row.seatId} className={row.more?.flag ? "flagged" : undefined}>
                  {avatar && <Avatar avatar={avatar} size="sm" />}
                  <span>
                    {answerText(t, row.answer)}
                    {row.before && <span className="hint"> · {t("checkin.beforeAfter", { before: answerText(t, row.before) })}</span>}
                    {row.change && <span className="hint"> · {t(`checkin.change.${row.change}`)}</span>}
                    {row.takeaway && <span className="hint"> · {t(`checkin.takeaway.items.${row.takeaway}`)}</span>}
                  </span>
                  {row.more && (
                    <div className="more-note">
                      {row.more.flag && (
                        <p className="flag-marker">
                          <strong>⚑ {t("checkin.flagged")}:</strong> {row.more.flag.categories.map((c) => CATEGORY_LABELS[c][lang]).join(", ")}.{" "}
                          {SUGGESTED_ACTIONS[row.more.flag.suggestedAction].title[lang]}
                        </p>
                      )}
                      <blockquote>{row.more.text}</blockquote>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
