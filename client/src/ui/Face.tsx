/** A feeling face drawn in SVG (no emoji font needed). Decorative: the word is always shown beside it. */
import type { FaceShape } from "../../../shared/content/feelings.js";

const MOUTHS: Record<FaceShape, string> = {
  smile: "M20 38 Q32 50 44 38",
  calm: "M22 40 Q32 45 42 40",
  relieved: "M22 39 Q32 47 42 39",
  proud: "M20 37 Q32 51 44 37",
  sad: "M22 45 Q32 36 42 45",
  angry: "M22 44 Q32 39 42 44",
  scared: "M26 42 Q32 36 38 42 Q32 48 26 42",
  worried: "M22 44 Q27 40 32 43 Q37 46 42 42",
  lonely: "M24 44 Q32 40 40 44",
  embarrassed: "M24 42 Q28 44 32 42 Q36 40 40 42",
  confused: "M22 43 L28 40 L34 44 L42 40",
  missing: "M24 45 Q32 40 40 45",
  mixed: "M20 42 Q26 36 32 42 Q38 48 44 42",
};
const BROWS: Partial<Record<FaceShape, string>> = {
  angry: "M17 20 L28 25 M47 20 L36 25",
  worried: "M18 23 L28 19 M46 23 L36 19",
  sad: "M18 22 L28 20 M46 22 L36 20",
  scared: "M18 18 Q23 14 28 18 M36 18 Q41 14 46 18",
  confused: "M18 21 L28 21 M36 17 Q41 14 46 19",
  missing: "M18 22 L28 20 M46 22 L36 20",
};

export function Face({ shape, colour, size = 56 }: { shape: FaceShape; colour: string; size?: number }) {
  const closedEyes = shape === "calm" || shape === "relieved";
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false" className="face">
      <circle cx="32" cy="32" r="29" fill={colour} stroke="#1d1d1f" strokeWidth="2" />
      {closedEyes ? (
        <path d="M19 28 Q24 32 29 28 M35 28 Q40 32 45 28" stroke="#1d1d1f" strokeWidth="2.5" fill="none" strokeLinecap="round" />
      ) : (
        <>
          <circle cx="24" cy="28" r={shape === "scared" ? 4 : 3} fill="#1d1d1f" />
          <circle cx="40" cy="28" r={shape === "scared" ? 4 : 3} fill="#1d1d1f" />
        </>
      )}
      {BROWS[shape] && <path d={BROWS[shape]} stroke="#1d1d1f" strokeWidth="2.5" fill="none" strokeLinecap="round" />}
      {shape === "lonely" && <path d="M44 33 q2 4 0 6" stroke="#1d4fa0" strokeWidth="2" fill="none" />}
      {shape === "embarrassed" && (
        <>
          <ellipse cx="17" cy="37" rx="5" ry="3" fill="#e0607e" opacity="0.6" />
          <ellipse cx="47" cy="37" rx="5" ry="3" fill="#e0607e" opacity="0.6" />
        </>
      )}
      {shape === "missing" && <path d="M20 33 q-2 4 0 6" stroke="#1d4fa0" strokeWidth="2" fill="none" />}
      <path d={MOUTHS[shape]} stroke="#1d1d1f" strokeWidth="3" fill="none" strokeLinecap="round" />
    </svg>
  );
}
