/**
 * The safeguarding strip, pinned at the top of the console and visible with
 * the privacy curtain closed: how many things need a leader now (help alerts,
 * help taken back, flagged text from any activity), in neutral words that are
 * safe on a mirrored display. The list shows only numbers and times; opening
 * one item shows that item alone (avatar, words, flag), never the whole
 * curtain. The tab title carries the count, and an optional soft sound (a
 * console setting, off by default) plays when the count goes up.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAudienceT } from "../i18n/audience.js";
import { CATEGORY_LABELS, SUGGESTED_ACTIONS } from "../../../shared/content/flag-categories.js";
import type { HostView, SafeguardingItemView } from "../../../shared/protocol.js";
import type { RoomConnection } from "../sdk/connection.js";
import { Avatar } from "../ui/Avatar.js";
import { ErrorNote } from "../ui/ErrorNote.js";
import { useContentLanguage } from "../ui/HelpLines.js";
import { useConsolePrefs } from "./console-prefs.js";
import { playSoftChime } from "./soft-chime.js";
import "./safeguarding.css";

/** What the strip counts: everything open except talk-later notes and items already read. */
export function stripItems(view: HostView): SafeguardingItemView[] {
  return view.safeguarding.filter((i) => i.source !== "later" && !i.seen);
}

export function useClockTime() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "nb-NO", { hour: "2-digit", minute: "2-digit" });
  return (at: number) => format.format(at);
}

export function SafeguardingStrip({ view, conn }: { view: HostView; conn: RoomConnection<HostView> }) {
  const t = useAudienceT();
  const items = stripItems(view);
  const [listOpen, setListOpen] = useState(false);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const time = useClockTime();
  useTabTitle(items.length);
  useChime(items.length);
  const stripRef = useKeepFocusClearOfStrip();

  const act = async (p: Promise<{ ok: boolean; code?: string }>) => {
    const ack = await p;
    setError(ack.ok ? null : (ack.code ?? "INTERNAL"));
    if (ack.ok) setOpenKey(null);
  };

  return (
    <section ref={stripRef} className={`sg-strip${items.length > 0 ? " sg-strip-active" : ""}`} aria-label={t("safeguarding.strip.label")}>
      <div className="sg-strip-bar">
        <p className="sg-count" role="status" aria-live="polite">
          {items.length > 0 ? (
            <>
              <span aria-hidden="true">● </span>
              {t("safeguarding.strip.count", { count: items.length })}
            </>
          ) : (
            t("safeguarding.strip.none")
          )}
        </p>
        {items.length > 0 && (
          <button type="button" className="button" aria-expanded={listOpen} aria-controls="sg-list" onClick={() => setListOpen((o) => !o)}>
            {listOpen ? t("safeguarding.strip.hide") : t("safeguarding.strip.show")}
          </button>
        )}
      </div>
      {listOpen && items.length > 0 && (
        <>
          <p className="hint">{t("safeguarding.strip.privateHint")}</p>
          <ol id="sg-list" className="sg-list" tabIndex={0} aria-label={t("safeguarding.strip.listLabel")}>
            {items.map((item, i) => {
              const opened = openKey === item.key;
              const bodyId = `sg-item-${i}`;
              return (
                <li key={item.key} className="sg-item">
                  <div className="sg-item-head">
                    <span>{t("safeguarding.strip.item", { n: i + 1, time: time(item.at) })}</span>
                    <button
                      type="button"
                      className="button"
                      aria-expanded={opened}
                      aria-controls={bodyId}
                      onClick={() => setOpenKey(opened ? null : item.key)}
                    >
                      {opened ? t("safeguarding.strip.close") : <>{t("safeguarding.strip.open")}<span className="visually-hidden"> {t("safeguarding.strip.openItem", { n: i + 1 })}</span></>}
                    </button>
                  </div>
                  {opened && (
                    <div id={bodyId} className="sg-item-body">
                      <SafeguardingDetail item={item} />
                      {item.source === "help" || item.source === "helpWithdrawn" ? (
                        <button type="button" className="button button-primary" onClick={() => void act(conn.send("help:resolve", { seatId: item.seatId }))}>
                          {t("safeguarding.strip.markSeen")}
                        </button>
                      ) : (
                        <button type="button" className="button button-primary" onClick={() => void act(conn.send("safeguarding:seen", { key: item.key }))}>
                          {t("safeguarding.strip.markRead")}
                        </button>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <ErrorNote code={error} />
    </section>
  );
}

/** One item in full: what it is, who (avatar), the child's words, the flag and its suggested action, the leader's note. */
export function SafeguardingDetail({ item }: { item: SafeguardingItemView }) {
  const t = useAudienceT();
  const lang = useContentLanguage();
  return (
    <div className="sg-detail">
      <p className="sg-kind">
        <strong>{t(`safeguarding.strip.kinds.${item.source}`)}</strong>
        {item.activityKind && <span className="hint"> · {t("safeguarding.strip.activity", { name: t(`${item.activityKind}.kind.name`, { defaultValue: item.activityKind }) })}</span>}
      </p>
      <p className="sg-from">
        <span className="hint">{t("safeguarding.strip.from")}</span> <Avatar avatar={item.avatar} size="sm" />
      </p>
      {item.text !== null && <blockquote className="sg-text">{item.text}</blockquote>}
      {item.flag && (
        <p className="flag-marker">
          <strong><span aria-hidden="true">⚑ </span>{t("safeguarding.strip.flag")}:</strong> {item.flag.categories.map((c) => CATEGORY_LABELS[c][lang]).join(", ")}.{" "}
          {SUGGESTED_ACTIONS[item.flag.suggestedAction].title[lang]}
        </p>
      )}
      {item.note && <p className="hint">{t("safeguarding.strip.note", { note: item.note })}</p>}
    </div>
  );
}

/** "(2) Lederkonsoll" while things wait, so a leader in another tab sees it too; restored afterwards. */
function useTabTitle(count: number) {
  const t = useAudienceT();
  const base = useRef<string | null>(null);
  useEffect(() => {
    base.current ??= document.title;
    document.title = count > 0 ? t("safeguarding.strip.title", { count, title: base.current }) : base.current;
  }, [count, t]);
  useEffect(
    () => () => {
      if (base.current !== null) document.title = base.current;
    },
    [],
  );
}

/** A soft chime when the count goes up, only if the leader turned the sound on. */
function useChime(count: number) {
  const { sound } = useConsolePrefs();
  const last = useRef(count);
  useEffect(() => {
    if (sound && count > last.current) playSoftChime();
    last.current = count;
  }, [count, sound]);
}

/**
 * The strip is pinned at the top, so a control scrolled into view by the keyboard (Shift+Tab
 * upwards) would land under it (WCAG 2.4.11, focus not obscured). The page's scroll padding
 * follows the strip's height, so focus always stops below it (test/e2e/console-keyboard.test.ts).
 */
function useKeepFocusClearOfStrip() {
  const ref = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const apply = () => {
      root.style.scrollPaddingTop = `${Math.ceil(el.getBoundingClientRect().height) + 12}px`;
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = "";
    };
  }, []);
  return ref;
}
