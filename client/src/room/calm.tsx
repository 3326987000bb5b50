/**
 * Pusterommet on a screen or a tablet: the host's calm-down covers the running
 * activity (which stays mounted and untouched underneath) and shows the same
 * breathing guide everywhere at once. It goes away by itself at its end time,
 * even if no update comes, so everyone is back where they were together.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalmView } from "../../../shared/room/calm.js";
import { BreathGuide } from "../ui/BreathGuide.js";

/** The calm-down while it lasts on the server's clock; null once it is over. */
export function useCalm(calm: CalmView | null, serverNow: () => number): CalmView | null {
  const [, setTick] = useState(0);
  const live = calm !== null && serverNow() < calm.endsAt;
  useEffect(() => {
    if (!calm) return;
    const left = calm.endsAt - serverNow();
    if (left <= 0) return;
    const timer = setTimeout(() => setTick((n) => n + 1), left + 20);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [calm?.n, calm?.endsAt]);
  return live ? calm : null;
}

export function CalmOverlay({ calm, serverNow, variant }: { calm: CalmView; serverNow: () => number; variant: "screen" | "tablet" }) {
  const { t } = useTranslation();
  return (
    <section className={`calm-overlay calm-${variant}`} aria-labelledby="calm-title">
      <h1 id="calm-title" className="calm-title">{t("calm.title")}</h1>
      <p className="calm-sub">{t("calm.together")}</p>
      <BreathGuide key={calm.n} rhythm={calm} serverNow={serverNow} size="xl" />
    </section>
  );
}
