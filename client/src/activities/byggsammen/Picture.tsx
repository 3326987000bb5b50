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

function SoftCloud({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <ellipse cx="0" cy="0" rx="90" ry="30" fill="#ffffff" />
      <ellipse cx="-40" cy="-16" rx="44" ry="30" fill="#ffffff" />
      <ellipse cx="30" cy="-24" rx="50" ry="36" fill="#ffffff" />
    </g>
  );
}

function Sparkles({ points }: { points: [number, number][] }) {
  return (
    <g className="sparkles">
      {points.map(([x, y], i) => (
        <path
          key={i}
          className="sparkle"
          d={`M${x},${y - 14} L${x + 4},${y - 4} L${x + 14},${y} L${x + 4},${y + 4} L${x},${y + 14} L${x - 4},${y + 4} L${x - 14},${y} L${x - 4},${y - 4} Z`}
          fill="#ffcf3f"
          stroke="#8a6a00"
          strokeWidth="1.5"
        />
      ))}
    </g>
  );
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
        <defs>
          <linearGradient id="bygg-sky" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" stopColor="#d6ecf8" />
            <stop offset="1" stopColor="#f6fbfe" />
          </linearGradient>
          <radialGradient id="bygg-glow" cx="0.5" cy="0.95" r="0.7">
            <stop offset="0" stopColor="#fff6cc" />
            <stop offset="1" stopColor="#fff6cc" stopOpacity="0" />
          </radialGradient>
        </defs>
        <rect width="1000" height="470" fill="url(#bygg-sky)" />
        {complete && <rect className="glow" width="1000" height="470" fill="url(#bygg-glow)" />}
        <circle className="sun" cx="905" cy="70" r="34" fill="#ffd96b" />
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
              fill={PIECE_FILL[c.colour]}
              fillOpacity={c.placed ? 1 : 0.16}
              stroke={c.placed ? "#3a3a3a" : c.next ? "#1f5a8a" : "#8796a3"}
              strokeWidth={c.next ? 5 : 2}
              strokeDasharray={c.placed ? undefined : "8 6"}
            />
          );
        })}
        <SoftCloud x={135} y={440} />
        <SoftCloud x={865} y={440} />
        {complete && <Sparkles points={[[120, 90], [880, 110], [500, 40], [260, 180], [740, 170]]} />}
      </svg>
    );
  }
  // Lighthouse: stones from the bottom up, a little narrower each row.
  const base = 440;
  const stone = Math.min(40, 360 / height);
  return (
    <svg className={`scene picture-scene${complete ? " picture-complete" : ""}`} viewBox="0 0 1000 470" role="img" aria-label={label}>
      <defs>
        <linearGradient id="fyr-sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor={complete ? "#3d5a80" : "#d6ecf8"} />
          <stop offset="1" stopColor={complete ? "#98c1d9" : "#f6fbfe"} />
        </linearGradient>
        {/* The moving water stays inside the picture's frame, whatever the box around it. */}
        <clipPath id="fyr-frame">
          <rect width="1000" height="470" />
        </clipPath>
      </defs>
      <rect width="1000" height="470" fill="url(#fyr-sky)" />
      {complete && <Sparkles points={[[120, 60], [860, 90], [220, 150], [780, 40], [930, 200]]} />}
      <path d="M0,440 C250,420 750,460 1000,436 L1000,470 L0,470 Z" fill="#7fb3d5" />
      <g clipPath="url(#fyr-frame)">
        <path className="wave" d="M0,452 C120,440 240,464 360,452 C480,440 600,464 720,452 C840,440 960,464 1080,452 L1080,470 L0,470 Z" fill="#5d98c4" />
      </g>
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
            fill={PIECE_FILL[c.colour]}
            fillOpacity={c.placed ? 1 : 0.16}
            stroke={c.placed ? "#3a3a3a" : c.next ? "#1f5a8a" : "#8796a3"}
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
