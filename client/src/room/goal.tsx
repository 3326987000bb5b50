/**
 * The shared goal meter ("fyret lyser": the lighthouse lights up) and the
 * celebration. Lamps are drawn filled with rays when lit and as rings when
 * not, so colour is never the only signal; the words say it too. Nothing here
 * is about one child.
 */
import { useTranslation } from "react-i18next";
import type { GoalView } from "../../../shared/room/goal.js";

export function Lighthouse({ lit, target, size = 120 }: { lit: number; target: number; size?: number }) {
  const full = lit >= target;
  return (
    <svg className={`lighthouse${full ? " lighthouse-full" : ""}`} viewBox="0 0 80 100" width={size * 0.8} height={size} aria-hidden="true" focusable="false">
      {full && <polygon className="lighthouse-beam" points="40,16 0,2 0,32" />}
      {full && <polygon className="lighthouse-beam" points="40,16 80,2 80,32" />}
      <polygon points="28,28 52,28 58,92 22,92" fill="#f4f1ea" stroke="#1d1d1f" strokeWidth="2" />
      <polygon points="27,42 53,42 54,54 26,54" fill="#b3261e" />
      <polygon points="25,66 55,66 56.5,78 23.5,78" fill="#b3261e" />
      <rect x="30" y="12" width="20" height="16" rx="2" fill={full ? "#ffd54a" : lit > 0 ? "#fff0b3" : "#dfe7ee"} stroke="#1d1d1f" strokeWidth="2" />
      <polygon points="28,12 52,12 40,3" fill="#1d1d1f" />
      <rect x="14" y="92" width="52" height="6" rx="2" fill="#5c6b73" />
    </svg>
  );
}

/** One lamp per step of the goal: lit ones filled with rays, unlit ones rings (shape, not only colour). */
export function LampRow({ lit, target, size = 22 }: { lit: number; target: number; size?: number }) {
  return (
    <span className="lamp-row" aria-hidden="true">
      {Array.from({ length: target }, (_, i) => {
        const on = i < lit;
        return (
          <svg key={i} className={on ? "lamp lamp-on" : "lamp"} viewBox="0 0 24 24" width={size} height={size} focusable="false">
            {on && (
              <g stroke="#b37400" strokeWidth="2" strokeLinecap="round">
                <line x1="12" y1="1" x2="12" y2="4" />
                <line x1="12" y1="20" x2="12" y2="23" />
                <line x1="1" y1="12" x2="4" y2="12" />
                <line x1="20" y1="12" x2="23" y2="12" />
              </g>
            )}
            <circle cx="12" cy="12" r="6.5" fill={on ? "#ffc83d" : "#ffffff"} stroke={on ? "#7a4a00" : "#5c6b73"} strokeWidth="2" />
          </svg>
        );
      })}
    </span>
  );
}

export function GoalMeter({ goal, size = 72, className }: { goal: GoalView; size?: number; className?: string }) {
  const { t } = useTranslation();
  const full = goal.lit >= goal.target;
  return (
    <div className={`goal-meter ${className ?? ""}`}>
      <Lighthouse lit={goal.lit} target={goal.target} size={size} />
      <div className="goal-text">
        <LampRow lit={goal.lit} target={goal.target} size={Math.max(18, Math.round(size / 4))} />
        <p className="goal-words">{full ? t("goal.full") : t("goal.meter", { lit: Math.min(goal.lit, goal.target), target: goal.target })}</p>
      </div>
    </div>
  );
}

export function CelebrationView({ goal, variant }: { goal: GoalView; variant: "screen" | "tablet" }) {
  const { t } = useTranslation();
  const c = goal.celebration;
  if (!c) return null;
  // On the projector the celebration is the page's main heading; on a tablet it sits above the activity.
  const Heading = variant === "screen" ? "h1" : "h2";
  return (
    <section className={`celebration celebration-${variant}`} aria-labelledby={`celebration-title-${variant}`}>
      {variant === "screen" && (
        <div className="celebration-light">
          <svg className="celebration-sparkles" viewBox="0 0 300 200" aria-hidden="true" focusable="false">
            {[
              [30, 40],
              [270, 30],
              [60, 150],
              [250, 140],
              [150, 10],
            ].map(([x, y], i) => (
              <path
                key={i}
                className="sparkle"
                d={`M${x},${y - 12} L${x + 3},${y - 3} L${x + 12},${y} L${x + 3},${y + 3} L${x},${y + 12} L${x - 3},${y + 3} L${x - 12},${y} L${x - 3},${y - 3} Z`}
                fill="#ffcf3f"
                stroke="#8a6a00"
                strokeWidth="1.2"
              />
            ))}
          </svg>
          <Lighthouse lit={goal.lit} target={goal.target} size={220} />
          <LampRow lit={goal.lit} target={goal.target} size={30} />
        </div>
      )}
      <div>
        <Heading id={`celebration-title-${variant}`} className="celebration-title">{t("goal.celebrationTitle")}</Heading>
        {c.strengths.length > 0 && (
          <ul className="celebration-strengths">
            {c.strengths.map((s) => (
              <li key={s}>
                <span aria-hidden="true">✦ </span>
                {t(`groupStrengths.${s}`)}
              </li>
            ))}
          </ul>
        )}
        {c.words && <p className="celebration-words">«{c.words}»</p>}
      </div>
    </section>
  );
}
