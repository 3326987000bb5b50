/**
 * "Hvem kan jeg snakke med?": a grown-up you trust, the help lines and the
 * emergency numbers, in the room's language. The words live in content
 * (shared/content/help-lines.ts), not here. Nothing in it promises secrecy:
 * the help lines are anonymous, the grown-ups in the room are honest about
 * what they can see.
 */
import { useTranslation } from "react-i18next";
import { EMERGENCY, HELP_LINES, TRUSTED_ADULT, WHO_CAN_I_TALK_TO } from "../../../shared/content/help-lines.js";
import type { Language } from "../../../shared/room/types.js";
import { useContext } from "react";
import { AudienceContext, useAudienceT } from "../i18n/audience.js";

const LANGS: readonly string[] = ["nb", "nn", "en"];

/** The language content text is shown in: the current UI language (the room's, on a tablet), else bokmål. */
export function contentLanguage(language: string | undefined): Language {
  const base = (language ?? "nb").split("-")[0];
  return (LANGS.includes(base) ? base : "nb") as Language;
}

export function useContentLanguage(): Language {
  const { i18n } = useTranslation();
  return contentLanguage(i18n.resolvedLanguage ?? i18n.language);
}

export function HelpLines({
  id,
  headingLevel = 2,
  showTitle = true,
  scroll = false,
}: {
  id: string;
  headingLevel?: 2 | 3;
  showTitle?: boolean;
  /** In a limited-height box (the sticky footer): scrollable, so it must be reachable by keyboard. */
  scroll?: boolean;
}) {
  const lang = useContentLanguage();
  const t = useAudienceT();
  // At a parent meeting: only the lines that are also for adults (the children's lines are under 18 only).
  const lines = useContext(AudienceContext) === "voksne" ? HELP_LINES.filter((line) => line.ages === "11+") : HELP_LINES;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className={scroll ? "help-lines help-lines-scroll" : "help-lines"} aria-labelledby={`${id}-title`} tabIndex={scroll ? 0 : undefined}>
      <Heading id={`${id}-title`} className={showTitle ? "help-lines-title" : "visually-hidden"}>
        {WHO_CAN_I_TALK_TO[lang]}
      </Heading>
      <div className="help-line help-line-adult">
        <Sub>{t("content.trustedTitle", { defaultValue: TRUSTED_ADULT.title[lang] })}</Sub>
        <p>{t("content.trustedBody", { defaultValue: TRUSTED_ADULT.body[lang] })}</p>
      </div>
      <ul className="help-line-list">
        {lines.map((line) => (
          <li key={line.id} className="help-line">
            <Sub>
              {line.name[lang]}
              {line.by && <span className="help-line-by"> ({line.by[lang]})</span>}
            </Sub>
            <p className="help-line-phone">
              <span aria-hidden="true">☎ </span>
              <strong>{line.phone}</strong> <span className="help-line-web">· {line.web}</span>
            </p>
            <p>{line.about[lang]}</p>
            <p className="hint">{line.when[lang]}</p>
          </li>
        ))}
      </ul>
      <p className="help-line-emergency">
        <strong>{EMERGENCY.text[lang]}</strong>{" "}
        {EMERGENCY.numbers.map((n, i) => (
          <span key={n.tel}>
            {i > 0 && " · "}
            <strong>{n.phone}</strong> {n.name[lang]}
          </span>
        ))}
      </p>
    </section>
  );
}
