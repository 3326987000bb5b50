/** Leader-only pieces of the moderated activities (kept out of the tablet and screen bundles). */
import { useTranslation } from "react-i18next";
import { CATEGORY_LABELS, SUGGESTED_ACTIONS } from "../../../shared/content/flag-categories.js";
import type { Flag } from "../../../shared/safeguarding/index.js";
import type { HostSeat } from "../../../shared/protocol.js";
import { Avatar } from "../ui/Avatar.js";
import { useContentLanguage } from "../ui/HelpLines.js";

/** The leader's marker for a flagged item: symbol and words (never colour alone), category, why, and what to do. */
export function FlagNote({ flag, ns }: { flag: Flag; ns: string }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const action = SUGGESTED_ACTIONS[flag.suggestedAction];
  return (
    <div className="flag-box">
      <p className="flag-note">
        <span aria-hidden="true">⚑ </span>
        {t(`${ns}.flagged`)}: {flag.categories.map((c) => CATEGORY_LABELS[c][lang]).join(", ")}
      </p>
      {flag.matched.length > 0 && <p className="hint">{t(`${ns}.matched`, { words: flag.matched.map((m) => `«${m}»`).join(", ") })}</p>}
      <p className="flag-action">{action.title[lang]}</p>
      <details className="flag-steps">
        <summary>{t(`${ns}.whatToDo`)}</summary>
        <ul>
          {action.steps.map((step, i) => (
            <li key={i}>{step[lang]}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** Who sent it: the avatar only behind an open curtain, otherwise a neutral "from a tablet". */
export function Sender({ seatId, seats, curtainOpen, ns }: { seatId: string; seats: HostSeat[]; curtainOpen: boolean; ns: string }) {
  const { t } = useTranslation();
  const avatar = curtainOpen ? seats.find((s) => s.seatId === seatId)?.avatar : undefined;
  return (
    <span className="sender">
      {avatar ? (
        <>
          <span className="hint">{t(`${ns}.from`)}</span> <Avatar avatar={avatar} size="sm" />
        </>
      ) : (
        <span className="hint">{t(`${ns}.fromTablet`)}</span>
      )}
    </span>
  );
}

/** Who said pass, for the leader behind the curtain only (never counted anywhere else). */
export function PassedSeats({ passed, seats, title, id }: { passed: readonly string[]; seats: HostSeat[]; title: string; id: string }) {
  if (passed.length === 0) return null;
  return (
    <section className="qb-section private" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="chip-row">
        {passed.map((seatId) => {
          const avatar = seats.find((s) => s.seatId === seatId)?.avatar;
          return avatar ? (
            <li key={seatId}>
              <Avatar avatar={avatar} size="sm" />
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}
