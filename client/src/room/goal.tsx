/**
 * The shared goal meter ("fyret lyser": the lighthouse lights up) and the
 * celebration. Lamps are drawn filled with rays when lit and as rings when
 * not, so colour is never the only signal; the words say it too. Nothing here
 * is about one child.
 */
import { useTranslation } from "react-i18next";
import type { GoalView } from "../../../shared/room/goal.js";

export function Lighthouse({ lit, target, size = 120 }: { lit: number; target: number; size?: number }) {
  const shown = Math.min(lit, target);
  const full = lit >= target;
  const lamps = Array.from({ length: target }, (_, i) => i < shown);
  const h = size;
  const w = size * 0.8;
  return (
    <svg className={`lighthouse${full ? " lighthouse-full" : ""}`} viewBox="0 0 80 100" width={w} height={h} aria-hidden="true" focusable="false">
      {full && <polygon className="lighthouse-beam" points="40,16 0,4 0,30" />}
      {full && <polygon className="lighthouse-beam" points="40,16 80,4 80,30" />}
      <polygon points="28,28 52,28 58,92 22,92" fill="#f4f1ea" stroke="#1d1d1f" strokeWidth="2" />
      <polygon points="27,42 53,42 54,54 26,54" fill="#b3261e" />
      <polygon points="25,66 55,66 56.5,78 23.5,78" fill="#b3261e" />
      <rect x="30" y="12" width="20" height="16" rx="2" fill={full ? "#ffd54a" : "#dfe7ee"} stroke="#1d1d1f" strokeWidth="2" />
      <polygon points="28,12 52,12 40,3" fill="#1d1d1f" />
      <rect x="14" y="92" width="52" height="6" rx="2" fill="#5c6b73" />
      {lamps.map((on, i) => {
        const cols = Math.min(target, 6);
        const row = Math.floor(i / cols);
        const col = i % cols;
        const inRow = Math.min(cols, target - row * cols);
        const cx = 40 + (col - (inRow - 1) / 2) * 7;
        const cy = 60 + row * 9 - (Math.ceil(target / cols) - 1) * 4.5;
        return (
          <g key={i}>
            <circle cx={cx} cy={cy} r="3" fill={on ? "#ffc107" : "#ffffff"} stroke="#1d1d1f" strokeWidth="1.2" />
            {on && <circle cx={cx} cy={cy} r="1.1" fill="#7a4a00" />}
          </g>
        );
      })}
    </svg>
  );
}

export function GoalMeter({ goal, size = 72, className }: { goal: GoalView; size?: number; className?: string }) {
  const { t } = useTranslation();
  const full = goal.lit >= goal.target;
  return (
    <div className={`goal-meter ${className ?? ""}`}>
      <Lighthouse lit={goal.lit} target={goal.target} size={size} />
      <p className="goal-words">{full ? t("goal.full") : t("goal.meter", { lit: Math.min(goal.lit, goal.target), target: goal.target })}</p>
    </div>
  );
}

export function CelebrationView({ goal, variant }: { goal: GoalView; variant: "screen" | "tablet" }) {
  const { t } = useTranslation();
  const c = goal.celebration;
  if (!c) return null;
  return (
    <section className={`celebration celebration-${variant}`} aria-labelledby={`celebration-title-${variant}`}>
      {variant === "screen" && <Lighthouse lit={goal.lit} target={goal.target} size={180} />}
      <div>
        <h2 id={`celebration-title-${variant}`} className="celebration-title">{t("goal.celebrationTitle")}</h2>
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
