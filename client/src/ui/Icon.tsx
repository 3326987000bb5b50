/**
 * Small self-hosted SVG icons in place of emoji, which render as empty boxes
 * on devices without a colour-emoji font. They take the text colour
 * (currentColor), so they follow high contrast and forced colours, and they
 * are always decorative: a word goes with each.
 */
import type { ReactElement } from "react";

export type IconName = "speaker" | "hands" | "hand" | "balloon" | "face" | "heart" | "house" | "search" | "lock" | "eye" | "speech" | "thought";

const s = { fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round" as const, strokeLinejoin: "round" as const };

const PATHS: Record<IconName, ReactElement> = {
  speaker: (
    <>
      <path d="M4 9 H8 L13 5 V19 L8 15 H4 Z" {...s} fill="currentColor" />
      <path d="M16 9 Q18 12 16 15 M18.5 6.5 Q22.5 12 18.5 17.5" {...s} />
    </>
  ),
  hands: <path d="M2 12 L7 7 L11 9 L14 7 L22 12 L17 17 Q15 19 13 17 L9 14 M7 7 L4 10 M11 9 L8 12 Q9.5 13.5 11 12 L13 10.5" {...s} />,
  hand: <path d="M8 13 V5.5 a1.5 1.5 0 0 1 3 0 V11 V4 a1.5 1.5 0 0 1 3 0 V11 V5 a1.5 1.5 0 0 1 3 0 V14 Q17 21 11.5 21 Q7.5 21 5.5 17 L3.8 13.6 a1.4 1.4 0 0 1 2.4 -1.4 Z" {...s} />,
  balloon: (
    <>
      <path d="M12 3 Q5 3 5 10 Q5 15 11 17 L13 17 Q19 15 19 10 Q19 3 12 3 Z" {...s} fill="currentColor" fillOpacity={0.25} />
      <path d="M11 17 L10.5 19 L13.5 19 L13 17 M12 19 Q10 21 12 23" {...s} />
    </>
  ),
  face: (
    <>
      <circle cx="12" cy="12" r="9" {...s} />
      <circle cx="9" cy="10" r="1.2" fill="currentColor" />
      <circle cx="15" cy="10" r="1.2" fill="currentColor" />
      <path d="M8 14.5 Q12 18 16 14.5" {...s} />
    </>
  ),
  heart: <path d="M12 20 L4.5 12.5 A4.5 4.5 0 0 1 12 6.5 A4.5 4.5 0 0 1 19.5 12.5 Z" {...s} fill="currentColor" fillOpacity={0.25} />,
  house: <path d="M3 11 L12 4 L21 11 M5.5 9.5 V20 H18.5 V9.5 M10 20 V14 H14 V20" {...s} />,
  search: (
    <>
      <circle cx="10" cy="10" r="6" {...s} />
      <path d="M14.5 14.5 L20 20" {...s} strokeWidth={2.6} />
    </>
  ),
  lock: (
    <>
      <rect x="5" y="10.5" width="14" height="10" rx="2" {...s} fill="currentColor" fillOpacity={0.2} />
      <path d="M8 10.5 V7.5 a4 4 0 0 1 8 0 V10.5" {...s} />
    </>
  ),
  eye: (
    <>
      <path d="M2 12 Q12 3 22 12 Q12 21 2 12 Z" {...s} />
      <circle cx="12" cy="12" r="3" {...s} fill="currentColor" />
    </>
  ),
  speech: <path d="M4 5 H20 V15 H11 L6 19 V15 H4 Z" {...s} />,
  thought: (
    <>
      <path d="M7 15 Q3 15 3 11.5 Q3 8 6.5 8 Q7 4 11.5 4.5 Q14 2.5 17 4.5 Q21 5 21 9 Q22 13 18 14 Q17 16.5 13.5 15.5 Q11 17 7 15 Z" {...s} />
      <circle cx="6" cy="19" r="1.4" {...s} />
      <circle cx="3.5" cy="21.5" r="0.8" fill="currentColor" />
    </>
  ),
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon${className ? ` ${className}` : ""}`} viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
      {PATHS[name]}
    </svg>
  );
}
