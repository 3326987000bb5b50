/**
 * Small pieces the moderated activities share (the question box and the word
 * cloud) on the tablet and screen: plain-language refusals, the "sent to the
 * grown-ups" card with the help lines, and "me too" amounts in words. The
 * leader-only pieces are in host-parts.tsx (kept out of the tablet bundle). Each takes
 * the activity's i18n namespace (`ns`) for its words.
 */
import { useAudienceT } from "../i18n/audience.js";
import type { TFunction } from "i18next";
import { AFTER_SEND, WHO_CAN_I_TALK_TO } from "../../../shared/content/help-lines.js";
import type { Amount, ScreenWordAmount } from "../../../shared/disclosure/index.js";
import { HelpLines, useContentLanguage } from "../ui/HelpLines.js";

/** What a refusal means, in plain words: the action's own text, then the activity's, then the app's. */
export function refusalText(t: TFunction, ns: string, code: string, action?: string): string {
  const fallback = t(`errors.${code}`, { defaultValue: t("errors.INTERNAL") });
  const general = t(`${ns}.errors.${code}`, { defaultValue: fallback });
  return action ? t(`${ns}.errors.${action}.${code}`, { defaultValue: general }) : general;
}

export interface Refusal {
  code: string;
  action?: string;
}

export function RefusalNote({ ns, refusal }: { ns: string; refusal: Refusal | null }) {
  const t = useAudienceT();
  if (!refusal) return null;
  return (
    <p className="error-note" role="alert">
      {refusalText(t, ns, refusal.code, refusal.action)}
    </p>
  );
}

/** Length as the server counts it: cleaned (spaces collapsed, trimmed), in code points. */
export function cleanLength(text: string): number {
  return [...text.normalize("NFC").replace(/\s+/gu, " ").trim()].length;
}

/**
 * Shown after a child has sent something: "Sendt til de voksne", honest about
 * who can see what (never "secret"), and who else the child can talk to.
 */
export function AfterSend({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useAudienceT();
  const lang = useContentLanguage();
  return (
    <div className="after-send" aria-labelledby={`${id}-title`} role="group">
      <p id={`${id}-title`} className="after-send-title">
        <span aria-hidden="true">✓ </span>
        <span>{t("content.afterSendTitle", { defaultValue: AFTER_SEND.title[lang] })}</span>
      </p>
      <p>{t("content.afterSendBody", { defaultValue: AFTER_SEND.body[lang] })}</p>
      <details className="after-send-help" open>
        <summary>{WHO_CAN_I_TALK_TO[lang]}</summary>
        <HelpLines id={`${id}-help`} headingLevel={3} showTitle={false} />
      </details>
      <button type="button" className="button" onClick={onClose}>
        {t("common.close")}
      </button>
    </div>
  );
}

/** "Me too" as the k-safe view gives it: a word under k, a number only from k. */
export function meTooText(t: TFunction, ns: string, amount: Amount | ScreenWordAmount): string {
  return amount.kind === "count" ? t(`${ns}.meTooAmount.count`, { count: amount.n }) : t(`${ns}.meTooAmount.${amount.word}`);
}

/** A child's own sent items with their status (symbol + word) and a withdraw button while held. */
export function MineList<S extends string>(props: {
  ns: string;
  id: string;
  className?: string;
  items: readonly { id: string; text: string; status: S; canWithdraw: boolean }[];
  symbols: Readonly<Record<S, string>>;
  onWithdraw: (id: string) => void;
}) {
  const t = useAudienceT();
  const { ns } = props;
  if (props.items.length === 0) return null;
  return (
    <section className={props.className} aria-labelledby={props.id}>
      <h2 id={props.id}>{t(`${ns}.mine`)}</h2>
      <ul className="qb-list">
        {props.items.map((item) => (
          <li key={item.id} className={`qb-mine-item qb-status-${item.status}`}>
            <p className="qb-text">{item.text}</p>
            <p className="qb-status">
              <span aria-hidden="true">{props.symbols[item.status]} </span>
              {t(`${ns}.status.${item.status}`)}
            </p>
            {item.canWithdraw && (
              <button type="button" className="button" onClick={() => props.onWithdraw(item.id)}>
                {t(`${ns}.withdraw`)}
                <span className="visually-hidden">: {item.text}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
