/**
 * A small picture of the target on a child's tablet, with the place of one of
 * its own pieces marked (a thick ring, a pointer and the piece's own colour),
 * so a child sees where the piece goes without reading row and column numbers.
 * Plain shapes, no gradients or ids: several can sit on one page.
 */
import type { BoardCell, Motif, PieceColour } from "../../../../shared/activities/byggsammen/index.js";
import { PIECE_FILL } from "./colours.js";

function arcPath(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const p = (r: number, a: number) => `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
  return `M${p(r1, a0)} A${r1},${r1} 0 0 1 ${p(r1, a1)} L${p(r0, a1)} A${r0},${r0} 0 0 0 ${p(r0, a0)} Z`;
}

interface Shape {
  d: string;
  /** Where the pointer aims. */
  cx: number;
  cy: number;
}

function rainbowShape(x: number, y: number, width: number, height: number): Shape {
  const outer = 400;
  const band = Math.min(52, 300 / height);
  const r1 = outer - y * band;
  const r0 = r1 - band + 4;
  const a0 = Math.PI + (x / width) * Math.PI + 0.012;
  const a1 = Math.PI + ((x + 1) / width) * Math.PI - 0.012;
  const mid = (a0 + a1) / 2;
  const rm = (r0 + r1) / 2;
  return { d: arcPath(500, 440, r0, r1, a0, a1), cx: 500 + rm * Math.cos(mid), cy: 440 + rm * Math.sin(mid) };
}

function towerShape(x: number, y: number, width: number, height: number): Shape {
  const base = 440;
  const stone = Math.min(40, 360 / height);
  const rowWidth = 240 * (1 - (y / Math.max(1, height)) * 0.35);
  const w = rowWidth / width;
  const left = 500 - rowWidth / 2 + x * w;
  const top = base - (y + 1) * stone;
  const d = `M${left + 2},${top + 2} h${w - 4} v${stone - 4} h${-(w - 4)} Z`;
  return { d, cx: left + w / 2, cy: top + stone / 2 };
}

export function MiniPicture({ motif, width, height, cells, mark, label }: {
  motif: Motif;
  width: number;
  height: number;
  cells: BoardCell[];
  mark: { x: number; y: number; colour: PieceColour };
  label: string;
}) {
  const shape = motif === "regnbue" ? rainbowShape : towerShape;
  const marked = shape(mark.x, mark.y, width, height);
  const viewBox = motif === "regnbue" ? "80 -40 840 500" : "260 0 480 460";
  // The pointer comes from above the mark (from the side for the lighthouse's stones).
  const pointer =
    motif === "regnbue"
      ? `M${marked.cx},${marked.cy - 30} l-34,-56 h68 Z`
      : `M${marked.cx - 56},${marked.cy} l-60,-30 v60 Z`;
  return (
    <svg className="mini-picture" viewBox={viewBox} role="img" aria-label={label} focusable="false">
      <rect x="0" y="0" width="1000" height="470" fill="#f3f8fb" />
      {cells.map((c) => {
        const s = shape(c.x, c.y, width, height);
        return (
          <path
            key={`${c.x}:${c.y}`}
            d={s.d}
            fill={PIECE_FILL[c.colour]}
            fillOpacity={c.placed ? 0.9 : 0.14}
            stroke={c.placed ? "#3a3a3a" : "#8796a3"}
            strokeWidth="3"
            strokeDasharray={c.placed ? undefined : "10 8"}
          />
        );
      })}
      {motif === "fyr" && (
        <polygon
          points={`410,${440 - height * Math.min(40, 360 / height)} 590,${440 - height * Math.min(40, 360 / height)} 500,${440 - height * Math.min(40, 360 / height) - 60}`}
          fill="none"
          stroke="#9aa7b2"
          strokeWidth="3"
          strokeDasharray="10 8"
        />
      )}
      <path className="mini-mark" d={marked.d} fill={PIECE_FILL[mark.colour]} stroke="#111111" strokeWidth="12" strokeLinejoin="round" />
      <path d={marked.d} fill="none" stroke="#ffffff" strokeWidth="4" strokeLinejoin="round" />
      <path d={pointer} fill="#111111" stroke="#ffffff" strokeWidth="4" strokeLinejoin="round" />
    </svg>
  );
}
