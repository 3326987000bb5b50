/**
 * The avatar animals as self-hosted SVG drawings, so they look the same on
 * every device: many projector PCs and some Chromebooks have no colour-emoji
 * font and showed empty boxes. Light shapes with a dark outline read on each
 * of the four avatar colours; each animal differs by shape (ears, snout,
 * shell, mane), not by colour. Always decorative: the words go beside them.
 */
import type { ReactElement } from "react";
import type { AnimalId } from "../../../shared/content/avatars.js";

const INK = "#1d1d1f";
const FUR = "#fff7ec";
const SOFT = "#f3d9b8";
const line = { stroke: INK, strokeWidth: 2.4, strokeLinejoin: "round" as const, strokeLinecap: "round" as const };

function Eyes({ y = 30, dx = 8, r = 2.8 }: { y?: number; dx?: number; r?: number }) {
  return (
    <>
      <circle cx={32 - dx} cy={y} r={r} fill={INK} />
      <circle cx={32 + dx} cy={y} r={r} fill={INK} />
    </>
  );
}

const DRAWINGS: Record<AnimalId, ReactElement> = {
  fox: (
    <>
      <path d="M14 14 L24 24 L18 30 Z M50 14 L40 24 L46 30 Z" fill={FUR} {...line} />
      <path d="M12 24 Q32 14 52 24 Q50 40 32 52 Q14 40 12 24 Z" fill={FUR} {...line} />
      <path d="M22 38 Q32 44 42 38 L32 52 Z" fill={SOFT} {...line} />
      <Eyes y={31} dx={9} />
      <circle cx="32" cy="49" r="2.6" fill={INK} />
    </>
  ),
  bear: (
    <>
      <circle cx="17" cy="17" r="7" fill={FUR} {...line} />
      <circle cx="47" cy="17" r="7" fill={FUR} {...line} />
      <circle cx="32" cy="34" r="19" fill={FUR} {...line} />
      <ellipse cx="32" cy="42" rx="8.5" ry="6.5" fill={SOFT} {...line} />
      <ellipse cx="32" cy="39.5" rx="3.4" ry="2.4" fill={INK} />
      <Eyes y={30} dx={8} />
    </>
  ),
  owl: (
    <>
      <path d="M14 16 L22 22 M50 16 L42 22" {...line} fill="none" />
      <ellipse cx="32" cy="35" rx="19" ry="20" fill={FUR} {...line} />
      <circle cx="24" cy="30" r="7" fill="#ffffff" {...line} />
      <circle cx="40" cy="30" r="7" fill="#ffffff" {...line} />
      <Eyes y={30} dx={8} r={3.2} />
      <path d="M28.5 38 L35.5 38 L32 44 Z" fill="#f2b134" {...line} />
      <path d="M24 48 Q28 46 32 48 Q36 46 40 48" fill="none" {...line} />
    </>
  ),
  rabbit: (
    <>
      <ellipse cx="24" cy="14" rx="5" ry="12" fill={FUR} {...line} />
      <ellipse cx="40" cy="14" rx="5" ry="12" fill={FUR} {...line} />
      <ellipse cx="24" cy="15" rx="2" ry="7" fill="#f4b6c2" />
      <ellipse cx="40" cy="15" rx="2" ry="7" fill="#f4b6c2" />
      <circle cx="32" cy="38" r="16" fill={FUR} {...line} />
      <Eyes y={35} dx={6.5} />
      <path d="M29.5 41 L34.5 41 L32 44 Z" fill="#e58a9c" {...line} strokeWidth={1.6} />
      <path d="M32 44 L32 47 M28 48 Q32 50 36 48" fill="none" {...line} strokeWidth={1.8} />
    </>
  ),
  cat: (
    <>
      <path d="M13 12 L26 20 L15 30 Z M51 12 L38 20 L49 30 Z" fill={FUR} {...line} />
      <circle cx="32" cy="35" r="18" fill={FUR} {...line} />
      <Eyes y={32} dx={7.5} />
      <path d="M29.5 38 L34.5 38 L32 41 Z" fill="#e58a9c" {...line} strokeWidth={1.6} />
      <path d="M16 38 L25 40 M16 44 L25 43 M48 38 L39 40 M48 44 L39 43" {...line} strokeWidth={1.6} fill="none" />
      <path d="M28 45 Q32 47 36 45" fill="none" {...line} strokeWidth={1.8} />
    </>
  ),
  dog: (
    <>
      <circle cx="32" cy="32" r="17" fill={FUR} {...line} />
      <path d="M16 18 Q8 22 10 40 Q16 42 20 32 Z M48 18 Q56 22 54 40 Q48 42 44 32 Z" fill={SOFT} {...line} />
      <ellipse cx="32" cy="41" rx="8" ry="6" fill="#ffffff" {...line} />
      <ellipse cx="32" cy="38.5" rx="3.4" ry="2.5" fill={INK} />
      <Eyes y={29} dx={7} />
      <path d="M30 47 Q32 51 34 47" fill="#e58a9c" {...line} strokeWidth={1.6} />
    </>
  ),
  frog: (
    <>
      <circle cx="21" cy="20" r="8" fill={FUR} {...line} />
      <circle cx="43" cy="20" r="8" fill={FUR} {...line} />
      <circle cx="21" cy="20" r="3.4" fill={INK} />
      <circle cx="43" cy="20" r="3.4" fill={INK} />
      <ellipse cx="32" cy="38" rx="21" ry="15" fill={FUR} {...line} />
      <path d="M18 38 Q32 50 46 38" fill="none" {...line} />
      <circle cx="27" cy="31" r="1.3" fill={INK} />
      <circle cx="37" cy="31" r="1.3" fill={INK} />
    </>
  ),
  turtle: (
    <>
      <ellipse cx="52" cy="38" rx="7" ry="6" fill={FUR} {...line} />
      <circle cx="54" cy="36" r="1.6" fill={INK} />
      <path d="M14 50 L12 56 M26 52 L25 57 M38 52 L39 57" {...line} fill="none" />
      <path d="M8 48 Q10 22 30 20 Q48 22 48 48 Z" fill={SOFT} {...line} />
      <path d="M28 24 L20 32 L24 44 L34 44 L38 32 Z" fill={FUR} {...line} strokeWidth={1.8} />
      <path d="M8 48 L48 48" {...line} />
    </>
  ),
  whale: (
    <>
      <path d="M30 14 Q30 8 26 6 M30 14 Q30 8 34 6 M30 14 L30 18" fill="none" {...line} strokeWidth={2} />
      <path d="M6 36 Q8 20 30 20 Q50 20 52 36 Q54 40 58 34 L60 46 Q52 44 50 44 Q42 52 28 52 Q8 52 6 36 Z" fill={FUR} {...line} />
      <path d="M10 42 Q26 48 44 42" fill="none" {...line} strokeWidth={1.8} />
      <circle cx="18" cy="33" r="2.6" fill={INK} />
    </>
  ),
  lion: (
    <>
      <path
        d="M32 6 L37 11 L44 8 L46 15 L53 16 L51 23 L57 28 L52 33 L56 40 L49 42 L49 49 L42 48 L38 55 L32 50 L26 55 L22 48 L15 49 L15 42 L8 40 L12 33 L7 28 L13 23 L11 16 L18 15 L20 8 L27 11 Z"
        fill="#f2b134"
        {...line}
      />
      <circle cx="32" cy="32" r="14" fill={FUR} {...line} />
      <Eyes y={29} dx={5.5} r={2.4} />
      <path d="M29 35 L35 35 L32 38.5 Z" fill={INK} />
      <path d="M32 38.5 L32 41 M28 42 Q32 44 36 42" fill="none" {...line} strokeWidth={1.8} />
    </>
  ),
  penguin: (
    <>
      <ellipse cx="32" cy="34" rx="17" ry="22" fill="#3a3f4a" {...line} />
      <ellipse cx="32" cy="38" rx="11" ry="15" fill="#ffffff" {...line} strokeWidth={1.6} />
      <circle cx="27" cy="26" r="2.4" fill={INK} />
      <circle cx="37" cy="26" r="2.4" fill={INK} />
      <path d="M28 31 L36 31 L32 36 Z" fill="#f2b134" {...line} strokeWidth={1.6} />
      <path d="M22 56 L28 56 M36 56 L42 56" {...line} stroke="#f2b134" strokeWidth={3.4} />
    </>
  ),
  hedgehog: (
    <>
      <path d="M8 46 L10 36 L6 30 L14 28 L14 20 L22 22 L26 14 L32 20 L38 14 L42 22 L50 20 L48 30 Q44 46 30 48 Z" fill={SOFT} {...line} />
      <path d="M30 48 Q28 32 44 28 Q56 32 58 42 Q56 48 44 48 Z" fill={FUR} {...line} />
      <circle cx="58" cy="42" r="2.4" fill={INK} />
      <circle cx="46" cy="36" r="2.2" fill={INK} />
      <path d="M12 48 L12 54 M24 49 L24 55" {...line} fill="none" />
    </>
  ),
};

export function AnimalIcon({ animal, size }: { animal: AnimalId; size?: number }) {
  return (
    <svg className="animal-icon" viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
      {DRAWINGS[animal]}
    </svg>
  );
}
