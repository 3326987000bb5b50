/**
 * The three steps of the evaluation's word scale drawn in SVG (no emoji font): a wide smile for
 * "ja", a small one for "litt", a straight mouth for "nei" (calm, never a sad or crying face).
 * Decorative: the word is always shown beside it, so shape is never the only signal.
 */
import type { ScaleAnswer } from "../../../../shared/activities/evaluering/index.js";

const MOUTH: Record<ScaleAnswer, string> = {
  yes: "M19 37 Q32 51 45 37",
  little: "M22 40 Q32 46 42 40",
  no: "M22 42 L42 42",
};
const FILL: Record<ScaleAnswer, string> = { yes: "#ffe08a", little: "#d9ecff", no: "#e6e6e6" };

export function ScaleFace({ answer, size = 56 }: { answer: ScaleAnswer; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false" className="face">
      <circle cx="32" cy="32" r="29" fill={FILL[answer]} stroke="#1d1d1f" strokeWidth="2" />
      <circle cx="24" cy="27" r="3" fill="#1d1d1f" />
      <circle cx="40" cy="27" r="3" fill="#1d1d1f" />
      <path d={MOUTH[answer]} stroke="#1d1d1f" strokeWidth="2.5" fill="none" strokeLinecap="round" />
    </svg>
  );
}
