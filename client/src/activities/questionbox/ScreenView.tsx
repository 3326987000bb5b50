/**
 * The question box on the projector: approved questions only (the host's
 * wording), in the shuffled or host-set order the view gives, in big calm
 * type. "Me too" only as the k-safe amount the view gives (a word under k);
 * answered questions carry a symbol and a word, not a colour alone. Nothing
 * here can tell who asked, when, or in which order.
 */
import { useAudienceT } from "../../i18n/audience.js";
import type { ScreenViewProps } from "../types.js";
import { meTooText } from "../../moderation/tablet-parts.js";
import { Icon } from "../../ui/Icon.js";

const NS = "questionbox";

export default function QuestionboxScreen({ view }: ScreenViewProps<"questionbox">) {
  const t = useAudienceT();
  const title = view.prompt ?? t(`${NS}.screenTitle`);
  return (
    <section className="screen-activity qb-screen" aria-labelledby="qb-screen-title">
      <h1 id="qb-screen-title">{title}</h1>
      {view.items.length === 0 ? (
        <p className="screen-note">{view.phase === "open" ? t(`${NS}.screenEmpty`) : t(`${NS}.screenClosed`)}</p>
      ) : (
        <ul className={view.items.length > 4 ? "qb-screen-list qb-screen-many" : "qb-screen-list"}>
          {view.items.map((q) => (
            <li key={q.id} className={q.answered ? "qb-screen-item qb-answered" : "qb-screen-item"}>
              <p className="qb-screen-text">{q.text}</p>
              {(q.answered || q.meToo) && (
                <p className="qb-screen-meta">
                  {q.answered && (
                    <span className="qb-answered-mark">
                      <span aria-hidden="true">✓ </span>
                      {t(`${NS}.answered`)}
                    </span>
                  )}
                  {q.meToo && (
                    <span className="qb-metoo-amount">
                      <Icon name="hand" />{" "}
                      {meTooText(t, NS, q.meToo)}
                    </span>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="qb-screen-hint">{t(`${NS}.screenHint`)}</p>
    </section>
  );
}
