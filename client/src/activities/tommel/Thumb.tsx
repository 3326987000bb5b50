/** A thumb drawn as SVG (no emoji font needed): up, sideways for "in between", or down. Decorative. */
import type { Thumb as ThumbId } from "../../../../shared/activities/tommel/index.js";

const TURN: Record<ThumbId, number> = { up: 0, middle: -90, down: 180 };

export function Thumb({ thumb, size = 56 }: { thumb: ThumbId; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g transform={`rotate(${TURN[thumb]} 12 12)`} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinejoin="round">
        <path d="M7 11 L11 3.5 Q13.5 3.5 13 7 L12.5 10 H18.5 Q20.5 10 20 12.5 L18.7 18.5 Q18.3 20 16.5 20 H7 Z" fill="currentColor" fillOpacity={0.2} />
        <path d="M3 11 H7 V20 H3 Z" />
      </g>
    </svg>
  );
}
