/**
 * The shared picture of Bygg sammen: a rainbow of arc pieces or a lighthouse
 * of stones. Placed pieces are filled; empty places are dashed outlines (so
 * "placed" never rests on colour alone). Nothing says who placed what.
 */
import type { BoardCell } from "../../../../shared/activities/byggsammen/index.js";
import { PIECE_FILL } from "./colours.js";

function arcPath(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const p = (r: number, a: number) => `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
  return `M${p(r1, a0)} A${r1},${r1} 0 0 1 ${p(r1, a1)} L${p(r0, a1)} A${r0},${r0} 0 0 0 ${p(r0, a0)} Z`;
}

function cellClass(c: BoardCell): string {
  return `cell${c.placed ? " cell-placed" : " cell-empty"}${c.next ? " cell-next" : ""}`;
}

export function Picture({ motif, width, height, cells, complete, label }: {
  motif: "regnbue" | "fyr";
  width: number;
  height: number;
  cells: BoardCell[];
  complete: boolean;
  label: string;
}) {
  if (motif === "regnbue") {
    const cx = 500;
    const cy = 440;
    const outer = 400;
    const band = Math.min(52, 300 / height);
    const gap = 0.012;
    return (
      <svg className={`scene picture-scene${complete ? " picture-complete" : ""}`} viewBox="0 0 1000 470" role="img" aria-label={label}>
        <rect width="1000" height="470" fill="#eef7fc" />
        {complete && (
          <g className="sun-rays" transform="translate(500 440)">
            {Array.from({ length: 12 }, (_, i) => (
              <line key={i} x1="0" y1="0" x2={Math.cos((i / 12) * 2 * Math.PI) * 470} y2={Math.sin((i / 12) * 2 * Math.PI) * 470} stroke="#fff1b8" strokeWidth="18" />
            ))}
          </g>
        )}
        {cells.map((c) => {
          const r1 = outer - c.y * band;
          const r0 = r1 - band + 4;
          const a0 = Math.PI + (c.x / width) * Math.PI + gap;
          const a1 = Math.PI + ((c.x + 1) / width) * Math.PI - gap;
          return (
            <path
              key={`${c.x}:${c.y}`}
              className={cellClass(c)}
              d={arcPath(cx, cy, r0, r1, a0, a1)}
              fill={c.placed ? PIECE_FILL[c.colour] : "#ffffff"}
              stroke={c.placed ? "#3a3a3a" : c.next ? "#1f5a8a" : "#9aa7b2"}
              strokeWidth={c.next ? 5 : 2}
              strokeDasharray={c.placed ? undefined : "8 6"}
            />
          );
        })}
        <path d="M60,470 C200,446 360,460 500,462 C640,464 800,446 940,470 Z" fill="#9fd39a" />
      </svg>
    );
  }
  // Lighthouse: stones from the bottom up, a little narrower each row.
  const base = 440;
  const stone = Math.min(40, 360 / height);
  return (
    <svg className={`scene picture-scene${complete ? " picture-complete" : ""}`} viewBox="0 0 1000 470" role="img" aria-label={label}>
      <rect width="1000" height="470" fill="#e9f3fa" />
      <path d="M0,440 C250,420 750,460 1000,436 L1000,470 L0,470 Z" fill="#7fb3d5" />
      {complete && (
        <g className="beam">
          <polygon points={`500,${base - height * stone + stone / 2} 60,${base - height * stone - 40} 60,${base - height * stone + 50}`} fill="#fff3b0" />
          <polygon points={`500,${base - height * stone + stone / 2} 940,${base - height * stone - 40} 940,${base - height * stone + 50}`} fill="#fff3b0" />
        </g>
      )}
      {cells.map((c) => {
        const rowWidth = 240 * (1 - (c.y / Math.max(1, height)) * 0.35);
        const w = rowWidth / width;
        const x = 500 - rowWidth / 2 + c.x * w;
        const y = base - (c.y + 1) * stone;
        return (
          <rect
            key={`${c.x}:${c.y}`}
            className={cellClass(c)}
            x={x + 2}
            y={y + 2}
            width={w - 4}
            height={stone - 4}
            rx="4"
            fill={c.placed ? PIECE_FILL[c.colour] : "#ffffff"}
            stroke={c.placed ? "#3a3a3a" : c.next ? "#1f5a8a" : "#9aa7b2"}
            strokeWidth={c.next ? 5 : 2}
            strokeDasharray={c.placed ? undefined : "8 6"}
          />
        );
      })}
      <polygon
        points={`${500 - 90},${base - height * stone} ${500 + 90},${base - height * stone} 500,${base - height * stone - 60}`}
        fill={complete ? "#3a3a3a" : "none"}
        stroke="#9aa7b2"
        strokeWidth="2"
        strokeDasharray={complete ? undefined : "8 6"}
      />
    </svg>
  );
}
